// SPDX-License-Identifier: GPL-2.0-only
/*
 * KSM-style write protection and page replacement, and an uprobes-style
 * breakpoint insertion: the pte is cleared with ptep_clear_flush_notify()
 * and the new one published with set_pte_at_notify().  6.6 turns the
 * first into ptep_clear_flush(); set_pte_at_notify() stays until 6.10.
 * mntest: path=mm/ksm.c
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

bool ksm_page_pinned(struct page *page);

static int ksm_write_protect_pte(struct vm_area_struct *vma, pte_t *ptep,
				 unsigned long addr, struct page *page)
{
	struct mm_struct *mm = vma->vm_mm;
	pte_t entry;

	entry = ptep_clear_flush_notify(vma, addr, ptep);
	if (ksm_page_pinned(page)) {
		set_pte_at(mm, addr, ptep, entry);
		return -EBUSY;
	}
	entry = pte_wrprotect(pte_mkclean(entry));
	set_pte_at_notify(mm, addr, ptep, entry);
	return 0;
}

static void ksm_replace_pte(struct vm_area_struct *vma, pte_t *ptep,
			    unsigned long addr, pte_t newpte)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, vma->vm_mm, addr,
				addr + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);
	flush_cache_range(vma, addr, addr + PAGE_SIZE);
	ptep_clear_flush_notify(vma, addr, ptep);
	set_pte_at_notify(vma->vm_mm, addr, ptep, newpte);
	mmu_notifier_invalidate_range_end(&range);
}
