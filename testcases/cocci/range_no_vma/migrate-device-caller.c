// SPDX-License-Identifier: GPL-2.0-only
/*
 * A file shaped like mm/migrate_device.c of 6.1: it implements the
 * migrate_vma API (mig_setup() stands for migrate_vma_setup()) and is an
 * ordinary caller of the mmu_notifier API.  Its collection walk tags the
 * invalidation with the migration's owner; the insertion of new pages for
 * empty entries invalidates from the first such address on, once, and
 * ends with _only_end.  range_no_vma drops the vma argument of both calls
 * here as in any driver: upstream did the same in 6.3.
 *
 * mntest: path=mm/migrate_device.c
 */
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/migrate.h>
#include <linux/mmu_notifier.h>

void mig_walk_ptes(struct migrate_vma *migrate);
bool mig_fill_hole(struct migrate_vma *migrate, unsigned long addr,
		   unsigned long *src);

static void mig_collect(struct migrate_vma *migrate)
{
	struct mmu_notifier_range range;

	/* the owner lets a device driver skip its own pages */
	mmu_notifier_range_init_owner(&range, MMU_NOTIFY_MIGRATE, 0,
		migrate->vma, migrate->vma->vm_mm, migrate->start, migrate->end,
		migrate->pgmap_owner);
	mmu_notifier_invalidate_range_start(&range);
	mig_walk_ptes(migrate);
	mmu_notifier_invalidate_range_end(&range);
	migrate->end = migrate->start + (migrate->npages << PAGE_SHIFT);
}

void mig_pages(struct migrate_vma *migrate)
{
	unsigned long npages = migrate->npages;
	unsigned long start = migrate->start;
	struct mmu_notifier_range range;
	bool notified = false;
	unsigned long i;

	for (i = 0; i < npages; i++) {
		unsigned long addr = start + (i << PAGE_SHIFT);

		if (migrate->src[i])
			continue;
		if (!notified) {
			notified = true;
			mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0,
						migrate->vma, migrate->vma->vm_mm,
						addr, migrate->end);
			mmu_notifier_invalidate_range_start(&range);
		}
		if (!mig_fill_hole(migrate, addr, &migrate->src[i]))
			migrate->src[i] &= ~MIGRATE_PFN_MIGRATE;
	}
	if (notified)
		mmu_notifier_invalidate_range_only_end(&range);
}

int mig_setup(struct migrate_vma *args)
{
	if (!args->vma || args->start >= args->end)
		return -EINVAL;
	if (!args->src || !args->dst)
		return -EINVAL;
	args->npages = 0;
	args->cpages = 0;
	mig_collect(args);
	return 0;
}
