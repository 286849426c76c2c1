// SPDX-License-Identifier: GPL-2.0-only
/*
 * A THP collapse in the style of mm/khugepaged.c: the notifier bounds live
 * in mmun_start/mmun_end locals that only carry them, the second computed
 * from the first.  They disappear and their values go into the init call,
 * parenthesised where the first is used inside the second.  A kept local
 * whose declaration ends in a comment: the range goes above it.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct page *khp_alloc_page(gfp_t gfp, int node);
pmd_t khp_pmdp_collapse_flush(struct vm_area_struct *vma, unsigned long address,
			      pmd_t *pmdp);
void khp_scan_pmd(struct mm_struct *mm, unsigned long haddr);

static int khp_collapse(struct mm_struct *mm, unsigned long address,
			struct vm_area_struct *vma, pmd_t *pmd, int node)
{
	struct page *new_page;
	pmd_t _pmd;
	int result = 0;
	unsigned long mmun_start;	/* For mmu_notifiers */
	unsigned long mmun_end;		/* For mmu_notifiers */
	gfp_t gfp;

	gfp = GFP_HIGHUSER;
	new_page = khp_alloc_page(gfp, node);
	if (!new_page)
		return -ENOMEM;

	down_write(&mm->mmap_sem);
	mmun_start = address & HPAGE_PMD_MASK;
	mmun_end = mmun_start + HPAGE_PMD_SIZE;
	mmu_notifier_invalidate_range_start(mm, mmun_start, mmun_end);
	_pmd = khp_pmdp_collapse_flush(vma, address, pmd);
	mmu_notifier_invalidate_range_end(mm, mmun_start, mmun_end);

	if (!_pmd.pmd)
		result = -EAGAIN;
	up_write(&mm->mmap_sem);
	return result;
}

static void khp_scan(struct mm_struct *mm, unsigned long address)
{
	unsigned long haddr = address & HPAGE_PMD_MASK;	/* pmd aligned */

	mmu_notifier_invalidate_range_start(mm, haddr, haddr + HPAGE_PMD_SIZE);
	khp_scan_pmd(mm, haddr);
	mmu_notifier_invalidate_range_end(mm, haddr, haddr + HPAGE_PMD_SIZE);
}
