// SPDX-License-Identifier: GPL-2.0-only
/*
 * Secure-guest page-in and page-out in the 5.14 form, as a powerpc
 * ultravisor driver writes them: a single-page migration whose dst entry
 * is written through the struct (*mig.dst), once under an if/else.
 */
#include <linux/migrate.h>

struct kvm_guest {
	unsigned long lpid;
};

static struct dev_pagemap uvmem_pgmap;

int uv_page_in(unsigned long lpid, unsigned long src, unsigned long gpa);
int uv_page_out(unsigned long lpid, unsigned long dst, unsigned long gpa);
struct page *uvmem_get_page(unsigned long gpa, struct kvm_guest *kvm);

static int svm_page_in(struct vm_area_struct *vma, unsigned long start,
		       unsigned long end, unsigned long gpa,
		       struct kvm_guest *kvm)
{
	unsigned long src_pfn, dst_pfn = 0;
	struct migrate_vma mig = { 0 };
	struct page *dpage;
	int ret;

	mig.vma = vma;
	mig.start = start;
	mig.end = end;
	mig.src = &src_pfn;
	mig.dst = &dst_pfn;
	mig.flags = MIGRATE_VMA_SELECT_SYSTEM;

	ret = migrate_vma_setup(&mig);
	if (ret)
		return ret;

	if (!(*mig.src & MIGRATE_PFN_MIGRATE)) {
		ret = -1;
		goto out_finalize;
	}

	dpage = uvmem_get_page(gpa, kvm);
	if (!dpage) {
		ret = -1;
		goto out_finalize;
	}
	*mig.dst = migrate_pfn(page_to_pfn(dpage)) | MIGRATE_PFN_LOCKED;
	migrate_vma_pages(&mig);
out_finalize:
	migrate_vma_finalize(&mig);
	return ret;
}

static int svm_page_out(struct vm_area_struct *vma, unsigned long start,
			unsigned long end, unsigned long gpa,
			struct kvm_guest *kvm)
{
	unsigned long src_pfn, dst_pfn = 0;
	struct migrate_vma mig = { 0 };
	struct page *dpage;
	unsigned long pfn;
	int ret;

	mig.vma = vma;
	mig.start = start;
	mig.end = end;
	mig.src = &src_pfn;
	mig.dst = &dst_pfn;
	mig.pgmap_owner = &uvmem_pgmap;
	mig.flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;

	ret = migrate_vma_setup(&mig);
	if (ret)
		return -1;

	dpage = alloc_page_vma(GFP_HIGHUSER, vma, start);
	if (!dpage) {
		ret = -1;
		goto out_finalize;
	}
	lock_page(dpage);
	pfn = page_to_pfn(dpage);

	ret = uv_page_out(kvm->lpid, pfn << PAGE_SHIFT, gpa);
	if (ret == 0)
		*mig.dst = migrate_pfn(pfn) | MIGRATE_PFN_LOCKED;
	else {
		unlock_page(dpage);
		__free_page(dpage);
		goto out_finalize;
	}
	migrate_vma_pages(&mig);
out_finalize:
	migrate_vma_finalize(&mig);
	return ret;
}
