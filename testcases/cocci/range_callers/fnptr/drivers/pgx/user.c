// SPDX-License-Identifier: GPL-2.0-only
#include <linux/mm.h>
#include <linux/mmu_notifier.h>
#include "pgx.h"

void pgx_zap(struct mm_struct *mm, unsigned long start, unsigned long end);

const struct pgx_walk_ops pgx_default_ops = {
	.begin = pgx_begin,
};

void pgx_invalidate(struct mm_struct *mm, unsigned long start,
		    unsigned long end)
{
	if (pgx_begin(mm, start, end))
		return;
	pgx_zap(mm, start, end);
	mmu_notifier_invalidate_range_end(mm, start, end);
}
