// SPDX-License-Identifier: GPL-2.0-only
/*
 * A file shaped like mm/migrate.c of 5.8, which implements the
 * migrate_vma API: its setup checks the arguments and its collection walk
 * takes a device-private page only when its owner is src_owner.  A
 * helper of the same file also migrates a range back itself, filling a
 * struct migrate_vma with src_owner as a driver would.  The 5.9 core
 * commit rewrote all of it with the struct; the step, which converts the
 * drivers, leaves this file alone (the output still builds at 5.8).
 *
 * mntest: path=mm/migrate.c before=5.8 after=5.8
 */
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/migrate.h>

void *mig_page_owner(unsigned long pfn);
void mig_walk_ptes(struct migrate_vma *migrate);

static bool mig_want_page(struct migrate_vma *migrate, unsigned long pfn,
			  bool device_private)
{
	if (!device_private)
		return !migrate->src_owner;
	return mig_page_owner(pfn) == migrate->src_owner;
}

int mig_setup(struct migrate_vma *args)
{
	if (!args->vma || args->start >= args->end)
		return -EINVAL;
	args->npages = 0;
	args->cpages = 0;
	mig_walk_ptes(args);
	return mig_want_page(args, 0, false) ? 0 : -EBUSY;
}

int mig_evict_range(struct vm_area_struct *vma, unsigned long start,
		    unsigned long end, unsigned long *src, unsigned long *dst,
		    void *owner)
{
	struct migrate_vma args = {
		.vma		= vma,
		.start		= start,
		.end		= end,
		.src		= src,
		.dst		= dst,
		.src_owner	= owner,
	};

	return mig_setup(&args);
}
