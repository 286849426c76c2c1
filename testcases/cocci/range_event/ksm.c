// SPDX-License-Identifier: GPL-2.0-only
/*
 * KSM: write_protect_page() makes the candidate page read-only before it
 * is merged, replace_page() then points the pte at the stable page.  Both
 * set the new pte with set_pte_at_notify(): MMU_NOTIFY_CLEAR, even though
 * the first one also write-protects.  vma from the parameters.
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

extern unsigned long page_address_in_vma(struct page *page,
					 struct vm_area_struct *vma);
extern bool page_vma_mapped_walk(struct page_vma_mapped_walk *pvmw);
extern void page_vma_mapped_walk_done(struct page_vma_mapped_walk *pvmw);
extern int page_mapcount(struct page *page);
extern int page_count(struct page *page);
extern void flush_cache_page(struct vm_area_struct *vma, unsigned long addr,
			     unsigned long pfn);
extern pte_t ptep_clear_flush(struct vm_area_struct *vma, unsigned long addr,
			      pte_t *ptep);
extern void set_pte_at_notify(struct mm_struct *mm, unsigned long addr,
			      pte_t *ptep, pte_t pte);
extern void set_page_dirty(struct page *page);
extern int pte_same(pte_t a, pte_t b);
extern pte_t mk_pte(struct page *page, pgprot_t prot);
extern void page_add_anon_rmap(struct page *page, struct vm_area_struct *vma,
			       unsigned long address, bool compound);
extern void page_remove_rmap(struct page *page, bool compound);

static int write_protect_page(struct vm_area_struct *vma, struct page *page,
			      pte_t *orig_pte)
{
	struct mm_struct *mm = vma->vm_mm;
	struct page_vma_mapped_walk pvmw = {
		.page = page,
		.vma = vma,
	};
	struct mmu_notifier_range range;
	int err = -EFAULT;

	pvmw.address = page_address_in_vma(page, vma);
	if (pvmw.address == -EFAULT)
		goto out;

	mmu_notifier_range_init(&range, mm, pvmw.address,
				pvmw.address + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);

	if (!page_vma_mapped_walk(&pvmw))
		goto out_mn;

	if (pte_write(*pvmw.pte) || pte_dirty(*pvmw.pte)) {
		pte_t entry;

		flush_cache_page(vma, pvmw.address, page_to_pfn(page));
		entry = ptep_clear_flush(vma, pvmw.address, pvmw.pte);
		/* Someone else holds a reference: put the pte back. */
		if (page_mapcount(page) + 1 != page_count(page)) {
			set_pte_at(mm, pvmw.address, pvmw.pte, entry);
			goto out_unlock;
		}
		if (pte_dirty(entry))
			set_page_dirty(page);
		entry = pte_mkclean(pte_wrprotect(entry));
		set_pte_at_notify(mm, pvmw.address, pvmw.pte, entry);
	}
	*orig_pte = *pvmw.pte;
	err = 0;

out_unlock:
	page_vma_mapped_walk_done(&pvmw);
out_mn:
	mmu_notifier_invalidate_range_end(&range);
out:
	return err;
}

static int replace_page(struct vm_area_struct *vma, struct page *page,
			struct page *kpage, pte_t orig_pte)
{
	struct mm_struct *mm = vma->vm_mm;
	struct mmu_notifier_range range;
	unsigned long addr;
	spinlock_t *ptl;
	pmd_t *pmd;
	pte_t *ptep;
	int err = -EFAULT;

	addr = page_address_in_vma(page, vma);
	if (addr == -EFAULT)
		goto out;

	pmd = mm_find_pmd(mm, addr);
	if (!pmd)
		goto out;

	mmu_notifier_range_init(&range, mm, addr, addr + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);

	ptep = pte_offset_map_lock(mm, pmd, addr, &ptl);
	if (!pte_same(*ptep, orig_pte)) {
		pte_unmap_unlock(ptep, ptl);
		goto out_mn;
	}

	get_page(kpage);
	page_add_anon_rmap(kpage, vma, addr, false);

	flush_cache_page(vma, addr, pte_pfn(*ptep));
	ptep_clear_flush(vma, addr, ptep);
	set_pte_at_notify(mm, addr, ptep, mk_pte(kpage, vma->vm_page_prot));

	page_remove_rmap(page, false);
	put_page(page);

	pte_unmap_unlock(ptep, ptl);
	err = 0;
out_mn:
	mmu_notifier_invalidate_range_end(&range);
out:
	return err;
}
