// SPDX-License-Identifier: GPL-2.0-only
/*
 * rmap's try_to_unmap_one(): every pte of one page is cleared for
 * reclaim or migration, but the mapping itself stays (the name says
 * "unmap", the code unmaps a page, not the range):
 * MMU_NOTIFY_CLEAR, vma from vma->vm_mm.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct page_vma_mapped_walk {
	struct page *page;
	struct vm_area_struct *vma;
	unsigned long address;
	pmd_t *pmd;
	pte_t *pte;
	spinlock_t *ptl;
};

extern bool page_vma_mapped_walk(struct page_vma_mapped_walk *pvmw);
extern unsigned long page_size(struct page *page);
extern void split_huge_pmd_address(struct vm_area_struct *vma,
				   unsigned long address, bool freeze,
				   struct page *page);
extern void flush_cache_page(struct vm_area_struct *vma, unsigned long addr,
			     unsigned long pfn);
extern pte_t ptep_clear_flush(struct vm_area_struct *vma, unsigned long addr,
			      pte_t *ptep);
extern pte_t swp_entry_pte(struct page *page);
extern void set_page_dirty(struct page *page);
extern void page_remove_rmap(struct page *page, bool compound);

static bool try_to_unmap_one(struct page *page, struct vm_area_struct *vma,
			     unsigned long address, void *arg)
{
	struct mm_struct *mm = vma->vm_mm;
	struct page_vma_mapped_walk pvmw = {
		.page = page,
		.vma = vma,
		.address = address,
	};
	struct mmu_notifier_range range;
	bool ret = true;
	pte_t pteval;

	split_huge_pmd_address(vma, address, false, page);

	mmu_notifier_range_init(&range, vma->vm_mm, address,
				min(vma->vm_end, address + page_size(page)));
	mmu_notifier_invalidate_range_start(&range);

	while (page_vma_mapped_walk(&pvmw)) {
		address = pvmw.address;
		flush_cache_page(vma, address, pte_pfn(*pvmw.pte));
		pteval = ptep_clear_flush(vma, address, pvmw.pte);
		if (pte_dirty(pteval))
			set_page_dirty(page);
		/* Leave a swap entry behind for the next fault. */
		set_pte_at(mm, address, pvmw.pte, swp_entry_pte(page));
		page_remove_rmap(page, false);
		put_page(page);
	}

	mmu_notifier_invalidate_range_end(&range);

	return ret;
}
