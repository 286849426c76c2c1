// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human and reported: start calls where no statement can take
 * the init call in front of them (a loop condition, the right side of
 * &&), a const result, an end call in a branch spatch does not parse, and
 * a function defined once per configuration.
 * mntest: after=-
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

void hf_unmap(struct vm_area_struct *vma);

static void hf_retry(struct mm_struct *mm, unsigned long start,
		     unsigned long end)
{
	while (mmu_notifier_invalidate_range_start_nonblock(mm, start, end))
		cond_resched();
	mmu_notifier_invalidate_range_end(mm, start, end);
}

static int hf_maybe(struct vm_area_struct *vma)
{
	if (vma && mmu_notifier_invalidate_range_start_nonblock(vma->vm_mm,
					vma->vm_start, vma->vm_end))
		return -EAGAIN;
	hf_unmap(vma);
	mmu_notifier_invalidate_range_end(vma->vm_mm, vma->vm_start,
					  vma->vm_end);
	return 0;
}

static int hf_const(struct mm_struct *mm, unsigned long start,
		    unsigned long end)
{
	const int busy = mmu_notifier_invalidate_range_start_nonblock(mm,
							start, end);

	if (!busy)
		mmu_notifier_invalidate_range_end(mm, start, end);
	return busy;
}

static void hf_hidden(struct vm_area_struct *vma)
{
	mmu_notifier_invalidate_range_start(vma->vm_mm, vma->vm_start,
					    vma->vm_end);
	hf_unmap(vma);
#if 0
	mmu_notifier_invalidate_range_only_end(vma->vm_mm, vma->vm_start,
					       vma->vm_end);
#endif
	mmu_notifier_invalidate_range_end(vma->vm_mm, vma->vm_start,
					  vma->vm_end);
}

/* One definition per configuration: the two would be mixed up. */
#ifdef CONFIG_HF_BATCHED
static void hf_flush(struct vm_area_struct *vma)
{
	mmu_notifier_invalidate_range_start(vma->vm_mm, vma->vm_start,
					    vma->vm_end);
	hf_unmap(vma);
	mmu_notifier_invalidate_range_end(vma->vm_mm, vma->vm_start,
					  vma->vm_end);
}
#else
static void hf_flush(struct vm_area_struct *vma)
{
	unsigned long start = vma->vm_start;

	mmu_notifier_invalidate_range_start(vma->vm_mm, start, vma->vm_end);
	hf_unmap(vma);
	mmu_notifier_invalidate_range_end(vma->vm_mm, start, vma->vm_end);
}
#endif
