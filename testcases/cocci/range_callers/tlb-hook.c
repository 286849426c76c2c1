// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: 4.19 code that only calls the TLB hook
 * mmu_notifier_invalidate_range(mm, start, end) after clearing ptes, in
 * the style of the rmap and KSM flush paths, and a driver structure with
 * a member called range.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct iommu_sva_range {
	unsigned long start;
	unsigned long end;
};

struct iommu_sva_bond {
	struct mm_struct *mm;
	struct iommu_sva_range range;
};

pte_t rm_clear_flush(struct vm_area_struct *vma, unsigned long addr,
		     pte_t *ptep);

static void rm_flush_one(struct vm_area_struct *vma, unsigned long address,
			 pte_t *ptep)
{
	rm_clear_flush(vma, address, ptep);
	mmu_notifier_invalidate_range(vma->vm_mm, address & PAGE_MASK,
				      (address & PAGE_MASK) + PAGE_SIZE);
}

static void sva_flush(struct iommu_sva_bond *bond)
{
	mmu_notifier_invalidate_range(bond->mm, bond->range.start,
				      bond->range.end);
}
