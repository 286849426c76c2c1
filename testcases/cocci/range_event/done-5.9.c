// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: the 5.9 migrate init, which takes the flags, the
 * vma and the owner of the migration but no event.
 * mntest: before=5.9 after=5.9
 */
#include <linux/mm.h>
#include <linux/migrate.h>
#include <linux/mmu_notifier.h>

static void dmirror_collect(struct migrate_vma *args)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init_migrate(&range, 0, args->vma,
					args->vma->vm_mm, args->start,
					args->end, args->pgmap_owner);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);
}
