// SPDX-License-Identifier: GPL-2.0-only
/*
 * A GPU driver's device-memory migration in the 5.7-5.8 form, with
 * designated initializers as nouveau's dmem code writes them: the CPU
 * fault handler collects the driver's own device-private pages through
 * src_owner, the system-to-VRAM path has no owner at all.
 * mntest: before=5.7
 */
#include <linux/migrate.h>
#include <linux/memremap.h>

struct gpu_drm {
	struct device *dev;
};

struct gpu_dmem_chunk {
	struct dev_pagemap pagemap;
	struct gpu_drm *drm;
};

struct gpu_drm *page_to_drm(struct page *page);
vm_fault_t gpu_dmem_fault_copy_one(struct gpu_drm *drm, struct vm_fault *vmf,
				   struct migrate_vma *args);
void gpu_dmem_migrate_chunk(struct gpu_drm *drm, struct migrate_vma *args);

static vm_fault_t gpu_dmem_migrate_to_ram(struct vm_fault *vmf)
{
	struct gpu_drm *drm = page_to_drm(vmf->page);
	unsigned long src = 0, dst = 0;
	vm_fault_t ret;
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
	if (!args.cpages)
		return 0;

	ret = gpu_dmem_fault_copy_one(drm, vmf, &args);
	if (ret || dst == 0)
		goto done;
	migrate_vma_pages(&args);
done:
	migrate_vma_finalize(&args);
	return ret;
}

static void gpu_dmem_page_free(struct page *page)
{
}

static const struct dev_pagemap_ops gpu_dmem_pagemap_ops = {
	.page_free		= gpu_dmem_page_free,
	.migrate_to_ram		= gpu_dmem_migrate_to_ram,
};

int gpu_dmem_migrate_vma(struct gpu_drm *drm, struct vm_area_struct *vma,
			 unsigned long start, unsigned long end)
{
	unsigned long npages = (end - start) >> PAGE_SHIFT;
	unsigned long max = min(64UL, npages);
	struct migrate_vma args = {
		.vma		= vma,
		.start		= start,
	};
	unsigned long i;
	int ret = -ENOMEM;

	args.src = kcalloc(max, sizeof(*args.src), GFP_KERNEL);
	if (!args.src)
		goto out;
	args.dst = kcalloc(max, sizeof(*args.dst), GFP_KERNEL);
	if (!args.dst)
		goto out_free_src;

	for (i = 0; i < npages; i += max) {
		args.end = min(end, args.start + (max << PAGE_SHIFT));
		ret = migrate_vma_setup(&args);
		if (ret)
			goto out_free_dst;
		if (args.cpages)
			gpu_dmem_migrate_chunk(drm, &args);
		args.start = args.end;
	}
	ret = 0;
out_free_dst:
	kfree(args.dst);
out_free_src:
	kfree(args.src);
out:
	return ret;
}
