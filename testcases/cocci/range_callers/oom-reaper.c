// SPDX-License-Identifier: GPL-2.0-only
/*
 * The non-blocking start of the OOM reaper: in an if condition inside the
 * vma loop (the end is only reached when the start succeeded), and as the
 * initialiser of the last declaration of a block (nested, or the last of
 * the function, where the range goes before it), which becomes a plain
 * declaration followed by the init call and the assignment.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct mmu_gather {
	struct mm_struct *mm;
};

struct reap_vma {
	struct vm_area_struct *vma;
	struct reap_vma *next;
};

void reap_tlb_gather(struct mmu_gather *tlb, struct mm_struct *mm,
		     unsigned long start, unsigned long end);
void reap_tlb_finish(struct mmu_gather *tlb, unsigned long start,
		     unsigned long end);
int reap_can_unmap(struct vm_area_struct *vma);

static bool reap_task_mm(struct mm_struct *mm, struct reap_vma *list)
{
	struct reap_vma *r;
	bool ret = true;

	for (r = list; r; r = r->next) {
		struct vm_area_struct *vma = r->vma;
		struct mmu_gather tlb;

		if (!reap_can_unmap(vma))
			continue;

		reap_tlb_gather(&tlb, mm, vma->vm_start, vma->vm_end);
		if (mmu_notifier_invalidate_range_start_nonblock(mm,
					vma->vm_start, vma->vm_end)) {
			reap_tlb_finish(&tlb, vma->vm_start, vma->vm_end);
			ret = false;
			continue;
		}
		unmap_page_range(vma, vma->vm_start, vma->vm_end);
		mmu_notifier_invalidate_range_end(mm, vma->vm_start, vma->vm_end);
		reap_tlb_finish(&tlb, vma->vm_start, vma->vm_end);
	}

	return ret;
}

static int reap_one(struct mm_struct *mm, struct vm_area_struct *vma)
{
	if (reap_can_unmap(vma)) {
		int err = mmu_notifier_invalidate_range_start_nonblock(mm,
						vma->vm_start, vma->vm_end);

		if (err)
			return err;
		unmap_page_range(vma, vma->vm_start, vma->vm_end);
		mmu_notifier_invalidate_range_end(mm, vma->vm_start,
						  vma->vm_end);
	}
	return 0;
}

static int reap_range(struct mm_struct *mm, unsigned long start,
		      unsigned long end)
{
	struct vm_area_struct *vma = find_vma(mm, start);
	int ret = mmu_notifier_invalidate_range_start_nonblock(mm, start, end);

	if (ret)
		return ret;
	zap_page_range(vma, start, end - start);
	mmu_notifier_invalidate_range_end(mm, start, end);
	return 0;
}
