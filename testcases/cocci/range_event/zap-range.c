// SPDX-License-Identifier: GPL-2.0-only
/*
 * zap_page_range() and zap_page_range_single() run the same teardown as
 * unmap_vmas(), but for madvise(MADV_DONTNEED) and drivers: the pages go,
 * the vmas stay.  MMU_NOTIFY_CLEAR, from the name of the function.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct mmu_gather { struct mm_struct *mm; };
struct zap_details;

extern struct vm_area_struct *next_vma(struct vm_area_struct *vma);
extern void lru_add_drain(void);
extern void update_hiwater_rss(struct mm_struct *mm);
extern void tlb_gather_mmu(struct mmu_gather *tlb, struct mm_struct *mm,
			   unsigned long start, unsigned long end);
extern void tlb_finish_mmu(struct mmu_gather *tlb, unsigned long start,
			   unsigned long end);
extern void unmap_single_vma(struct mmu_gather *tlb,
			     struct vm_area_struct *vma,
			     unsigned long start_addr, unsigned long end_addr,
			     struct zap_details *details);

void zap_range(struct vm_area_struct *vma, unsigned long start,
	       unsigned long size)
{
	struct mmu_notifier_range range;
	struct mmu_gather tlb;

	lru_add_drain();
	mmu_notifier_range_init(&range, vma->vm_mm, start, start + size);
	update_hiwater_rss(vma->vm_mm);
	tlb_gather_mmu(&tlb, vma->vm_mm, start, range.end);
	mmu_notifier_invalidate_range_start(&range);
	for ( ; vma && vma->vm_start < range.end; vma = next_vma(vma))
		unmap_single_vma(&tlb, vma, start, range.end, NULL);
	mmu_notifier_invalidate_range_end(&range);
	tlb_finish_mmu(&tlb, start, range.end);
}

static void zap_range_single(struct vm_area_struct *vma,
			     unsigned long address, unsigned long size,
			     struct zap_details *details)
{
	struct mmu_notifier_range range;
	struct mmu_gather tlb;

	lru_add_drain();
	mmu_notifier_range_init(&range, vma->vm_mm, address, address + size);
	tlb_gather_mmu(&tlb, vma->vm_mm, address, range.end);
	update_hiwater_rss(vma->vm_mm);
	mmu_notifier_invalidate_range_start(&range);
	unmap_single_vma(&tlb, vma, address, range.end, details);
	mmu_notifier_invalidate_range_end(&range);
	tlb_finish_mmu(&tlb, address, range.end);
}
