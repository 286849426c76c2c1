// SPDX-License-Identifier: GPL-2.0-only
/*
 * Transparent huge pages: splitting a huge pmd into a page table, and the
 * old COW fallback that copies a huge page into small pages.  Both are
 * MMU_NOTIFY_CLEAR (the second replaces the pmd with a _notify helper);
 * vma from vma->vm_mm, where vma is a parameter or the local taken from
 * the fault.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

#define HPAGE_PMD_NR	512

extern spinlock_t *pmd_lock(struct mm_struct *mm, pmd_t *pmd);
extern int pmd_trans_huge(pmd_t pmd);
extern int pmd_same(pmd_t a, pmd_t b);
extern void __split_huge_pmd_locked(struct vm_area_struct *vma, pmd_t *pmd,
				    unsigned long haddr, bool freeze);
extern void pmd_populate_ptes(struct mm_struct *mm, pmd_t *pmd,
			      struct page **pages, int nr);

void __split_huge_pmd(struct vm_area_struct *vma, pmd_t *pmd,
		      unsigned long address, bool freeze)
{
	struct mmu_notifier_range range;
	spinlock_t *ptl;

	mmu_notifier_range_init(&range, vma->vm_mm, address & HPAGE_PMD_MASK,
				(address & HPAGE_PMD_MASK) + HPAGE_PMD_SIZE);
	mmu_notifier_invalidate_range_start(&range);
	ptl = pmd_lock(vma->vm_mm, pmd);
	if (pmd_trans_huge(*pmd))
		__split_huge_pmd_locked(vma, pmd, range.start, freeze);
	spin_unlock(ptl);
	/* The pmd update above ran the TLB hook already. */
	mmu_notifier_invalidate_range_only_end(&range);
}

static vm_fault_t huge_wp_fallback(struct vm_fault *vmf, pmd_t *pmdp,
				   pmd_t orig_pmd, struct page **pages)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long haddr = vmf->address & HPAGE_PMD_MASK;
	struct mmu_notifier_range range;
	spinlock_t *ptl;

	mmu_notifier_range_init(&range, vma->vm_mm, haddr,
				haddr + HPAGE_PMD_SIZE);
	mmu_notifier_invalidate_range_start(&range);

	ptl = pmd_lock(vma->vm_mm, pmdp);
	if (!pmd_same(*pmdp, orig_pmd)) {
		spin_unlock(ptl);
		mmu_notifier_invalidate_range_end(&range);
		return 0;
	}
	pmdp_huge_clear_flush_notify(vma, haddr, pmdp);
	pmd_populate_ptes(vma->vm_mm, pmdp, pages, HPAGE_PMD_NR);
	spin_unlock(ptl);

	mmu_notifier_invalidate_range_only_end(&range);
	return 0;
}
