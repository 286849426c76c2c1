// SPDX-License-Identifier: GPL-2.0-only
/*
 * Secure-guest page-in and page-out in the 5.7-5.8 form, as the powerpc
 * ultravisor code writes them: the struct is cleared (memset, or = { 0 })
 * and filled by assignments; page-out, reached from the migrate_to_ram
 * handler, collects the driver's own pages through mig.src_owner, page-in
 * has no owner.  Page-in gets the file-scope owner too; upstream left
 * powerpc's page-in without one (no notifier there filters on it), so
 * this differs from upstream, harmlessly.
 * mntest: before=5.7
 */
#include <linux/migrate.h>
#include <linux/memremap.h>

struct kvm_guest {
	unsigned long lpid;
};

static struct dev_pagemap uvmem_pgmap;

struct page *uvmem_get_page(unsigned long gpa, struct kvm_guest *kvm);
int uv_page_out(unsigned long lpid, unsigned long pfn, unsigned long gpa);
struct kvm_guest *uvmem_page_guest(struct page *page);
unsigned long uvmem_page_gpa(struct page *page);

static int svm_page_in(struct vm_area_struct *vma, unsigned long start,
		       unsigned long end, unsigned long gpa,
		       struct kvm_guest *kvm)
{
	unsigned long src_pfn, dst_pfn = 0;
	struct migrate_vma mig;
	struct page *dpage;
	int ret = 0;

	memset(&mig, 0, sizeof(mig));
	mig.vma = vma;
	mig.start = start;
	mig.end = end;
	mig.src = &src_pfn;
	mig.dst = &dst_pfn;

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
	int ret;

	mig.vma = vma;
	mig.start = start;
	mig.end = end;
	mig.src = &src_pfn;
	mig.dst = &dst_pfn;
	mig.src_owner = &uvmem_pgmap;

	ret = migrate_vma_setup(&mig);
	if (ret)
		return -1;

	dpage = alloc_page_vma(GFP_HIGHUSER, vma, start);
	if (!dpage) {
		ret = -1;
		goto out_finalize;
	}
	lock_page(dpage);
	ret = uv_page_out(kvm->lpid, page_to_pfn(dpage), gpa);
	if (ret) {
		unlock_page(dpage);
		__free_page(dpage);
		goto out_finalize;
	}
	*mig.dst = migrate_pfn(page_to_pfn(dpage)) | MIGRATE_PFN_LOCKED;
	migrate_vma_pages(&mig);
out_finalize:
	migrate_vma_finalize(&mig);
	return ret;
}

static vm_fault_t uvmem_migrate_to_ram(struct vm_fault *vmf)
{
	struct kvm_guest *kvm = uvmem_page_guest(vmf->page);

	if (svm_page_out(vmf->vma, vmf->address, vmf->address + PAGE_SIZE,
			 uvmem_page_gpa(vmf->page), kvm))
		return VM_FAULT_SIGBUS;
	return 0;
}

static const struct dev_pagemap_ops uvmem_ops = {
	.migrate_to_ram	= uvmem_migrate_to_ram,
};
