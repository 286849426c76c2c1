// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human and reported when the step runs alone (the kernel's
 * coccicheck): a helper that starts the invalidation, ends it on its
 * error path and returns with it open on success, reached through an
 * exported wrapper, and a caller in the same file that ends it.  The
 * helper must not get a local range (it would die on return); the
 * exported wrapper may have callers in files this run does not see, so
 * no function of the group changes.  The tool's scripts, with a collect
 * run over the whole tree, convert it (walker-export/).
 * mntest: after=-
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>
#include <linux/module.h>

pte_t *sx_lookup(struct mm_struct *mm, unsigned long address,
		 spinlock_t **ptlp);
void sx_clean(pte_t *ptep);

static int __sx_follow_pte(struct mm_struct *mm, unsigned long address,
			   unsigned long *start, unsigned long *end,
			   pte_t **ptepp, spinlock_t **ptlp)
{
	pte_t *ptep;

	*start = address & PAGE_MASK;
	*end = *start + PAGE_SIZE;
	mmu_notifier_invalidate_range_start(mm, *start, *end);
	ptep = sx_lookup(mm, address, ptlp);
	if (!ptep) {
		mmu_notifier_invalidate_range_end(mm, *start, *end);
		return -EINVAL;
	}
	*ptepp = ptep;
	return 0;
}

int sx_follow_pte(struct mm_struct *mm, unsigned long address,
		  unsigned long *start, unsigned long *end,
		  pte_t **ptepp, spinlock_t **ptlp)
{
	return __sx_follow_pte(mm, address, start, end, ptepp, ptlp);
}
EXPORT_SYMBOL_GPL(sx_follow_pte);

void sx_mkclean(struct vm_area_struct *vma, unsigned long address)
{
	unsigned long start, end;
	spinlock_t *ptl;
	pte_t *ptep;

	if (sx_follow_pte(vma->vm_mm, address, &start, &end, &ptep, &ptl))
		return;
	sx_clean(ptep);
	spin_unlock(ptl);
	mmu_notifier_invalidate_range_end(vma->vm_mm, start, end);
}
