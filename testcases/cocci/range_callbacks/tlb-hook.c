// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched and unreported: an IOMMU's secondary-TLB hook.  It
 * has the parameters of an old end callback but is the invalidate_range
 * member, whose form did not change in 5.0; so do the calls of
 * mmu_notifier_invalidate_range().
 */
#include <linux/mmu_notifier.h>

struct pasid_state {
	struct mmu_notifier mn;
	unsigned int pasid;
	struct mm_struct *mm;
};

static void iommu_flush_pasid_range(unsigned int pasid, unsigned long start,
				    unsigned long end)
{
}

static void mn_invalidate_range(struct mmu_notifier *mn,
				struct mm_struct *mm,
				unsigned long start, unsigned long end)
{
	struct pasid_state *ps = container_of(mn, struct pasid_state, mn);

	if ((start ^ (end - 1)) < PAGE_SIZE)
		iommu_flush_pasid_range(ps->pasid, start, start + PAGE_SIZE);
	else
		iommu_flush_pasid_range(ps->pasid, 0, ~0UL);
}

static void mn_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
}

static const struct mmu_notifier_ops iommu_mn = {
	.release		= mn_release,
	.invalidate_range	= mn_invalidate_range,
};

void pasid_unmap(struct pasid_state *ps, unsigned long start,
		 unsigned long end)
{
	mmu_notifier_invalidate_range(ps->mm, start, end);
	ps->mn.ops = &iommu_mn;
}
