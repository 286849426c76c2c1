// SPDX-License-Identifier: GPL-2.0-only
/*
 * The caller that ends the range the walker started (in the style of
 * 4.19's dax_entry_mkclean()).
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>
#include <linux/pgwalk.h>

void daxish_clean_pte(struct vm_area_struct *vma, unsigned long address,
		      pte_t *ptep);

static void daxish_mkclean(struct vm_area_struct *vma, unsigned long address)
{
	unsigned long start, end;
	spinlock_t *ptl;
	pte_t *ptep;

	if (pgw_follow_pte(vma->vm_mm, address, &start, &end, &ptep, &ptl))
		return;
	daxish_clean_pte(vma, address, ptep);
	spin_unlock(ptl);
	mmu_notifier_invalidate_range_end(vma->vm_mm, start, end);
}

void daxish_mkclean_all(struct vm_area_struct *vma)
{
	unsigned long address;

	for (address = vma->vm_start; address < vma->vm_end; address += PAGE_SIZE)
		daxish_mkclean(vma, address);
}
