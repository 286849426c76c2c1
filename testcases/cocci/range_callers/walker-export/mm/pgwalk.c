// SPDX-License-Identifier: GPL-2.0-only
/*
 * A page-table walker in the style of 4.19's __follow_pte_pmd(): the
 * static helper starts the invalidation and returns with the page table
 * locked and the range open; an exported wrapper hands it on; a caller in
 * another file (fs/daxish/entry.c) ends it with the old three-argument
 * call.  In a kernel tree (the exported wrapper's callers are all in it)
 * the three are converted together: the caller owns the range.
 * mntest: tree=kernel
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>
#include <linux/module.h>
#include <linux/pgwalk.h>

pte_t *pgw_lookup(struct mm_struct *mm, unsigned long address,
		  spinlock_t **ptlp);

static int __pgw_follow_pte(struct mm_struct *mm, unsigned long address,
			    unsigned long *start, unsigned long *end,
			    pte_t **ptepp, spinlock_t **ptlp)
{
	pte_t *ptep;

	if (start && end) {
		*start = address & PAGE_MASK;
		*end = *start + PAGE_SIZE;
		mmu_notifier_invalidate_range_start(mm, *start, *end);
	}
	ptep = pgw_lookup(mm, address, ptlp);
	if (!ptep)
		goto out;
	*ptepp = ptep;
	return 0;
out:
	if (start && end)
		mmu_notifier_invalidate_range_end(mm, *start, *end);
	return -EINVAL;
}

int pgw_follow_pte(struct mm_struct *mm, unsigned long address,
		   unsigned long *start, unsigned long *end,
		   pte_t **ptepp, spinlock_t **ptlp)
{
	return __pgw_follow_pte(mm, address, start, end, ptepp, ptlp);
}
EXPORT_SYMBOL(pgw_follow_pte);
