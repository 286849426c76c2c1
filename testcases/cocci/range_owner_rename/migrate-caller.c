// SPDX-License-Identifier: GPL-2.0-only
/*
 * A file shaped like mm/migrate.c of 5.10: it implements the migrate_vma
 * API (mig_setup() stands for migrate_vma_setup(), and it still locks the
 * pages it collects with MIGRATE_PFN_LOCKED) and is an ordinary caller of
 * the mmu_notifier API.  Its collection walk tags the invalidation with
 * the migration's owner through mmu_notifier_range_init_migrate():
 * range_owner_rename turns that into the 5.14 _init_owner() with
 * MMU_NOTIFY_MIGRATE, as upstream did there; the rest of the file is not
 * its to change.
 *
 * mntest: path=mm/migrate.c
 */
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/migrate.h>
#include <linux/mmu_notifier.h>

void mig_walk_ptes(struct migrate_vma *migrate);
bool mig_trylock(unsigned long mpfn);

static void mig_collect(struct migrate_vma *migrate)
{
	struct mmu_notifier_range range;

	/* the owner lets a device driver skip its own pages */
	mmu_notifier_range_init_migrate(&range, 0, migrate->vma,
		migrate->vma->vm_mm, migrate->start, migrate->end,
		migrate->pgmap_owner);
	mmu_notifier_invalidate_range_start(&range);
	mig_walk_ptes(migrate);
	mmu_notifier_invalidate_range_end(&range);
	migrate->end = migrate->start + (migrate->npages << PAGE_SHIFT);
}

static void mig_lock(struct migrate_vma *migrate)
{
	unsigned long i;

	for (i = 0; i < migrate->npages; i++) {
		if (!migrate->src[i] || (migrate->src[i] & MIGRATE_PFN_LOCKED))
			continue;
		if (mig_trylock(migrate->src[i]))
			migrate->src[i] |= MIGRATE_PFN_LOCKED;
		else
			migrate->src[i] = 0;
	}
}

int mig_setup(struct migrate_vma *args)
{
	if (!args->vma || args->start >= args->end)
		return -EINVAL;
	args->npages = 0;
	args->cpages = 0;
	mig_collect(args);
	mig_lock(args);
	return 0;
}
