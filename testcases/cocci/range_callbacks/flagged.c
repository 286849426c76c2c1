// SPDX-License-Identifier: GPL-2.0-only
/*
 * Callbacks in the 4.19 form that cannot be converted mechanically: one
 * redeclares a parameter's name in an inner block, one is not static and
 * has no prototype in sight (its callers may be anywhere), one already
 * uses both range and nrange.  Each is reported and left alone.
 * mntest: after=-
 */
#include <linux/mmu_notifier.h>

struct shadow_dev {
	struct mmu_notifier mn;
	unsigned long start[4];
	unsigned long nr;
};

struct busy_range {
	unsigned long start, end;
};

static int shadow_range_start(struct mmu_notifier *mn, struct mm_struct *mm,
			      unsigned long start, unsigned long end,
			      bool blockable)
{
	struct shadow_dev *dev = container_of(mn, struct shadow_dev, mn);
	unsigned long i;

	for (i = 0; i < dev->nr; i++) {
		unsigned long end = dev->start[i] + PAGE_SIZE;

		if (end > start)
			dev->start[i] = 0;
	}
	return blockable ? 0 : -EAGAIN;
}

int exported_range_start(struct mmu_notifier *mn, struct mm_struct *mm,
			 unsigned long start, unsigned long end,
			 bool blockable)
{
	return 0;
}

static int busy_range_start(struct mmu_notifier *mn, struct mm_struct *mm,
			    unsigned long start, unsigned long end,
			    bool blockable)
{
	struct busy_range range = { start, end };
	struct busy_range *nrange = &range;

	return nrange->start < nrange->end ? 0 : -EINVAL;
}

static const struct mmu_notifier_ops shadow_ops = {
	.invalidate_range_start = shadow_range_start,
};

static const struct mmu_notifier_ops exported_ops = {
	.invalidate_range_start = exported_range_start,
};

static const struct mmu_notifier_ops busy_ops = {
	.invalidate_range_start = busy_range_start,
};

const struct mmu_notifier_ops *flagged_ops[] = {
	&shadow_ops, &exported_ops, &busy_ops,
};
