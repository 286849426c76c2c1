/* SPDX-License-Identifier: GPL-2.0-only */
/* Device-memory migration as Linux 4.19 declares it (callback form). */
#ifndef _LINUX_MIGRATE_H
#define _LINUX_MIGRATE_H
#include <linux/mm.h>

#define MIGRATE_PFN_VALID	(1UL << 0)
#define MIGRATE_PFN_MIGRATE	(1UL << 1)
#define MIGRATE_PFN_LOCKED	(1UL << 2)
#define MIGRATE_PFN_WRITE	(1UL << 3)
#define MIGRATE_PFN_SHIFT	6

static inline unsigned long migrate_pfn(unsigned long pfn)
{
	return (pfn << MIGRATE_PFN_SHIFT) | MIGRATE_PFN_VALID;
}
struct page *migrate_pfn_to_page(unsigned long mpfn);

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
