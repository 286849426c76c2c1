// SPDX-License-Identifier: GPL-2.0-only
/*
 * A device-mirror driver in the 5.7-5.8 form, after lib/test_hmm.c: an
 * interval notifier mirrors the process, the CPU-fault handler migrates
 * the driver's own pages back through src_owner = dm->mdevice (dm a
 * local), and two system-to-device paths in other functions have no owner
 * at all: one fills the struct field by field, one with a designated
 * initializer, each taking the mirror as a parameter under another name.
 * Both get pgmap_owner = <their parameter>->mdevice, and report mode
 * points at the notifier callback that could now skip the driver's own
 * MMU_NOTIFY_MIGRATE invalidations.
 * mntest: before=5.7
 */
#include <linux/migrate.h>
#include <linux/memremap.h>
#include <linux/mmu_notifier.h>
#include <linux/mm.h>

struct mirror_device {
	struct dev_pagemap pagemap;
};

struct mirror {
	struct mmu_interval_notifier notifier;
	struct mirror_device *mdevice;
	struct mm_struct *mm;
};

struct mirror *notifier_to_mirror(struct mmu_interval_notifier *mni);
struct mirror *page_to_mirror(struct page *page);
void mirror_unmap_range(struct mirror *m, unsigned long start,
			unsigned long end);
void mirror_copy_to_device(struct migrate_vma *args, struct mirror *m);
vm_fault_t mirror_copy_to_ram(struct migrate_vma *args, struct mirror *m);

static bool mirror_interval_invalidate(struct mmu_interval_notifier *mni,
				       const struct mmu_notifier_range *range,
				       unsigned long cur_seq)
{
	struct mirror *m = notifier_to_mirror(mni);

	mmu_interval_set_seq(mni, cur_seq);
	mirror_unmap_range(m, range->start, range->end);
	return true;
}

static const struct mmu_interval_notifier_ops mirror_min_ops = {
	.invalidate = mirror_interval_invalidate,
};

static int mirror_migrate_to_device(struct mirror *mirror,
				    struct vm_area_struct *vma,
				    unsigned long start, unsigned long end)
{
	unsigned long src_pfns[64];
	unsigned long dst_pfns[64];
	struct migrate_vma args;
	int ret;

	args.vma = vma;
	args.src = src_pfns;
	args.dst = dst_pfns;
	args.start = start;
	args.end = end;
	ret = migrate_vma_setup(&args);
	if (ret)
		return ret;

	mirror_copy_to_device(&args, mirror);
	migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}

static int mirror_prefetch_page(struct vm_area_struct *vma,
				struct mirror *dmi, unsigned long addr)
{
	unsigned long src = 0, dst = 0;
	struct migrate_vma args = {
		.vma	= vma,
		.start	= addr,
		.end	= addr + PAGE_SIZE,
		.src	= &src,
		.dst	= &dst,
	};

	if (migrate_vma_setup(&args))
		return -EFAULT;
	mirror_copy_to_device(&args, dmi);
	migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}

static vm_fault_t mirror_devmem_fault(struct vm_fault *vmf)
{
	struct mirror *dm = page_to_mirror(vmf->page);
	unsigned long src_pfns;
	unsigned long dst_pfns;
	struct migrate_vma args;
	vm_fault_t ret;

	args.vma = vmf->vma;
	args.start = vmf->address;
	args.end = args.start + PAGE_SIZE;
	args.src = &src_pfns;
	args.dst = &dst_pfns;
	args.src_owner = dm->mdevice;

	if (migrate_vma_setup(&args))
		return VM_FAULT_SIGBUS;

	ret = mirror_copy_to_ram(&args, dm);
	if (ret)
		return ret;
	migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}

static const struct dev_pagemap_ops mirror_devmem_ops = {
	.migrate_to_ram	= mirror_devmem_fault,
};
