// SPDX-License-Identifier: GPL-2.0-only
/*
 * A 4.16-4.18 vendor driver whose void callbacks cannot be converted
 * mechanically: one function named as both start and end callback (from
 * 4.19 on they differ in return type), an end callback reused as the TLB
 * hook, a start callback that returns its helper's void result, and one
 * declared with its parameters named in part.  Each is reported and left
 * alone; the flags line goes anyway, it no longer exists after 4.18.
 * mntest: before=4.17 after=-
 */
#include <linux/mmu_notifier.h>

struct dev_pasid {
	struct mmu_notifier notifier;
	unsigned int pasid;
};

static void dev_mn_start_locked(struct mmu_notifier *mn, struct mm_struct *,
				unsigned long start, unsigned long end);

static void dev_flush_range(unsigned int pasid, unsigned long start,
			    unsigned long end)
{
	pr_debug("pasid %u flush %lx-%lx\n", pasid, start, end);
}

static void dev_mn_flush(struct mmu_notifier *mn, struct mm_struct *mm,
			 unsigned long start, unsigned long end)
{
	struct dev_pasid *dp = container_of(mn, struct dev_pasid, notifier);

	dev_flush_range(dp->pasid, start, end);
}

static void dev_mn_range_end(struct mmu_notifier *mn, struct mm_struct *mm,
			     unsigned long start, unsigned long end)
{
	struct dev_pasid *dp = container_of(mn, struct dev_pasid, notifier);

	dev_flush_range(dp->pasid, start, end);
}

static void dev_mn_range_start(struct mmu_notifier *mn, struct mm_struct *mm,
			       unsigned long start, unsigned long end)
{
	struct dev_pasid *dp = container_of(mn, struct dev_pasid, notifier);

	return dev_flush_range(dp->pasid, start, end);
}

static void dev_mn_start_locked(struct mmu_notifier *mn, struct mm_struct *mm,
				unsigned long start, unsigned long end)
{
	struct dev_pasid *dp = container_of(mn, struct dev_pasid, notifier);

	dev_flush_range(dp->pasid, start, end);
}

static const struct mmu_notifier_ops dev_mn_ops = {
	.flags = MMU_INVALIDATE_DOES_NOT_BLOCK,
	.invalidate_range_start = dev_mn_flush,
	.invalidate_range_end = dev_mn_flush,
};

static const struct mmu_notifier_ops dev_mn_tlb_ops = {
	.invalidate_range_start = dev_mn_range_start,
	.invalidate_range_end = dev_mn_range_end,
	.invalidate_range = dev_mn_range_end,
};

static const struct mmu_notifier_ops dev_mn_locked_ops = {
	.invalidate_range_start = dev_mn_start_locked,
};

int dev_bind_mm(struct dev_pasid *dp, struct mm_struct *mm, int mode)
{
	static const struct mmu_notifier_ops *const ops[] = {
		&dev_mn_ops, &dev_mn_tlb_ops, &dev_mn_locked_ops,
	};

	dp->notifier.ops = ops[mode];
	return mmu_notifier_register(&dp->notifier, mm);
}
