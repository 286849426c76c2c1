// SPDX-License-Identifier: GPL-2.0-only
/*
 * Already in the 6.6 form, but the notifier keeps the secondary TLB hook
 * next to invalidate_range_end: it compiles, and mmu_notifier_register()
 * fails with -EINVAL.  Nothing to rewrite, only reported.
 * mntest: before=6.6 after=6.6
 */
#include <linux/mmu_notifier.h>

struct pasid_mm {
	struct mmu_notifier mn;
	u32 pasid;
};

void pasid_flush_atc(u32 pasid, unsigned long start, unsigned long end);

static void pasid_invalidate_secondary_tlbs(struct mmu_notifier *mn,
					    struct mm_struct *mm,
					    unsigned long start,
					    unsigned long end)
{
	struct pasid_mm *pm = container_of(mn, struct pasid_mm, mn);

	pasid_flush_atc(pm->pasid, start, end);
}

static void pasid_invalidate_end(struct mmu_notifier *mn,
				 const struct mmu_notifier_range *range)
{
}

static const struct mmu_notifier_ops pasid_mn_ops = {
	.arch_invalidate_secondary_tlbs = pasid_invalidate_secondary_tlbs,
	.invalidate_range_end = pasid_invalidate_end,
};
