// SPDX-License-Identifier: GPL-2.0-only
/*
 * madvise(MADV_FREE): the pages of the range may be dropped lazily; the
 * ptes are cleaned by a page walk.  Nothing unmaps for good:
 * MMU_NOTIFY_CLEAR, vma from the parameter (the mm is a local).
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct mmu_gather { struct mm_struct *mm; };

extern bool vma_is_anonymous(struct vm_area_struct *vma);
extern void lru_add_drain(void);
extern void update_hiwater_rss(struct mm_struct *mm);
extern void tlb_gather_mmu(struct mmu_gather *tlb, struct mm_struct *mm,
			   unsigned long start, unsigned long end);
extern void tlb_finish_mmu(struct mmu_gather *tlb, unsigned long start,
			   unsigned long end);
extern void madvise_free_page_range(struct mmu_gather *tlb,
				    struct vm_area_struct *vma,
				    unsigned long addr, unsigned long end);

static int madvise_free_single_vma(struct vm_area_struct *vma,
				   unsigned long start_addr,
				   unsigned long end_addr)
{
	struct mm_struct *mm = vma->vm_mm;
	struct mmu_notifier_range range;
	struct mmu_gather tlb;

	/* MADV_FREE only knows anonymous memory. */
	if (!vma_is_anonymous(vma))
		return -EINVAL;

	range.start = max(vma->vm_start, start_addr);
	if (range.start >= vma->vm_end)
		return -EINVAL;
	range.end = min(vma->vm_end, end_addr);
	if (range.end <= vma->vm_start)
		return -EINVAL;
	mmu_notifier_range_init(&range, mm, range.start, range.end);

	lru_add_drain();
	tlb_gather_mmu(&tlb, mm, range.start, range.end);
	update_hiwater_rss(mm);

	mmu_notifier_invalidate_range_start(&range);
	madvise_free_page_range(&tlb, vma, range.start, range.end);
	mmu_notifier_invalidate_range_end(&range);
	tlb_finish_mmu(&tlb, range.start, range.end);

	return 0;
}
