// SPDX-License-Identifier: GPL-2.0-only
/*
 * A device-mirror test driver in the 5.7-5.8 form, as lib/test_hmm.c
 * writes it: the struct is filled field by field in a loop, with an
 * explicit NULL owner when migrating system memory to the device, and the
 * device's own owner in the CPU-fault handler.
 * mntest: before=5.7
 */
#include <linux/migrate.h>
#include <linux/memremap.h>
#include <linux/mm.h>

struct mirror_device {
	struct dev_pagemap pagemap;
};

struct mirror {
	struct mirror_device *mdevice;
	struct mm_struct *mm;
};

void mirror_migrate_alloc_and_copy(struct migrate_vma *args,
				   struct mirror *mirror);
vm_fault_t mirror_fault_alloc_and_copy(struct migrate_vma *args,
				       struct mirror *mirror);
struct mirror *page_to_mirror(struct page *page);

static int mirror_migrate(struct mirror *mirror, unsigned long start,
			  unsigned long end)
{
	struct mm_struct *mm = mirror->mm;
	unsigned long src_pfns[64];
	unsigned long dst_pfns[64];
	struct vm_area_struct *vma;
	struct migrate_vma args;
	unsigned long addr, next;
	int ret = 0;

	mmap_read_lock(mm);
	for (addr = start; addr < end; addr = next) {
		vma = find_vma(mm, addr);
		if (!vma || addr < vma->vm_start) {
			ret = -EINVAL;
			break;
		}
		next = min(end, addr + (ARRAY_SIZE(src_pfns) << PAGE_SHIFT));
		if (next > vma->vm_end)
			next = vma->vm_end;

		args.vma = vma;
		args.src = src_pfns;
		args.dst = dst_pfns;
		args.start = addr;
		args.end = next;
		args.src_owner = NULL;
		ret = migrate_vma_setup(&args);
		if (ret)
			break;

		mirror_migrate_alloc_and_copy(&args, mirror);
		migrate_vma_pages(&args);
		migrate_vma_finalize(&args);
	}
	mmap_read_unlock(mm);
	return ret;
}

static vm_fault_t mirror_devmem_fault(struct vm_fault *vmf)
{
	struct mirror *mirror = page_to_mirror(vmf->page);
	unsigned long src_pfns;
	unsigned long dst_pfns;
	struct migrate_vma args;
	vm_fault_t ret;

	args.vma = vmf->vma;
	args.start = vmf->address;
	args.end = args.start + PAGE_SIZE;
	args.src = &src_pfns;
	args.dst = &dst_pfns;
	args.src_owner = mirror->mdevice;

	if (migrate_vma_setup(&args))
		return VM_FAULT_SIGBUS;

	ret = mirror_fault_alloc_and_copy(&args, mirror);
	if (ret)
		return ret;
	migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}

static const struct dev_pagemap_ops mirror_devmem_ops = {
	.migrate_to_ram	= mirror_devmem_fault,
};
