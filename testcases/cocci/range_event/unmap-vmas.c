// SPDX-License-Identifier: GPL-2.0-only
/*
 * munmap/exit: unmap_vmas() tears down every vma of the range for good:
 * MMU_NOTIFY_UNMAP, vma from vma->vm_mm.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct mmu_gather;
struct zap_details;

extern struct vm_area_struct *next_vma(struct vm_area_struct *vma);
extern void unmap_single_vma(struct mmu_gather *tlb,
			     struct vm_area_struct *vma,
			     unsigned long start_addr, unsigned long end_addr,
			     struct zap_details *details);

void unmap_vmas(struct mmu_gather *tlb, struct vm_area_struct *vma,
		unsigned long start_addr, unsigned long end_addr)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, vma->vm_mm, start_addr, end_addr);
	mmu_notifier_invalidate_range_start(&range);
	for ( ; vma && vma->vm_start < end_addr; vma = next_vma(vma))
		unmap_single_vma(tlb, vma, start_addr, end_addr, NULL);
	mmu_notifier_invalidate_range_end(&range);
}
