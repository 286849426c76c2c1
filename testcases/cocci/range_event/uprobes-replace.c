// SPDX-License-Identifier: GPL-2.0-only
/*
 * uprobes: a breakpoint is installed by replacing the page of the probed
 * address with a modified copy, through set_pte_at_notify():
 * MMU_NOTIFY_CLEAR, vma from the parameter.
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
extern void page_vma_mapped_walk_done(struct page_vma_mapped_walk *pvmw);
extern void flush_cache_page(struct vm_area_struct *vma, unsigned long addr,
			     unsigned long pfn);
extern pte_t ptep_clear_flush_notify(struct vm_area_struct *vma,
				     unsigned long addr, pte_t *ptep);
extern void set_pte_at_notify(struct mm_struct *mm, unsigned long addr,
			      pte_t *ptep, pte_t pte);
extern pte_t mk_pte(struct page *page, pgprot_t prot);
extern void page_add_new_anon_rmap(struct page *page,
				   struct vm_area_struct *vma,
				   unsigned long address, bool compound);
extern void page_remove_rmap(struct page *page, bool compound);

static int uprobe_swap_page(struct vm_area_struct *vma, unsigned long addr,
			    struct page *old_page, struct page *new_page)
{
	struct mm_struct *mm = vma->vm_mm;
	struct page_vma_mapped_walk pvmw = {
		.page = old_page,
		.vma = vma,
		.address = addr,
	};
	struct mmu_notifier_range range;
	int err = -EAGAIN;

	mmu_notifier_range_init(&range, mm, addr, addr + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);

	if (!page_vma_mapped_walk(&pvmw))
		goto unlock;

	get_page(new_page);
	page_add_new_anon_rmap(new_page, vma, addr, false);

	flush_cache_page(vma, addr, pte_pfn(*pvmw.pte));
	ptep_clear_flush_notify(vma, addr, pvmw.pte);
	set_pte_at_notify(mm, addr, pvmw.pte,
			  mk_pte(new_page, vma->vm_page_prot));

	page_remove_rmap(old_page, false);
	page_vma_mapped_walk_done(&pvmw);
	put_page(old_page);
	err = 0;
unlock:
	mmu_notifier_invalidate_range_end(&range);
	return err;
}
