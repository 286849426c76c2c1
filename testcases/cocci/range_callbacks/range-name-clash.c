// SPDX-License-Identifier: GPL-2.0-only
/*
 * A mirror of a process address space that tracks its own struct
 * mirror_range objects: the callbacks already have a local called range
 * (at the top, or in an inner block), so the new parameter is called
 * nrange there.
 */
#include <linux/mmu_notifier.h>
#include <linux/spinlock.h>

struct mirror_range {
	struct list_head list;
	unsigned long start;
	unsigned long end;
	bool valid;
};

struct mirror {
	struct mmu_notifier mn;
	spinlock_t lock;
	struct list_head ranges;
	atomic_t sequence;
};

static int mirror_invalidate_range_start(struct mmu_notifier *mn,
					 struct mm_struct *mm,
					 unsigned long start,
					 unsigned long end,
					 bool blockable)
{
	struct mirror *mirror = container_of(mn, struct mirror, mn);

	atomic_inc(&mirror->sequence);
	if (!blockable)
		return -EAGAIN;

	spin_lock(&mirror->lock);
	if (!list_empty(&mirror->ranges)) {
		struct mirror_range *range;

		list_for_each_entry(range, &mirror->ranges, list) {
			if (end < range->start || start >= range->end)
				continue;
			range->valid = false;
		}
	}
	spin_unlock(&mirror->lock);
	return 0;
}

static void mirror_invalidate_range_end(struct mmu_notifier *mn,
					struct mm_struct *mm,
					unsigned long start,
					unsigned long end)
{
	struct mirror *mirror = container_of(mn, struct mirror, mn);
	struct mirror_range *range;

	spin_lock(&mirror->lock);
	list_for_each_entry(range, &mirror->ranges, list) {
		if (range->start >= start && range->end <= end)
			range->valid = true;
	}
	spin_unlock(&mirror->lock);
}

static const struct mmu_notifier_ops mirror_mmu_notifier_ops = {
	.invalidate_range_start	= mirror_invalidate_range_start,
	.invalidate_range_end	= mirror_invalidate_range_end,
};

int mirror_register(struct mirror *mirror, struct mm_struct *mm)
{
	mirror->mn.ops = &mirror_mmu_notifier_ops;
	return mmu_notifier_register(&mirror->mn, mm);
}
