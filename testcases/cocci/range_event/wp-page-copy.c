// SPDX-License-Identifier: GPL-2.0-only
/*
 * The write fault on a shared anonymous page: wp_page_copy() copies the
 * page and points the pte at the copy (COW break).  MMU_NOTIFY_CLEAR;
 * the vma is the local set from the fault at its declaration.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

extern int pte_same(pte_t a, pte_t b);
extern pte_t mk_pte(struct page *page, pgprot_t prot);
extern pte_t maybe_mkwrite(pte_t pte, struct vm_area_struct *vma);
extern void set_pte_at_notify(struct mm_struct *mm, unsigned long addr,
			      pte_t *ptep, pte_t pte);
extern void page_add_new_anon_rmap(struct page *page,
				   struct vm_area_struct *vma,
				   unsigned long address, bool compound);
extern void page_remove_rmap(struct page *page, bool compound);

struct cow_fault {
	struct vm_fault vmf;
	pmd_t *pmd;
	pte_t orig_pte;
	spinlock_t *ptl;
};

static vm_fault_t cow_page_copy(struct cow_fault *cf)
{
	struct vm_area_struct *vma = cf->vmf.vma;
	struct mm_struct *mm = vma->vm_mm;
	struct page *old_page = cf->vmf.page;
	struct mmu_notifier_range range;
	struct page *new_page;
	pte_t *pte;

	new_page = alloc_page_vma(GFP_HIGHUSER, vma, cf->vmf.address);
	if (!new_page)
		return VM_FAULT_OOM;
	copy_highpage(new_page, old_page);

	mmu_notifier_range_init(&range, mm, cf->vmf.address & PAGE_MASK,
				(cf->vmf.address & PAGE_MASK) + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);

	/* Re-check the pte: another fault may have fixed it meanwhile. */
	pte = pte_offset_map_lock(mm, cf->pmd, cf->vmf.address, &cf->ptl);
	if (pte_same(*pte, cf->orig_pte)) {
		pte_t entry = maybe_mkwrite(mk_pte(new_page, vma->vm_page_prot),
					    vma);

		ptep_clear_flush_notify(vma, cf->vmf.address, pte);
		page_add_new_anon_rmap(new_page, vma, cf->vmf.address, false);
		set_pte_at_notify(mm, cf->vmf.address, pte, entry);
		page_remove_rmap(old_page, false);
		new_page = old_page;
	}
	pte_unmap_unlock(pte, cf->ptl);
	/* The TLB hook ran with the pte update above. */
	mmu_notifier_invalidate_range_only_end(&range);
	put_page(new_page);
	return 0;
}
