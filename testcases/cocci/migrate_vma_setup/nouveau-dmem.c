// SPDX-License-Identifier: GPL-2.0-only
/*
 * A GPU driver's device-memory migration in the 5.1-5.3 form, as nouveau
 * dmem had it: two static ops pairs, one for the CPU fault (one page back
 * to system memory, "if (ret) return") and one for the migration to device
 * memory (a loop over chunks, "if (ret) goto out").
 * mntest: before=5.3
 */
#include <linux/migrate.h>

struct gpu_drm {
	struct device *dev;
	int copy_engine;
};

struct gpu_dmem_fault {
	struct gpu_drm *drm;
	dma_addr_t *dma;
	unsigned long npages;
};

struct gpu_dmem_migrate {
	struct gpu_drm *drm;
	dma_addr_t *dma;
	unsigned long npages;
};

int gpu_copy(struct gpu_drm *drm, unsigned long npages, dma_addr_t dst,
	     dma_addr_t src);
dma_addr_t gpu_page_addr(struct page *page);
struct page *gpu_dmem_page_get(struct gpu_drm *drm);
void gpu_fence_wait(struct gpu_drm *drm);

static void
gpu_dmem_fault_alloc_and_copy(struct vm_area_struct *vma,
			      const unsigned long *src_pfns,
			      unsigned long *dst_pfns,
			      unsigned long start,
			      unsigned long end,
			      void *private)
{
	struct gpu_dmem_fault *fault = private;
	unsigned long addr, i;

	for (addr = start, i = 0; addr < end; addr += PAGE_SIZE, i++) {
		struct page *spage = migrate_pfn_to_page(src_pfns[i]);
		struct page *dpage;

		if (!spage || !(src_pfns[i] & MIGRATE_PFN_MIGRATE))
			continue;
		dpage = alloc_page_vma(GFP_HIGHUSER, vma, addr);
		if (!dpage) {
			dst_pfns[i] = 0;
			continue;
		}
		lock_page(dpage);
		dst_pfns[i] = migrate_pfn(page_to_pfn(dpage)) |
			      MIGRATE_PFN_LOCKED;
		gpu_copy(fault->drm, 1, gpu_page_addr(dpage),
			 gpu_page_addr(spage));
		fault->npages++;
	}
}

static void
gpu_dmem_fault_finalize_and_map(struct vm_area_struct *vma,
				const unsigned long *src_pfns,
				const unsigned long *dst_pfns,
				unsigned long start,
				unsigned long end,
				void *private)
{
	struct gpu_dmem_fault *fault = private;

	if (fault->npages)
		gpu_fence_wait(fault->drm);
}

static const struct migrate_vma_ops gpu_dmem_fault_migrate_ops = {
	.alloc_and_copy		= gpu_dmem_fault_alloc_and_copy,
	.finalize_and_map	= gpu_dmem_fault_finalize_and_map,
};

static vm_fault_t gpu_dmem_migrate_to_ram(struct vm_fault *vmf)
{
	struct gpu_drm *drm = vmf->page->zone_device_data;
	unsigned long src[1] = {0}, dst[1] = {0};
	struct gpu_dmem_fault fault = { .drm = drm };
	int ret;

	/*
	 * Only the faulting page for now: neighbours are likely to fault
	 * too, a heuristic could move more of them.
	 */
	ret = migrate_vma(&gpu_dmem_fault_migrate_ops, vmf->vma,
			  vmf->address, vmf->address + PAGE_SIZE,
			  src, dst, &fault);
	if (ret)
		return VM_FAULT_SIGBUS;

	if (!dst[0])
		return VM_FAULT_SIGBUS;

	return 0;
}

const struct dev_pagemap_ops gpu_dmem_pagemap_ops = {
	.migrate_to_ram		= gpu_dmem_migrate_to_ram,
};

static void
gpu_dmem_migrate_alloc_and_copy(struct vm_area_struct *vma,
				const unsigned long *src_pfns,
				unsigned long *dst_pfns,
				unsigned long start,
				unsigned long end,
				void *private)
{
	struct gpu_dmem_migrate *migrate = private;
	unsigned long addr, i;

	for (addr = start, i = 0; addr < end; addr += PAGE_SIZE, i++) {
		struct page *spage = migrate_pfn_to_page(src_pfns[i]);
		struct page *dpage;

		if (!(src_pfns[i] & MIGRATE_PFN_MIGRATE))
			continue;
		dpage = gpu_dmem_page_get(migrate->drm);
		if (!dpage) {
			dst_pfns[i] = 0;
			continue;
		}
		dst_pfns[i] = migrate_pfn(page_to_pfn(dpage)) |
			      MIGRATE_PFN_LOCKED;
		if (spage)
			gpu_copy(migrate->drm, 1, gpu_page_addr(dpage),
				 gpu_page_addr(spage));
		migrate->npages++;
	}
}

static void
gpu_dmem_migrate_finalize_and_map(struct vm_area_struct *vma,
				  const unsigned long *src_pfns,
				  const unsigned long *dst_pfns,
				  unsigned long start,
				  unsigned long end,
				  void *private)
{
	struct gpu_dmem_migrate *migrate = private;

	if (migrate->npages)
		gpu_fence_wait(migrate->drm);
	migrate->npages = 0;
}

static const struct migrate_vma_ops gpu_dmem_migrate_ops = {
	.alloc_and_copy		= gpu_dmem_migrate_alloc_and_copy,
	.finalize_and_map	= gpu_dmem_migrate_finalize_and_map,
};

int gpu_dmem_migrate_vma(struct gpu_drm *drm, struct vm_area_struct *vma,
			 unsigned long start, unsigned long end)
{
	unsigned long *src_pfns, *dst_pfns, npages;
	struct gpu_dmem_migrate migrate = { .drm = drm };
	unsigned long addr, next;
	int ret = -ENOMEM;

	npages = (end - start) >> PAGE_SHIFT;
	npages = min(npages, 512UL);
	src_pfns = kmalloc_array(npages, sizeof(*src_pfns), GFP_KERNEL);
	if (!src_pfns)
		return -ENOMEM;
	dst_pfns = kmalloc_array(npages, sizeof(*dst_pfns), GFP_KERNEL);
	if (!dst_pfns)
		goto out_src;

	for (addr = start; addr < end; addr = next) {
		next = min(end, addr + (npages << PAGE_SHIFT));

		ret = migrate_vma(&gpu_dmem_migrate_ops, vma, addr, next,
				  src_pfns, dst_pfns, &migrate);
		if (ret)
			goto out;
	}

out:
	kfree(dst_pfns);
out_src:
	kfree(src_pfns);
	return ret;
}
