// SPDX-License-Identifier: GPL-2.0-only
/*
 * A device driver's fault handler that tests the migrate_vma() call in
 * the if condition and returns on failure.
 */
#include <linux/migrate.h>

struct accel_dev {
	struct device *dev;
	spinlock_t lock;
};

struct page *accel_sys_page_alloc(struct accel_dev *adev,
				  struct vm_area_struct *vma,
				  unsigned long addr);
void accel_dma_copy(struct accel_dev *adev, struct page *dst,
		    struct page *src);

static void accel_fault_alloc_and_copy(struct vm_area_struct *vma,
				       const unsigned long *src,
				       unsigned long *dst,
				       unsigned long start,
				       unsigned long end,
				       void *private)
{
	struct accel_dev *adev = private;
	struct page *dpage;

	if (!(src[0] & MIGRATE_PFN_MIGRATE))
		return;
	dpage = accel_sys_page_alloc(adev, vma, start);
	if (!dpage)
		return;
	lock_page(dpage);
	accel_dma_copy(adev, dpage, migrate_pfn_to_page(src[0]));
	dst[0] = migrate_pfn(page_to_pfn(dpage)) | MIGRATE_PFN_LOCKED;
}

static void accel_fault_finalize_and_map(struct vm_area_struct *vma,
					 const unsigned long *src,
					 const unsigned long *dst,
					 unsigned long start,
					 unsigned long end,
					 void *private)
{
}

static const struct migrate_vma_ops accel_fault_ops = {
	.alloc_and_copy		= accel_fault_alloc_and_copy,
	.finalize_and_map	= accel_fault_finalize_and_map,
};

static vm_fault_t accel_migrate_to_ram(struct vm_fault *vmf)
{
	struct accel_dev *adev = vmf->page->zone_device_data;
	unsigned long src = 0, dst = 0;

	if (migrate_vma(&accel_fault_ops, vmf->vma, vmf->address,
			vmf->address + PAGE_SIZE, &src, &dst, adev) < 0)
		return VM_FAULT_SIGBUS;
	return dst ? 0 : VM_FAULT_OOM;
}

const struct dev_pagemap_ops accel_pagemap_ops = {
	.migrate_to_ram		= accel_migrate_to_ram,
};
