// SPDX-License-Identifier: GPL-2.0-only
/*
 * A 5.0 caller that builds its own range on the stack and forces it
 * non-blocking, as an OOM-reaper style path did: the read converts, the
 * write is left for a human and reported.
 * mntest: before=5.0 after=-
 */
#include <linux/mmu_notifier.h>

static int reap_range(struct mm_struct *mm, unsigned long start,
		      unsigned long end)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, mm, start, end);
	range.blockable = false;
	if (range.blockable)
		return -EINVAL;
	return mmu_notifier_invalidate_range_start_nonblock(&range);
}
