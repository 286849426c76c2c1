// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched and unreported: a migration helper that runs
 * migrate_vma_setup() on the struct its callers hand it, and whose every
 * caller sets flags and pgmap_owner first (one in its initializer, one by
 * assignments), as a module written for 5.9 and later does.
 * mntest: before=5.9 after=5.9
 */
#include <linux/migrate.h>
#include <linux/memremap.h>

struct vpu_dev {
	struct dev_pagemap pgmap;
	unsigned long moved;
};

static int vpu_migrate_range(struct vpu_dev *vdev, struct migrate_vma *args)
{
	int ret;

	ret = migrate_vma_setup(args);
	if (ret)
		return ret;
	if (args->cpages) {
		migrate_vma_pages(args);
		vdev->moved += args->cpages;
	}
	migrate_vma_finalize(args);
	return 0;
}

int vpu_to_device(struct vpu_dev *vdev, struct vm_area_struct *vma,
		  unsigned long start, unsigned long end,
		  unsigned long *src, unsigned long *dst)
{
	struct migrate_vma args = {
		.vma		= vma,
		.start		= start,
		.end		= end,
		.src		= src,
		.dst		= dst,
		.pgmap_owner	= vdev,
		.flags		= MIGRATE_VMA_SELECT_SYSTEM,
	};

	return vpu_migrate_range(vdev, &args);
}

int vpu_to_ram(struct vpu_dev *vdev, struct vm_area_struct *vma,
	       unsigned long addr, unsigned long *src, unsigned long *dst)
{
	struct migrate_vma args = { };

	args.vma = vma;
	args.start = addr;
	args.end = addr + PAGE_SIZE;
	args.src = src;
	args.dst = dst;
	args.pgmap_owner = vdev;
	args.flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;
	return vpu_migrate_range(vdev, &args);
}
