// SPDX-License-Identifier: GPL-2.0-only
/*
 * The callers of set_pte_at_notify(): KSM-style page merging and page
 * replacement, a COW fault, and an uprobes-style breakpoint insertion,
 * each between invalidate_range_start() and _end() (or with the old pte
 * flushed by ptep_clear_flush()).  6.10 has no set_pte_at_notify():
 * each becomes set_pte_at() with the same arguments.
 * mntest: path=mm/ksm.c
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

static int replace_page(struct vm_area_struct *vma, pte_t *ptep,
			unsigned long addr, struct page *kpage)
{
	struct mm_struct *mm = vma->vm_mm;
	struct mmu_notifier_range range;
	pte_t newpte = { page_to_pfn(kpage) << PAGE_SHIFT };

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, mm, addr,
				addr + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);
	ptep_clear_flush(vma, addr, ptep);
	set_pte_at_notify(mm, addr, ptep, newpte);
	mmu_notifier_invalidate_range_end(&range);
	return 0;
}

static void wp_page_install(struct vm_fault *vmf, pte_t *ptep, pte_t entry)
{
	struct mm_struct *mm = vmf->vma->vm_mm;

	set_pte_at_notify(mm, vmf->address, ptep, entry);
}

static void breakpoint_install(struct vm_area_struct *vma, pte_t *ptep,
			       unsigned long addr, pte_t newpte, bool copied)
{
	ptep_clear_flush(vma, addr, ptep);
	if (copied)
		set_pte_at_notify(vma->vm_mm, addr, ptep,
				  pte_wrprotect(newpte));
}
