// SPDX-License-Identifier: GPL-2.0-only
/*
 * A GPU driver in the 5.7-5.8 form whose helpers migrate both ways in one
 * function, as a VRAM defragmenting pass would: pages come back with
 * src_owner = drm->dev, then go out again with no owner.  In
 * gpu_dmem_bounce() drm is the parameter, valid in the whole body: the
 * way out gets pgmap_owner = drm->dev.  In gpu_dmem_cycle() drm is a
 * local, which the step does not follow into blocks: reported.
 * gpu_prefetch(), with its one struct gpu_drm * parameter, gets
 * gdrm->dev.
 * mntest: before=5.7
 */
#include <linux/migrate.h>
#include <linux/memremap.h>

struct gpu_drm {
	struct device *dev;
};

struct gpu_drm *page_to_drm(struct page *page);

int gpu_dmem_bounce(struct gpu_drm *drm, struct vm_area_struct *vma,
		    unsigned long start, unsigned long *src,
		    unsigned long *dst)
{
	struct migrate_vma back = {
		.vma		= vma,
		.start		= start,
		.end		= start + PAGE_SIZE,
		.src		= src,
		.dst		= dst,
		.src_owner	= drm->dev,
	};
	struct migrate_vma there = {
		.vma		= vma,
		.start		= start,
		.end		= start + PAGE_SIZE,
		.src		= src,
		.dst		= dst,
	};

	if (migrate_vma_setup(&back))
		return -EINVAL;
	migrate_vma_pages(&back);
	migrate_vma_finalize(&back);
	if (migrate_vma_setup(&there))
		return -EINVAL;
	migrate_vma_pages(&there);
	migrate_vma_finalize(&there);
	return 0;
}

int gpu_dmem_cycle(struct page *page, struct vm_area_struct *vma,
		   unsigned long start, unsigned long *src,
		   unsigned long *dst)
{
	struct gpu_drm *drm = page_to_drm(page);
	struct migrate_vma back = {
		.vma		= vma,
		.start		= start,
		.end		= start + PAGE_SIZE,
		.src		= src,
		.dst		= dst,
		.src_owner	= drm->dev,
	};
	struct migrate_vma there = {
		.vma		= vma,
		.start		= start,
		.end		= start + PAGE_SIZE,
		.src		= src,
		.dst		= dst,
	};

	if (migrate_vma_setup(&back))
		return -EINVAL;
	migrate_vma_pages(&back);
	migrate_vma_finalize(&back);
	if (migrate_vma_setup(&there))
		return -EINVAL;
	migrate_vma_pages(&there);
	migrate_vma_finalize(&there);
	return 0;
}

int gpu_prefetch(struct gpu_drm *gdrm, struct vm_area_struct *vma,
		 unsigned long start, unsigned long *src, unsigned long *dst)
{
	struct migrate_vma args = {
		.vma		= vma,
		.start		= start,
		.end		= start + PAGE_SIZE,
		.src		= src,
		.dst		= dst,
	};

	if (migrate_vma_setup(&args))
		return -EINVAL;
	migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}
