// SPDX-License-Identifier: GPL-2.0-only
/*
 * Two ops of one driver share their end callback, and only one has the
 * TLB hook: moving the hook into that end callback would call it for the
 * other ops too, so both stay as they are and the first is reported.
 * A hook that a second ops (hook only) also names is moved, keeps its
 * name (the call the step writes names it), and the second ops gets the
 * new op name.
 * mntest: after=-
 */
#include <linux/mmu_notifier.h>

struct twin_dev {
	struct mmu_notifier mn;
	unsigned long flushes;
	unsigned long ends;
};

static void twin_flush(struct mmu_notifier *mn, struct mm_struct *mm,
		       unsigned long start, unsigned long end)
{
	container_of(mn, struct twin_dev, mn)->flushes++;
}

static void twin_end(struct mmu_notifier *mn,
		     const struct mmu_notifier_range *range)
{
	container_of(mn, struct twin_dev, mn)->ends++;
}

static const struct mmu_notifier_ops twin_flush_ops = {
	.invalidate_range	= twin_flush,
	.invalidate_range_end	= twin_end,
};

static const struct mmu_notifier_ops twin_plain_ops = {
	.invalidate_range_end	= twin_end,
};

static void pair_invalidate_range(struct mmu_notifier *mn,
				  struct mm_struct *mm,
				  unsigned long start, unsigned long end)
{
	container_of(mn, struct twin_dev, mn)->flushes++;
}

static void pair_end(struct mmu_notifier *mn,
		     const struct mmu_notifier_range *range)
{
	struct twin_dev *dev = container_of(mn, struct twin_dev, mn);

	dev->ends++;
}

static const struct mmu_notifier_ops pair_ops = {
	.invalidate_range	= pair_invalidate_range,
	.invalidate_range_end	= pair_end,
};

static const struct mmu_notifier_ops pair_hook_only_ops = {
	.invalidate_range	= pair_invalidate_range,
};
