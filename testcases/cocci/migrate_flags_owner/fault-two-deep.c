// SPDX-License-Identifier: GPL-2.0-only
/*
 * A 5.4-5.6 driver whose CPU-fault path goes two calls deep before it sets
 * up its migration: the migrate_to_ram handler calls a range helper, which
 * calls the function that fills the struct migrate_vma.  That struct is on
 * the device-to-system path too, so it is reported with the owner to fill
 * in and left alone, like one set up in the handler itself.
 * mntest: before=5.4 after=-
 */
#include <linux/migrate.h>
#include <linux/memremap.h>

struct devx_block {
	struct dev_pagemap pagemap;
	unsigned long nr_pages;
};

struct devx_block *devx_page_block(struct page *page);
int devx_copy_back(struct devx_block *blk, struct migrate_vma *mig);

static int devx_evict_one(struct devx_block *blk, struct vm_area_struct *vma,
			  unsigned long addr)
{
	unsigned long src = 0, dst = 0;
	struct migrate_vma mig;
	int ret;

	memset(&mig, 0, sizeof(mig));
	mig.vma = vma;
	mig.start = addr;
	mig.end = addr + PAGE_SIZE;
	mig.src = &src;
	mig.dst = &dst;
	ret = migrate_vma_setup(&mig);
	if (ret)
		return ret;
	if (mig.cpages && !devx_copy_back(blk, &mig))
		migrate_vma_pages(&mig);
	migrate_vma_finalize(&mig);
	return 0;
}

static int devx_fault_range(struct devx_block *blk, struct vm_fault *vmf)
{
	return devx_evict_one(blk, vmf->vma, vmf->address & PAGE_MASK);
}

static vm_fault_t devx_migrate_to_ram(struct vm_fault *vmf)
{
	struct devx_block *blk = devx_page_block(vmf->page);

	return devx_fault_range(blk, vmf) ? VM_FAULT_SIGBUS : 0;
}

static void devx_page_free(struct page *page)
{
}

static const struct dev_pagemap_ops devx_pagemap_ops = {
	.page_free	= devx_page_free,
	.migrate_to_ram	= devx_migrate_to_ram,
};

void devx_init_pagemap(struct devx_block *blk)
{
	blk->pagemap.ops = &devx_pagemap_ops;
}
