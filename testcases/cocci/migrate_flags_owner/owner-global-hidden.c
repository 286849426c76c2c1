// SPDX-License-Identifier: GPL-2.0-only
/*
 * A secure-guest memory driver in the 5.7-5.8 form whose owner is a
 * file-scope pgmap, as the powerpc ultravisor code has it: page-out (the
 * migrate_to_ram path) sets mig.src_owner = &guest_pgmap.  Page-in sees
 * the same variable and gets pgmap_owner = &guest_pgmap; the page-in of
 * a second pgmap takes a parameter named guest_pgmap that hides the
 * file's one, so it gets the SYSTEM flags only and a report.
 * mntest: before=5.7
 */
#include <linux/migrate.h>
#include <linux/memremap.h>

static struct dev_pagemap guest_pgmap;

int guest_copy_in(struct migrate_vma *mig, unsigned long gpa);

static int guest_page_in(struct vm_area_struct *vma, unsigned long start,
			 unsigned long gpa)
{
	unsigned long src_pfn, dst_pfn = 0;
	struct migrate_vma mig = { 0 };
	int ret;

	mig.vma = vma;
	mig.start = start;
	mig.end = start + PAGE_SIZE;
	mig.src = &src_pfn;
	mig.dst = &dst_pfn;

	ret = migrate_vma_setup(&mig);
	if (ret)
		return ret;
	ret = guest_copy_in(&mig, gpa);
	migrate_vma_pages(&mig);
	migrate_vma_finalize(&mig);
	return ret;
}

static int guest_page_in_other(struct dev_pagemap *guest_pgmap,
			       struct vm_area_struct *vma,
			       unsigned long start, unsigned long gpa)
{
	unsigned long src_pfn, dst_pfn = 0;
	struct migrate_vma mig = { 0 };

	mig.vma = vma;
	mig.start = start;
	mig.end = start + PAGE_SIZE;
	mig.src = &src_pfn;
	mig.dst = &dst_pfn;
	if (migrate_vma_setup(&mig))
		return -1;
	migrate_vma_pages(&mig);
	migrate_vma_finalize(&mig);
	return 0;
}

static int guest_page_out(struct vm_area_struct *vma, unsigned long start)
{
	unsigned long src_pfn, dst_pfn = 0;
	struct migrate_vma mig = { 0 };

	mig.vma = vma;
	mig.start = start;
	mig.end = start + PAGE_SIZE;
	mig.src = &src_pfn;
	mig.dst = &dst_pfn;
	mig.src_owner = &guest_pgmap;
	if (migrate_vma_setup(&mig))
		return -1;
	migrate_vma_pages(&mig);
	migrate_vma_finalize(&mig);
	return 0;
}

static vm_fault_t guest_migrate_to_ram(struct vm_fault *vmf)
{
	if (guest_page_out(vmf->vma, vmf->address))
		return VM_FAULT_SIGBUS;
	return 0;
}

static const struct dev_pagemap_ops guest_pgmap_ops = {
	.migrate_to_ram	= guest_migrate_to_ram,
};
