// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: a driver already in the 5.4 form (the shape
 * nouveau dmem got from "mm: turn migrate_vma upside down"), with its own
 * alloc-and-copy and finalize helpers taking the struct migrate_vma.
 * mntest: before=5.4 after=5.4
 */
#include <linux/migrate.h>

struct gpu_drm {
	struct device *dev;
};

struct page *gpu_dmem_page_get(struct gpu_drm *drm);
void gpu_fence_wait(struct gpu_drm *drm);

static void gpu_migrate_alloc_and_copy(struct gpu_drm *drm,
				       struct migrate_vma *args)
{
	unsigned long i;

	for (i = 0; i < args->npages; i++) {
		struct page *dpage;

		if (!(args->src[i] & MIGRATE_PFN_MIGRATE))
			continue;
		dpage = gpu_dmem_page_get(drm);
		if (dpage)
			args->dst[i] = migrate_pfn(page_to_pfn(dpage)) |
				       MIGRATE_PFN_LOCKED;
	}
}

static void gpu_migrate_finalize_and_map(struct gpu_drm *drm,
					 struct migrate_vma *args)
{
	gpu_fence_wait(drm);
}

int gpu_dmem_migrate_vma(struct gpu_drm *drm, struct vm_area_struct *vma,
			 unsigned long start, unsigned long end,
			 unsigned long *src, unsigned long *dst)
{
	struct migrate_vma args = {
		.vma	= vma,
		.start	= start,
		.end	= end,
		.src	= src,
		.dst	= dst,
	};
	int ret;

	ret = migrate_vma_setup(&args);
	if (ret)
		return ret;
	if (args.cpages) {
		gpu_migrate_alloc_and_copy(drm, &args);
		migrate_vma_pages(&args);
		gpu_migrate_finalize_and_map(drm, &args);
		migrate_vma_finalize(&args);
	}
	return 0;
}
