// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: a driver's own ops with a change_pte member, the
 * mprotect-style change_pte_range() helper, and a notifier already in
 * the 6.10 form next to set_pte_at().
 * mntest: before=6.10 after=6.10
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct iommu_pt_ops {
	void (*change_pte)(void *pt, unsigned long iova, pte_t pte);
};

static void iopt_change_pte(void *pt, unsigned long iova, pte_t pte)
{
}

static const struct iommu_pt_ops iopt_ops = {
	.change_pte = iopt_change_pte,
};

static long change_pte_range(struct vm_area_struct *vma, pte_t *ptep,
			     unsigned long addr, unsigned long end)
{
	long pages = 0;

	for (; addr < end; addr += PAGE_SIZE, ptep++, pages++) {
		pte_t ptent = ptep_get_and_clear(vma->vm_mm, addr, ptep);

		set_pte_at(vma->vm_mm, addr, ptep, pte_wrprotect(ptent));
	}
	return pages;
}

static void pt_sync(const struct iommu_pt_ops *ops, void *pt,
		    unsigned long iova, pte_t pte)
{
	ops->change_pte(pt, iova, pte);
}

static int mirror_test_young(struct mmu_notifier *mn, struct mm_struct *mm,
			     unsigned long address)
{
	return 0;
}

static const struct mmu_notifier_ops mirror_ops = {
	.test_young = mirror_test_young,
};
