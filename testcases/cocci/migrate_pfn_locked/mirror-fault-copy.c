// SPDX-License-Identifier: GPL-2.0-only
/*
 * The CPU-fault copy of a device-mirror driver in the 5.14 form, as the
 * HMM test driver writes it: each new system page is locked and stored
 * into dst with MIGRATE_PFN_LOCKED, split over two lines; the write bit is
 * added on its own afterwards and stays.
 */
#include <linux/migrate.h>
#include <linux/highmem.h>

struct mirror {
	struct xarray pt;
};

static vm_fault_t mirror_fault_alloc_and_copy(struct migrate_vma *args,
					      struct mirror *mirror)
{
	const unsigned long *src = args->src;
	unsigned long *dst = args->dst;
	unsigned long start = args->start;
	unsigned long end = args->end;
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE, src++, dst++) {
		struct page *dpage, *spage;

		spage = migrate_pfn_to_page(*src);
		if (!spage || !(*src & MIGRATE_PFN_MIGRATE))
			continue;

		dpage = alloc_page_vma(GFP_HIGHUSER, args->vma, addr);
		if (!dpage)
			continue;

		lock_page(dpage);
		xa_erase(&mirror->pt, addr >> PAGE_SHIFT);
		copy_highpage(dpage, spage);
		*dst = migrate_pfn(page_to_pfn(dpage)) |
			    MIGRATE_PFN_LOCKED;
		if (*src & MIGRATE_PFN_WRITE)
			*dst |= MIGRATE_PFN_WRITE;
	}
	return 0;
}
