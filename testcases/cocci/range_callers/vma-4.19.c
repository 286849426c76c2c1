// SPDX-License-Identifier: GPL-2.0-only
/*
 * 4.19 callers with a vma at hand.  An mprotect-style walk starts the
 * notifier lazily at the first populated pmd and ends it after the loop;
 * a hugetlb-style unmap widens its bounds through pointers before the
 * start call, so those locals stay and the init call reads them.
 */
#include <linux/hugetlb.h>
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

int mp_pmd_none(pmd_t *pmd);
unsigned long mp_change_pte_range(struct vm_area_struct *vma, pmd_t *pmd,
				  unsigned long addr, unsigned long end,
				  pgprot_t newprot);
void hp_adjust_range(struct vm_area_struct *vma, unsigned long *start,
		     unsigned long *end);
void hp_unmap(struct vm_area_struct *vma, unsigned long start,
	      unsigned long end);

static unsigned long mp_change_pmd_range(struct vm_area_struct *vma,
					 pmd_t *pmd, unsigned long addr,
					 unsigned long end, pgprot_t newprot)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long next;
	unsigned long pages = 0;
	unsigned long mni_start = 0;

	do {
		next = addr + PMD_SIZE;
		if (mp_pmd_none(pmd))
			continue;

		/* invoke the mmu notifier if the pmd is populated */
		if (!mni_start) {
			mni_start = addr;
			mmu_notifier_invalidate_range_start(mm, mni_start, end);
		}
		pages += mp_change_pte_range(vma, pmd, addr, next, newprot);
	} while (pmd++, addr = next, addr != end);

	if (mni_start)
		mmu_notifier_invalidate_range_end(mm, mni_start, end);

	return pages;
}

static void hp_unmap_range(struct vm_area_struct *vma, unsigned long start,
			   unsigned long end)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long mmun_start = start;	/* For mmu_notifiers */
	unsigned long mmun_end   = end;		/* For mmu_notifiers */

	/* If sharing is possible, alert the notifiers of the worst case. */
	hp_adjust_range(vma, &mmun_start, &mmun_end);
	mmu_notifier_invalidate_range_start(mm, mmun_start, mmun_end);
	hp_unmap(vma, start, end);
	mmu_notifier_invalidate_range_end(mm, mmun_start, mmun_end);
}
