// SPDX-License-Identifier: GPL-2.0-only
/*
 * /proc/pid/clear_refs: for the soft-dirty request the whole address space
 * is invalidated while the page walk clears the soft-dirty bits.  The init
 * and the end are both guarded by the soft-dirty test:
 * MMU_NOTIFY_SOFT_DIRTY.  The local vma only walked the vmas before a
 * whole-mm range, so the vma is NULL.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

enum clear_refs_types {
	CLEAR_REFS_ALL = 1,
	CLEAR_REFS_ANON,
	CLEAR_REFS_MAPPED,
	CLEAR_REFS_SOFT_DIRTY,
	CLEAR_REFS_MM_HIWATER_RSS,
	CLEAR_REFS_LAST,
};

#define VM_SOFTDIRTY	0x08000000UL

struct mm_walk;
extern struct mm_struct *get_task_mm(struct task_struct *task);
extern struct vm_area_struct *first_vma(struct mm_struct *mm);
extern struct vm_area_struct *next_vma(struct vm_area_struct *vma);
extern void vma_set_page_prot(struct vm_area_struct *vma);
extern int walk_page_range(unsigned long start, unsigned long end,
			   struct mm_walk *walk);
extern struct mm_walk *clear_refs_walker(struct mm_struct *mm,
					 enum clear_refs_types type);

static ssize_t clear_refs_apply(struct task_struct *task,
				enum clear_refs_types type, size_t count)
{
	struct mm_struct *mm;
	struct vm_area_struct *vma;

	mm = get_task_mm(task);
	if (mm) {
		struct mmu_notifier_range range;

		down_read(&mm->mmap_sem);
		if (type == CLEAR_REFS_SOFT_DIRTY) {
			for (vma = first_vma(mm); vma; vma = next_vma(vma)) {
				if (!(vma->vm_flags & VM_SOFTDIRTY))
					continue;
				vma->vm_flags &= ~VM_SOFTDIRTY;
				vma_set_page_prot(vma);
			}
			mmu_notifier_range_init(&range, mm, 0, -1UL);
			mmu_notifier_invalidate_range_start(&range);
		}
		walk_page_range(0, mm->task_size, clear_refs_walker(mm, type));
		if (type == CLEAR_REFS_SOFT_DIRTY)
			mmu_notifier_invalidate_range_end(&range);
		up_read(&mm->mmap_sem);
		mmput(mm);
	}
	return count;
}
