// SPDX-License-Identifier: GPL-2.0-only
/*
 * A GPU driver's VRAM migration in the 5.14 form, as nouveau's dmem code
 * has it: the copy helper returns the dst entry (the caller stores it),
 * and the CPU-fault path writes args->dst[0] directly.
 */
#include <linux/migrate.h>

struct gpu_drm {
	struct device *dev;
};

struct page *gpu_dmem_page_alloc(struct gpu_drm *drm);
int gpu_dmem_copy(struct gpu_drm *drm, struct page *dpage, struct page *spage);

static unsigned long gpu_dmem_migrate_copy_one(struct gpu_drm *drm,
					       unsigned long src)
{
	struct page *dpage, *spage;

	spage = migrate_pfn_to_page(src);
	if (!(src & MIGRATE_PFN_MIGRATE))
		return 0;

	dpage = gpu_dmem_page_alloc(drm);
	if (!dpage)
		return 0;
	if (spage && gpu_dmem_copy(drm, dpage, spage))
		return 0;
	return migrate_pfn(page_to_pfn(dpage)) | MIGRATE_PFN_LOCKED;
}

static void gpu_dmem_migrate_chunk(struct gpu_drm *drm,
				   struct migrate_vma *args)
{
	unsigned long i;

	for (i = 0; i < args->npages; i++)
		args->dst[i] = gpu_dmem_migrate_copy_one(drm, args->src[i]);
	migrate_vma_pages(args);
	migrate_vma_finalize(args);
}

static vm_fault_t gpu_dmem_fault_copy_one(struct gpu_drm *drm,
					  struct migrate_vma *args)
{
	struct page *dpage, *spage;

	spage = migrate_pfn_to_page(args->src[0]);
	if (!spage || !(args->src[0] & MIGRATE_PFN_MIGRATE))
		return 0;

	dpage = alloc_page_vma(GFP_HIGHUSER, args->vma, args->start);
	if (!dpage)
		return VM_FAULT_SIGBUS;
	lock_page(dpage);
	if (gpu_dmem_copy(drm, dpage, spage)) {
		__free_page(dpage);
		return VM_FAULT_SIGBUS;
	}

	args->dst[0] = migrate_pfn(page_to_pfn(dpage)) | MIGRATE_PFN_LOCKED;
	return 0;
}
