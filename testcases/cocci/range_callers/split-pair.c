// SPDX-License-Identifier: GPL-2.0-only
/*
 * A pair split across functions, in the style of follow_pte_pmd() and its
 * DAX caller (the helper starts the notifier and hands the bounds back,
 * the caller ends it), both in this file and the helper static: converted
 * as a group in one run, the caller owns the range and passes it down.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

int fpp_walk(struct mm_struct *mm, unsigned long address, pte_t **ptepp,
	     spinlock_t **ptlp);
void fpp_clean(pte_t *ptep);

static int fpp_follow_pte(struct mm_struct *mm, unsigned long address,
			  unsigned long *start, unsigned long *end,
			  pte_t **ptepp, spinlock_t **ptlp)
{
	if (start && end) {
		*start = address & PAGE_MASK;
		*end = *start + PAGE_SIZE;
		mmu_notifier_invalidate_range_start(mm, *start, *end);
	}
	return fpp_walk(mm, address, ptepp, ptlp);
}

static void fpp_clean_mapping(struct vm_area_struct *vma,
			      unsigned long address)
{
	unsigned long start, end;
	spinlock_t *ptl;
	pte_t *ptep;

	if (fpp_follow_pte(vma->vm_mm, address, &start, &end, &ptep, &ptl))
		return;
	fpp_clean(ptep);
	spin_unlock(ptl);
	mmu_notifier_invalidate_range_end(vma->vm_mm, start, end);
}
