// SPDX-License-Identifier: GPL-2.0-only
/*
 * The HMM dummy mirror driver of the HMM patch series: a helper that
 * returns the migrate_vma() result to its ioctl.  The conversion adds
 * "int ret;" and keeps the error code.
 */
#include <linux/migrate.h>

struct dmirror_device {
	struct device *dev;
	struct xarray pages;
};

struct dmirror {
	struct dmirror_device *mdevice;
	struct mutex mutex;
};

struct page *dmirror_devmem_alloc_page(struct dmirror_device *mdevice);

static void dmirror_migrate_alloc_and_copy(struct vm_area_struct *vma,
					   const unsigned long *src,
					   unsigned long *dst,
					   unsigned long start,
					   unsigned long end,
					   void *private)
{
	struct dmirror *dmirror = private;
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE, src++, dst++) {
		struct page *dpage;

		if (!(*src & MIGRATE_PFN_MIGRATE))
			continue;
		dpage = dmirror_devmem_alloc_page(dmirror->mdevice);
		if (!dpage)
			continue;
		lock_page(dpage);
		*dst = migrate_pfn(page_to_pfn(dpage)) | MIGRATE_PFN_LOCKED;
	}
}

static void dmirror_migrate_finalize_and_map(struct vm_area_struct *vma,
					     const unsigned long *src,
					     const unsigned long *dst,
					     unsigned long start,
					     unsigned long end,
					     void *private)
{
	struct dmirror *dmirror = private;
	unsigned long addr;

	mutex_lock(&dmirror->mutex);
	for (addr = start; addr < end; addr += PAGE_SIZE, src++, dst++) {
		if (!(*dst & MIGRATE_PFN_VALID))
			continue;
		xa_store(&dmirror->mdevice->pages, addr >> PAGE_SHIFT,
			 migrate_pfn_to_page(*dst), GFP_ATOMIC);
	}
	mutex_unlock(&dmirror->mutex);
}

static const struct migrate_vma_ops dmirror_migrate_ops = {
	.alloc_and_copy		= dmirror_migrate_alloc_and_copy,
	.finalize_and_map	= dmirror_migrate_finalize_and_map,
};

static int dmirror_migrate_range(struct dmirror *dmirror,
				 struct vm_area_struct *vma,
				 unsigned long start, unsigned long end,
				 unsigned long *src_pfns,
				 unsigned long *dst_pfns)
{
	if (end > vma->vm_end)
		return -EINVAL;
	return migrate_vma(&dmirror_migrate_ops, vma, start, end,
			   src_pfns, dst_pfns, dmirror);
}

int dmirror_migrate(struct dmirror *dmirror, struct mm_struct *mm,
		    unsigned long start, unsigned long end)
{
	unsigned long src_pfns[64], dst_pfns[64];
	struct vm_area_struct *vma;
	int ret;

	down_read(&mm->mmap_sem);
	vma = find_vma(mm, start);
	if (!vma || start < vma->vm_start) {
		up_read(&mm->mmap_sem);
		return -EINVAL;
	}
	ret = dmirror_migrate_range(dmirror, vma, start,
				    min(end, start + 64 * PAGE_SIZE),
				    src_pfns, dst_pfns);
	up_read(&mm->mmap_sem);
	return ret;
}
