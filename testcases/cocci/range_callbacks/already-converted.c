// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched and unreported: callbacks already in the 5.0 form,
 * one of them also called directly with a range built by hand.
 * mntest: before=5.0 after=5.0
 */
#include <linux/mmu_notifier.h>
#include <linux/mutex.h>

struct pin_cache {
	struct mmu_notifier mn;
	struct mutex lock;
	unsigned long lo, hi;
};

static int pin_cache_range_start(struct mmu_notifier *mn,
				 const struct mmu_notifier_range *range)
{
	struct pin_cache *pc = container_of(mn, struct pin_cache, mn);

	if (range->blockable)
		mutex_lock(&pc->lock);
	else if (!mutex_trylock(&pc->lock))
		return -EAGAIN;
	if (range->start <= pc->hi && range->end > pc->lo)
		pc->lo = pc->hi = 0;
	mutex_unlock(&pc->lock);
	return 0;
}

static void pin_cache_range_end(struct mmu_notifier *mn,
				const struct mmu_notifier_range *range)
{
	pr_debug("%p: %lx-%lx done\n", range->mm, range->start, range->end);
}

static const struct mmu_notifier_ops pin_cache_ops = {
	.invalidate_range_start = pin_cache_range_start,
	.invalidate_range_end = pin_cache_range_end,
};

void pin_cache_flush(struct pin_cache *pc, struct mm_struct *mm)
{
	struct mmu_notifier_range range = {
		.mm = mm,
		.start = 0,
		.end = ~0UL,
		.blockable = true,
	};

	pin_cache_range_start(&pc->mn, &range);
	pc->mn.ops = &pin_cache_ops;
}
