// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: the 5.14 owner init and a 7-argument init next to
 * it.
 * mntest: before=5.14 after=5.14
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct gpu_svm {
	void *owner;
};

static void gpu_svm_make_exclusive(struct gpu_svm *svm,
				   struct vm_area_struct *vma,
				   unsigned long start, unsigned long end)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init_owner(&range, MMU_NOTIFY_EXCLUSIVE, 0, vma,
				      vma->vm_mm, start, end, svm->owner);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, vma, vma->vm_mm,
				start, end);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);
}
