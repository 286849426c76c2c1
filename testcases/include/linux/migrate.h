/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Test model of the device-migration part of <linux/migrate.h> at
 * LINUX_VERSION_CODE: 4.14 callback migrate_vma(), 5.4 setup/pages/finalize,
 * 5.7 src_owner, 5.9 flags + pgmap_owner, 5.16 no MIGRATE_PFN_LOCKED,
 * 6.0 device-coherent selection, 6.1 fault_page.
 */
#ifndef _TEST_LINUX_MIGRATE_H
#define _TEST_LINUX_MIGRATE_H

#include "../kshim.h"
#include <linux/memremap.h>

#define MIGRATE_PFN_VALID	(1UL << 0)
#define MIGRATE_PFN_MIGRATE	(1UL << 1)
#if LINUX_VERSION_CODE < KERNEL_VERSION(5, 16, 0)
#define MIGRATE_PFN_LOCKED	(1UL << 2)
#endif
#define MIGRATE_PFN_WRITE	(1UL << 3)
#define MIGRATE_PFN_SHIFT	6

static inline unsigned long migrate_pfn(unsigned long pfn)
{
	return (pfn << MIGRATE_PFN_SHIFT) | MIGRATE_PFN_VALID;
}
struct page *migrate_pfn_to_page(unsigned long mpfn);

#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 4, 0)
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 9, 0)
enum migrate_vma_direction {
	MIGRATE_VMA_SELECT_SYSTEM = 1 << 0,
	MIGRATE_VMA_SELECT_DEVICE_PRIVATE = 1 << 1,
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 0, 0)
	MIGRATE_VMA_SELECT_DEVICE_COHERENT = 1 << 2,
#endif
};
#endif

struct migrate_vma {
	struct vm_area_struct *vma;
	unsigned long *dst;
	unsigned long *src;
	unsigned long cpages;
	unsigned long npages;
	unsigned long start;
	unsigned long end;
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 9, 0)
	void *pgmap_owner;
	unsigned long flags;
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 7, 0)
	void *src_owner;
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 1, 0)
	struct page *fault_page;
#endif
};

int migrate_vma_setup(struct migrate_vma *args);
void migrate_vma_pages(struct migrate_vma *migrate);
void migrate_vma_finalize(struct migrate_vma *migrate);
#else
struct migrate_vma_ops {
	void (*alloc_and_copy)(struct vm_area_struct *vma,
			       const unsigned long *src, unsigned long *dst,
			       unsigned long start, unsigned long end,
			       void *private);
	void (*finalize_and_map)(struct vm_area_struct *vma,
				 const unsigned long *src,
				 const unsigned long *dst,
				 unsigned long start, unsigned long end,
				 void *private);
};

int migrate_vma(const struct migrate_vma_ops *ops, struct vm_area_struct *vma,
		unsigned long start, unsigned long end, unsigned long *src,
		unsigned long *dst, void *private);
#endif

#endif
