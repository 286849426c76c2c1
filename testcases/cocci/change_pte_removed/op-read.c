// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: a driver that tests whether its ops track pte
 * changes.  6.10 has no change_pte op, and what the test should become
 * depends on what the driver does with the answer.
 * mntest: after=-
 */
#include <linux/mmu_notifier.h>

static bool ops_track_ptes(const struct mmu_notifier_ops *ops)
{
	return ops->change_pte != NULL;
}
