// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: a userptr notifier that looks at range->vma and at
 * mmu_notifier_range_update_to_read_only(), a caller that stores the vma
 * into its range by hand, and one whose vma argument is a lookup call.
 * mntest: after=-
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct gpu_userptr {
	struct mmu_notifier mn;
	struct mutex lock;
	unsigned long start, end;
};

static int gpu_userptr_invalidate_start(struct mmu_notifier *mn,
				const struct mmu_notifier_range *range)
{
	struct gpu_userptr *up = container_of(mn, struct gpu_userptr, mn);

	/* Only write access goes away: keep the GPU mapping readable. */
	if (mmu_notifier_range_update_to_read_only(range))
		return 0;
	if (range->vma && !(range->vma->vm_flags & 0x2))
		return 0;
	if (!mmu_notifier_range_blockable(range))
		return -EAGAIN;
	mutex_lock(&up->lock);
	mutex_unlock(&up->lock);
	return 0;
}

static const struct mmu_notifier_ops gpu_userptr_ops = {
	.invalidate_range_start = gpu_userptr_invalidate_start,
};

static void reclaim_notify(struct vm_area_struct *vma, unsigned long start,
			   unsigned long end)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, MMU_NOTIFY_UNMAP, 0, vma, vma->vm_mm,
				start, end);
	range.vma = vma;
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);
}

static void lookup_notify(struct mm_struct *mm, unsigned long start,
			  unsigned long end)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0,
				find_vma(mm, start), mm, start, end);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);
}
