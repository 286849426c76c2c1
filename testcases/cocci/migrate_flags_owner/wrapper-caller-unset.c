// SPDX-License-Identifier: GPL-2.0-only
/*
 * A migration helper that sets up the struct its callers hand it: one
 * caller gives its struct a src_owner (converted to pgmap_owner plus
 * flags), another gives none.  The setup stays reported, and the report
 * names the caller that sets nothing.
 * mntest: before=5.7
 */
#include <linux/migrate.h>
#include <linux/memremap.h>

struct npu_dev {
	struct dev_pagemap pgmap;
	unsigned long moved;
};

static int npu_migrate_range(struct migrate_vma *args)
{
	int ret;

	ret = migrate_vma_setup(args);
	if (ret)
		return ret;
	migrate_vma_pages(args);
	migrate_vma_finalize(args);
	return 0;
}

int npu_to_ram(struct npu_dev *ndev, struct vm_area_struct *vma,
	       unsigned long addr, unsigned long *src, unsigned long *dst)
{
	struct migrate_vma args = {
		.vma		= vma,
		.start		= addr,
		.end		= addr + PAGE_SIZE,
		.src		= src,
		.dst		= dst,
		.src_owner	= ndev,
	};

	return npu_migrate_range(&args);
}

int npu_to_device(struct vm_area_struct *vma, unsigned long start,
		  unsigned long end, unsigned long *src, unsigned long *dst)
{
	struct migrate_vma args = {
		.vma	= vma,
		.start	= start,
		.end	= end,
		.src	= src,
		.dst	= dst,
	};

	return npu_migrate_range(&args);
}
