// SPDX-License-Identifier: GPL-2.0-only
/*
 * A driver with two kinds of device memory in the 5.7-5.8 form: VRAM
 * pages come back with src_owner = drm->dev, the pages of its on-chip
 * scratch pool with src_owner = &gpu_scratch_pgmap.  Its system-to-VRAM
 * path could write either: the owners differ, so none is guessed, the
 * SYSTEM flags are set and report mode names both.
 * mntest: before=5.7
 */
#include <linux/migrate.h>
#include <linux/memremap.h>

struct gpu_drm {
	struct device *dev;
};

static struct dev_pagemap gpu_scratch_pgmap;

struct gpu_drm *page_to_drm(struct page *page);

static vm_fault_t gpu_vram_to_ram(struct vm_fault *vmf)
{
	struct gpu_drm *drm = page_to_drm(vmf->page);
	unsigned long src = 0, dst = 0;
	struct migrate_vma args = {
		.vma		= vmf->vma,
		.start		= vmf->address,
		.end		= vmf->address + PAGE_SIZE,
		.src		= &src,
		.dst		= &dst,
		.src_owner	= drm->dev,
	};

	if (migrate_vma_setup(&args) < 0)
		return VM_FAULT_SIGBUS;
	migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}

static vm_fault_t gpu_scratch_to_ram(struct vm_fault *vmf)
{
	unsigned long src = 0, dst = 0;
	struct migrate_vma args = {
		.vma		= vmf->vma,
		.start		= vmf->address,
		.end		= vmf->address + PAGE_SIZE,
		.src		= &src,
		.dst		= &dst,
		.src_owner	= &gpu_scratch_pgmap,
	};

	if (migrate_vma_setup(&args) < 0)
		return VM_FAULT_SIGBUS;
	migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}

static const struct dev_pagemap_ops gpu_vram_ops = {
	.migrate_to_ram		= gpu_vram_to_ram,
};

static const struct dev_pagemap_ops gpu_scratch_ops = {
	.migrate_to_ram		= gpu_scratch_to_ram,
};

int gpu_migrate_to_vram(struct gpu_drm *drm, struct vm_area_struct *vma,
			unsigned long start, unsigned long end,
			unsigned long *src, unsigned long *dst)
{
	struct migrate_vma args = {
		.vma		= vma,
		.start		= start,
		.end		= end,
		.src		= src,
		.dst		= dst,
	};

	if (migrate_vma_setup(&args))
		return -EINVAL;
	migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}
