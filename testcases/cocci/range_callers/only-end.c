// SPDX-License-Identifier: GPL-2.0-only
/*
 * _only_end() callers in the style of the THP split and the anonymous
 * page COW: the bounds are written out in the calls, around a local that
 * is used for other things too and therefore stays.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

spinlock_t *thp_pmd_lock(struct mm_struct *mm, pmd_t *pmd);
void thp_split_pmd_locked(struct vm_area_struct *vma, pmd_t *pmd,
			  unsigned long haddr);

static void thp_split_pmd(struct vm_area_struct *vma, pmd_t *pmd,
			  unsigned long address)
{
	spinlock_t *ptl;
	struct mm_struct *mm = vma->vm_mm;
	unsigned long haddr = address & HPAGE_PMD_MASK;

	mmu_notifier_invalidate_range_start(mm, haddr, haddr + HPAGE_PMD_SIZE);
	ptl = thp_pmd_lock(mm, pmd);
	thp_split_pmd_locked(vma, pmd, haddr);
	spin_unlock(ptl);
	/*
	 * The split already called the TLB hook while the pmd was locked.
	 */
	mmu_notifier_invalidate_range_only_end(mm, haddr, haddr +
					       HPAGE_PMD_SIZE);
}
