// SPDX-License-Identifier: GPL-2.0-only
/*
 * The OOM reaper tears down the private memory of a dying task, one vma
 * at a time, without blocking: MMU_NOTIFY_UNMAP, and the vma is the local
 * loop variable that walks the vmas.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

#define VM_SHARED	0x00000008UL
#define VM_LOCKED	0x00002000UL

struct mmu_gather { struct mm_struct *mm; };

extern struct vm_area_struct *first_vma(struct mm_struct *mm);
extern struct vm_area_struct *next_vma(struct vm_area_struct *vma);
extern bool vma_is_anonymous(struct vm_area_struct *vma);
extern void tlb_gather_mmu(struct mmu_gather *tlb, struct mm_struct *mm,
			   unsigned long start, unsigned long end);
extern void tlb_finish_mmu(struct mmu_gather *tlb, unsigned long start,
			   unsigned long end);

static bool oom_reap_task_mm(struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	bool ret = true;

	for (vma = first_vma(mm); vma; vma = next_vma(vma)) {
		if (vma->vm_flags & VM_LOCKED)
			continue;

		/* Only anonymous or private memory can be reaped safely. */
		if (vma_is_anonymous(vma) || !(vma->vm_flags & VM_SHARED)) {
			struct mmu_notifier_range range;
			struct mmu_gather tlb;

			mmu_notifier_range_init(&range, mm, vma->vm_start,
						vma->vm_end);
			tlb_gather_mmu(&tlb, mm, range.start, range.end);
			if (mmu_notifier_invalidate_range_start_nonblock(&range)) {
				tlb_finish_mmu(&tlb, range.start, range.end);
				ret = false;
				continue;
			}
			unmap_page_range(vma, range.start, range.end);
			mmu_notifier_invalidate_range_end(&range);
			tlb_finish_mmu(&tlb, range.start, range.end);
		}
	}

	return ret;
}
