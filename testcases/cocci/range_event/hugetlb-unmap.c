// SPDX-License-Identifier: GPL-2.0-only
/*
 * hugetlbfs unmap: __unmap_hugepage_range() clears every huge pte of the
 * range and hands the pages to the TLB gather; the range is widened first
 * when the pmd may be shared.  Nothing it calls names an unmap, but the
 * function does: MMU_NOTIFY_UNMAP, vma from the parameter (the mm is a
 * local copy of vma->vm_mm).
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct mmu_gather { struct mm_struct *mm; };
struct hstate { unsigned int order; };

extern struct hstate *hstate_vma(struct vm_area_struct *vma);
extern unsigned long huge_page_size(struct hstate *h);
extern void adjust_range_if_pmd_sharing_possible(struct vm_area_struct *vma,
						 unsigned long *start,
						 unsigned long *end);
extern pte_t *huge_pte_offset(struct mm_struct *mm, unsigned long addr,
			      unsigned long sz);
extern spinlock_t *huge_pte_lock(struct hstate *h, struct mm_struct *mm,
				 pte_t *pte);
extern int huge_pmd_unshare(struct mm_struct *mm, unsigned long *addr,
			    pte_t *ptep);
extern int huge_pte_none(pte_t pte);
extern pte_t huge_ptep_get_and_clear(struct mm_struct *mm,
				     unsigned long addr, pte_t *ptep);
extern void tlb_remove_huge_tlb_entry(struct hstate *h,
				      struct mmu_gather *tlb, pte_t *ptep,
				      unsigned long addr);
extern void tlb_remove_page_size(struct mmu_gather *tlb, struct page *page,
				 unsigned long size);
extern struct page *pte_page(pte_t pte);
extern void page_remove_rmap(struct page *page, bool compound);

void __unmap_hugepage_range(struct mmu_gather *tlb, struct vm_area_struct *vma,
			    unsigned long start, unsigned long end)
{
	struct mm_struct *mm = vma->vm_mm;
	struct hstate *h = hstate_vma(vma);
	unsigned long sz = huge_page_size(h);
	struct mmu_notifier_range range;
	unsigned long address;
	spinlock_t *ptl;
	pte_t *ptep;
	pte_t pte;

	/* If sharing is possible, tell the notifiers about the worst case. */
	mmu_notifier_range_init(&range, mm, start, end);
	adjust_range_if_pmd_sharing_possible(vma, &range.start, &range.end);
	mmu_notifier_invalidate_range_start(&range);
	for (address = start; address < end; address += sz) {
		struct page *page;

		ptep = huge_pte_offset(mm, address, sz);
		if (!ptep)
			continue;

		ptl = huge_pte_lock(h, mm, ptep);
		if (huge_pmd_unshare(mm, &address, ptep)) {
			spin_unlock(ptl);
			continue;
		}
		pte = huge_ptep_get_and_clear(mm, address, ptep);
		if (huge_pte_none(pte)) {
			spin_unlock(ptl);
			continue;
		}
		page = pte_page(pte);
		tlb_remove_huge_tlb_entry(h, tlb, ptep, address);
		page_remove_rmap(page, true);
		spin_unlock(ptl);
		tlb_remove_page_size(tlb, page, sz);
	}
	mmu_notifier_invalidate_range_end(&range);
}
