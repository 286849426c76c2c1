// SPDX-License-Identifier: GPL-2.0-only
/*
 * A follow_pte_pmd()-style lookup: the caller passes its range, the
 * lookup initialises and starts it on the entry it found and the caller
 * ends it after write-protecting the entry.  The range is a pointer
 * parameter (no "&"); nothing here says what the caller does:
 * MMU_NOTIFY_CLEAR, and no vma in scope: NULL.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

#define PMD_MASK	(~(PMD_SIZE - 1))

extern int pmd_trans_huge(pmd_t pmd);
extern spinlock_t *pmd_lock(struct mm_struct *mm, pmd_t *pmd);

static int lookup_pte_pmd(struct mm_struct *mm, unsigned long address,
			  struct mmu_notifier_range *range,
			  pte_t **ptepp, pmd_t **pmdpp, spinlock_t **ptlp)
{
	pmd_t *pmd;
	pte_t *ptep;

	pmd = mm_find_pmd(mm, address);
	if (!pmd)
		goto out;

	if (pmd_trans_huge(*pmd)) {
		if (!pmdpp)
			goto out;

		if (range) {
			mmu_notifier_range_init(range, mm, address & PMD_MASK,
						(address & PMD_MASK) + PMD_SIZE);
			mmu_notifier_invalidate_range_start(range);
		}
		*ptlp = pmd_lock(mm, pmd);
		if (pmd_trans_huge(*pmd)) {
			*pmdpp = pmd;
			return 0;
		}
		spin_unlock(*ptlp);
		if (range)
			mmu_notifier_invalidate_range_end(range);
	}

	if (range) {
		mmu_notifier_range_init(range, mm, address & PAGE_MASK,
					(address & PAGE_MASK) + PAGE_SIZE);
		mmu_notifier_invalidate_range_start(range);
	}
	ptep = pte_offset_map_lock(mm, pmd, address, ptlp);
	if (!pte_present(*ptep))
		goto unlock;
	*ptepp = ptep;
	return 0;
unlock:
	pte_unmap_unlock(ptep, *ptlp);
	if (range)
		mmu_notifier_invalidate_range_end(range);
out:
	return -EINVAL;
}
