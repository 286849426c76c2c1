// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human and reported: a helper that starts the invalidation
 * and returns with it open, reached through a function pointer (an ops
 * table in another file) as well as by a direct call.  The call through
 * the pointer cannot pass a range: no function of the group changes, and
 * report mode names every site.
 * mntest: after=-
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>
#include "pgx.h"

int pgx_lock_range(struct mm_struct *mm, unsigned long start,
		   unsigned long end);

int pgx_begin(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	mmu_notifier_invalidate_range_start(mm, start, end);
	return pgx_lock_range(mm, start, end);
}
