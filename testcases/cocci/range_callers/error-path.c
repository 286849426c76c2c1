// SPDX-License-Identifier: GPL-2.0-only
/*
 * Error paths, in the style of mm/huge_memory.c: a fallback that leaves
 * through a label calling _end() when the pmd changed under it, and
 * _only_end() on the success path; and a fork-time copy in the style of
 * copy_page_range() that only notifies for COW mappings, so the init has
 * to go inside the braceless if.  Every call of each pair gets the range.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

spinlock_t *thp_pmd_lock(struct mm_struct *mm, pmd_t *pmd);
int thp_pmd_same(pmd_t *pmd, pmd_t orig);
void thp_install_ptes(struct vm_area_struct *vma, pmd_t *pmd,
		      struct page **pages, unsigned long haddr);
int thp_copy_one(struct mm_struct *dst, struct mm_struct *src,
		 unsigned long addr);

static vm_fault_t thp_wp_fallback(struct vm_area_struct *vma, pmd_t *pmd,
				  pmd_t orig_pmd, unsigned long address,
				  struct page **pages)
{
	unsigned long haddr = address & HPAGE_PMD_MASK;
	spinlock_t *ptl;
	vm_fault_t ret = 0;
	unsigned long mmun_start;	/* For mmu_notifiers */
	unsigned long mmun_end;		/* For mmu_notifiers */

	mmun_start = haddr;
	mmun_end   = haddr + HPAGE_PMD_SIZE;
	mmu_notifier_invalidate_range_start(vma->vm_mm, mmun_start, mmun_end);

	ptl = thp_pmd_lock(vma->vm_mm, pmd);
	if (!thp_pmd_same(pmd, orig_pmd))
		goto out_free_pages;

	thp_install_ptes(vma, pmd, pages, haddr);
	spin_unlock(ptl);

	mmu_notifier_invalidate_range_only_end(vma->vm_mm, mmun_start,
					       mmun_end);
	ret = 1;
out:
	return ret;

out_free_pages:
	spin_unlock(ptl);
	mmu_notifier_invalidate_range_end(vma->vm_mm, mmun_start, mmun_end);
	put_page(pages[0]);
	goto out;
}

static int fork_copy_range(struct mm_struct *dst_mm, struct mm_struct *src_mm,
			   struct vm_area_struct *vma, unsigned long addr,
			   unsigned long end, bool is_cow)
{
	unsigned long next;
	unsigned long mmun_start;	/* For mmu_notifiers */
	unsigned long mmun_end;		/* For mmu_notifiers */
	int ret;

	/*
	 * The range the notifiers see is the whole copy, however far the
	 * loop below gets.
	 */
	mmun_start = addr;
	mmun_end   = end;
	if (is_cow)
		mmu_notifier_invalidate_range_start(src_mm, mmun_start,
						    mmun_end);

	ret = 0;
	do {
		next = addr + PAGE_SIZE;
		if (thp_copy_one(dst_mm, src_mm, addr)) {
			ret = -ENOMEM;
			break;
		}
	} while (addr = next, addr != end);

	if (is_cow)
		mmu_notifier_invalidate_range_end(src_mm, mmun_start, mmun_end);
	return ret;
}
