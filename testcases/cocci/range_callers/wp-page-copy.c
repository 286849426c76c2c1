// SPDX-License-Identifier: GPL-2.0-only
/*
 * A copy-on-write fault in the style of mm/memory.c wp_page_copy(): const
 * bound locals set by their initialisers, error exits before the start
 * call, and an _only_end() because the pte was cleared with a notifying
 * flush.  The locals go; the range is declared after the last declaration.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

pte_t wpc_clear_flush_notify(struct vm_area_struct *vma, unsigned long addr,
			     pte_t *ptep);
int wpc_charge(struct page *page, struct mm_struct *mm);

struct wpc_fault {
	struct vm_area_struct *vma;
	unsigned long address;
	pmd_t *pmd;
	pte_t *pte;
	spinlock_t *ptl;
	struct page *page;
};

static vm_fault_t wpc_copy(struct wpc_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mm_struct *mm = vma->vm_mm;
	struct page *old_page = vmf->page;
	struct page *new_page;
	int page_copied = 0;
	const unsigned long mmun_start = vmf->address & PAGE_MASK;
	const unsigned long mmun_end = mmun_start + PAGE_SIZE;
	int charged;

	new_page = alloc_page_vma(GFP_HIGHUSER, vma, vmf->address);
	if (!new_page)
		goto oom;
	copy_highpage(new_page, old_page);
	charged = wpc_charge(new_page, mm);
	if (charged)
		goto oom_free_new;

	mmu_notifier_invalidate_range_start(mm, mmun_start, mmun_end);

	vmf->pte = pte_offset_map_lock(mm, vmf->pmd, vmf->address, &vmf->ptl);
	if (pte_present(*vmf->pte)) {
		wpc_clear_flush_notify(vma, vmf->address, vmf->pte);
		page_copied = 1;
	}
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	/*
	 * The notifying flush above already called the TLB hook: no need to
	 * call it again from the end.
	 */
	mmu_notifier_invalidate_range_only_end(mm, mmun_start, mmun_end);

	put_page(page_copied ? old_page : new_page);
	return 0;
oom_free_new:
	put_page(new_page);
oom:
	return VM_FAULT_OOM;
}
