// SPDX-License-Identifier: GPL-2.0-only
/*
 * Where the vma comes from when it is not obvious:
 *  - X->vm_mm with a call in X: X is not written twice, the vma
 *    parameter is used instead;
 *  - two vma parameters: the first one, and the report asks to check;
 *  - a local vma declared in a block that is closed before the init is
 *    out of scope there: NULL;
 *  - a local vma assigned only inside a block closed before the init:
 *    not trusted, NULL;
 *  - a local vma set to NULL at its declaration and maybe found later
 *    holds what the range needs (NULL or the vma): it is passed;
 *  - two vma parameters, one named like the mm argument (src_mm,
 *    src_vma): that one;
 *  - the mm argument is a local set from one vma's vm_mm: that vma;
 *  - an iterator over the vmas holds the init: its vma.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

extern struct vm_area_struct *vma_of(struct mm_struct *mm, unsigned long a);
extern void dev_shootdown(unsigned long start, unsigned long end);

static void dev_flush_found(struct vm_area_struct *hint, struct mm_struct *mm,
			    unsigned long start, unsigned long end)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, vma_of(mm, start)->vm_mm, start, end);
	mmu_notifier_invalidate_range_start(&range);
	dev_shootdown(start, end);
	mmu_notifier_invalidate_range_end(&range);
}

static void dev_flush_pair(struct mm_struct *mm, struct vm_area_struct *src,
			   struct vm_area_struct *dst, unsigned long start,
			   unsigned long end)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, mm, start, end);
	mmu_notifier_invalidate_range_start(&range);
	dev_shootdown(start, end);
	mmu_notifier_invalidate_range_end(&range);
}

static void dev_flush_scoped(struct mm_struct *mm, unsigned long start,
			     unsigned long end)
{
	struct mmu_notifier_range range;

	if (start) {
		struct vm_area_struct *vma = vma_of(mm, start);

		if (!vma)
			return;
	}
	mmu_notifier_range_init(&range, mm, start, end);
	mmu_notifier_invalidate_range_start(&range);
	dev_shootdown(start, end);
	mmu_notifier_invalidate_range_end(&range);
}

static void dev_flush_maybe(struct mm_struct *mm, unsigned long start,
			    unsigned long end)
{
	struct mmu_notifier_range range;
	struct vm_area_struct *vma = NULL;

	if (start) {
		vma = vma_of(mm, start);
		if (!vma)
			return;
	}
	mmu_notifier_range_init(&range, mm, start, end);
	mmu_notifier_invalidate_range_start(&range);
	dev_shootdown(start, end);
	mmu_notifier_invalidate_range_end(&range);
}

static void dev_flush_unset(struct mm_struct *mm, unsigned long start,
			    unsigned long end)
{
	struct mmu_notifier_range range;
	struct vm_area_struct *vma;

	if (start) {
		vma = vma_of(mm, start);
		if (!vma)
			return;
	}
	mmu_notifier_range_init(&range, mm, start, end);
	mmu_notifier_invalidate_range_start(&range);
	dev_shootdown(start, end);
	mmu_notifier_invalidate_range_end(&range);
}

/* fork-style pair: the vma named like the mm argument is taken. */
static void dev_copy_pair(struct mm_struct *dst_mm, struct mm_struct *src_mm,
			  struct vm_area_struct *dst_vma,
			  struct vm_area_struct *src_vma)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, src_mm, src_vma->vm_start,
				src_vma->vm_end);
	mmu_notifier_invalidate_range_start(&range);
	dev_shootdown(src_vma->vm_start, src_vma->vm_end);
	mmu_notifier_invalidate_range_end(&range);
}

/* The mm local comes from one of the vmas: that vma is taken. */
static void dev_copy_local(struct vm_area_struct *dst_vma,
			   struct vm_area_struct *src_vma)
{
	struct mm_struct *src = src_vma->vm_mm;
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, src, src_vma->vm_start,
				src_vma->vm_end);
	mmu_notifier_invalidate_range_start(&range);
	dev_shootdown(src_vma->vm_start, src_vma->vm_end);
	mmu_notifier_invalidate_range_end(&range);
}

#define for_each_dev_vma(mm, vma) \
	for (vma = vma_of(mm, 0); vma; vma = vma_of(mm, vma->vm_end))

/* An iterator over the vmas holds the init: its vma is taken. */
static void dev_flush_all(struct mm_struct *mm)
{
	struct vm_area_struct *vma;

	for_each_dev_vma(mm, vma) {
		struct mmu_notifier_range range;

		mmu_notifier_range_init(&range, mm, vma->vm_start, vma->vm_end);
		mmu_notifier_invalidate_range_start(&range);
		dev_shootdown(vma->vm_start, vma->vm_end);
		mmu_notifier_invalidate_range_end(&range);
	}
}
