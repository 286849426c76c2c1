// SPDX-License-Identifier: GPL-2.0-only
/*
 * mprotect on hugetlbfs: hugetlb_change_protection() rewrites every huge
 * pte with the new protection, and ends the range in two steps (the TLB
 * hook under the lock, then the end after it):
 * MMU_NOTIFY_PROTECTION_VMA, vma from the parameter.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct hstate { unsigned int order; };
struct address_space { unsigned long nrpages; };

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
extern pte_t huge_pte_modify(pte_t pte, pgprot_t newprot);
extern pte_t pte_mkhuge(pte_t pte);
extern void set_huge_pte_at(struct mm_struct *mm, unsigned long addr,
			    pte_t *ptep, pte_t pte);
extern void flush_hugetlb_tlb_range(struct vm_area_struct *vma,
				    unsigned long start, unsigned long end);
extern void i_mmap_lock_write(struct address_space *mapping);
extern void i_mmap_unlock_write(struct address_space *mapping);
extern struct address_space *vma_mapping(struct vm_area_struct *vma);

unsigned long hugetlb_change_protection(struct vm_area_struct *vma,
		unsigned long address, unsigned long end, pgprot_t newprot)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long start = address;
	struct hstate *h = hstate_vma(vma);
	unsigned long pages = 0;
	struct mmu_notifier_range range;
	pte_t *ptep;
	pte_t pte;

	mmu_notifier_range_init(&range, mm, start, end);
	adjust_range_if_pmd_sharing_possible(vma, &range.start, &range.end);

	flush_cache_range(vma, range.start, range.end);

	mmu_notifier_invalidate_range_start(&range);
	i_mmap_lock_write(vma_mapping(vma));
	for (; address < end; address += huge_page_size(h)) {
		spinlock_t *ptl;

		ptep = huge_pte_offset(mm, address, huge_page_size(h));
		if (!ptep)
			continue;
		ptl = huge_pte_lock(h, mm, ptep);
		if (huge_pmd_unshare(mm, &address, ptep)) {
			pages++;
			spin_unlock(ptl);
			continue;
		}
		pte = huge_ptep_get_and_clear(mm, address, ptep);
		if (!huge_pte_none(pte)) {
			pte = pte_mkhuge(huge_pte_modify(pte, newprot));
			set_huge_pte_at(mm, address, ptep, pte);
			pages++;
		}
		spin_unlock(ptl);
	}
	flush_hugetlb_tlb_range(vma, range.start, range.end);
	mmu_notifier_invalidate_range_only_end(&range);
	i_mmap_unlock_write(vma_mapping(vma));

	return pages << h->order;
}
