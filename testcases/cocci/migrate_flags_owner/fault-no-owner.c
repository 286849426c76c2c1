// SPDX-License-Identifier: GPL-2.0-only
/*
 * A device-memory driver written for 5.4-5.6, before src_owner existed:
 * migrate_vma_setup() then collected device-private pages of any owner,
 * so the CPU-fault path (the migrate_to_ram handler and the helper it
 * calls) set no owner.  MIGRATE_VMA_SELECT_SYSTEM would collect nothing
 * there: both are reported with the owner to fill in and left alone.  The
 * system-to-device migration of the same driver gets SYSTEM.
 * mntest: before=5.4 after=-
 */
#include <linux/migrate.h>
#include <linux/memremap.h>

struct devmem_chunk {
	struct dev_pagemap pagemap;
	struct device *dev;
};

struct devmem_chunk *page_to_chunk(struct page *page);
int devmem_copy_to_host(struct devmem_chunk *chunk, struct migrate_vma *args);

static int devmem_evict_page(struct devmem_chunk *chunk,
			     struct vm_area_struct *vma, unsigned long addr)
{
	unsigned long src = 0, dst = 0;
	struct migrate_vma args;
	int ret;

	memset(&args, 0, sizeof(args));
	args.vma = vma;
	args.start = addr;
	args.end = addr + PAGE_SIZE;
	args.src = &src;
	args.dst = &dst;
	ret = migrate_vma_setup(&args);
	if (ret)
		return ret;
	if (args.cpages && !devmem_copy_to_host(chunk, &args))
		migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}

static vm_fault_t devmem_migrate_to_ram(struct vm_fault *vmf)
{
	struct devmem_chunk *chunk = page_to_chunk(vmf->page);
	unsigned long src = 0, dst = 0;
	struct migrate_vma args = {
		.vma		= vmf->vma,
		.start		= vmf->address,
		.end		= vmf->address + PAGE_SIZE,
		.src		= &src,
		.dst		= &dst,
	};

	if (vmf->address & 1)
		return devmem_evict_page(chunk, vmf->vma, vmf->address) ?
			VM_FAULT_SIGBUS : 0;
	if (migrate_vma_setup(&args) < 0)
		return VM_FAULT_SIGBUS;
	if (!args.cpages)
		return 0;
	if (!devmem_copy_to_host(chunk, &args))
		migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}

static void devmem_page_free(struct page *page)
{
}

static const struct dev_pagemap_ops devmem_pagemap_ops = {
	.page_free	= devmem_page_free,
	.migrate_to_ram	= devmem_migrate_to_ram,
};

static void devmem_chunk_init(struct devmem_chunk *chunk)
{
	chunk->pagemap.type = MEMORY_DEVICE_PRIVATE;
	chunk->pagemap.ops = &devmem_pagemap_ops;
}

/* System to device: SYSTEM is right here. */
static int devmem_migrate_range(struct vm_area_struct *vma,
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
