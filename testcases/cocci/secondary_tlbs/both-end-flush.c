// SPDX-License-Identifier: GPL-2.0-only
/*
 * A notifier of generic code with the TLB hook and an end callback whose
 * only statement is an explicit hook call.  The step deletes that call
 * (the architecture's flush calls the hook from 6.6), so there is no
 * statement left to put the moved call before: the notifier stays as it
 * is and is reported, never the op gone without the call.
 * mntest: path=mm/shadow_notify.c after=-
 */
#include <linux/mmu_notifier.h>

static void shadow_flush(struct mmu_notifier *mn, struct mm_struct *mm,
			 unsigned long start, unsigned long end)
{
}

static void shadow_end(struct mmu_notifier *mn,
		       const struct mmu_notifier_range *range)
{
	mmu_notifier_invalidate_range(range->mm, range->start, range->end);
}

static const struct mmu_notifier_ops shadow_ops = {
	.invalidate_range	= shadow_flush,
	.invalidate_range_end	= shadow_end,
};
