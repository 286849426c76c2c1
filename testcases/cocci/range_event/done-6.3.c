// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: the 6.3 forms without a vma (6 arguments, and the
 * owner init with 7).
 * mntest: before=6.3 after=6.3
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

static void gpu_svm_evict(struct mm_struct *mm, void *owner,
			  unsigned long start, unsigned long end)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, mm, start, end);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);

	mmu_notifier_range_init_owner(&range, MMU_NOTIFY_EXCLUSIVE, 0, mm,
				      start, end, owner);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);
}
