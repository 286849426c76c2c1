// SPDX-License-Identifier: GPL-2.0-only
/*
 * A GPU driver's best-effort prefetch to device memory: the migrate_vma()
 * result is ignored, as with a bare call statement.  The private pointer
 * is a member of the driver's range object.  The ops is static but not
 * const: nothing else in the file uses it, so it converts too.
 */
#include <linux/migrate.h>

struct xgpu_svm_range {
	struct vm_area_struct *vma;
	unsigned long start, end;
	unsigned long src[16], dst[16];
	struct xgpu_copy {
		int engine;
		unsigned long done;
	} copy;
};

struct page *xgpu_vram_page_alloc(struct xgpu_copy *copy);
void xgpu_copy_page(struct xgpu_copy *copy, struct page *dst,
		    struct page *src);
void xgpu_copy_wait(struct xgpu_copy *copy);

static void xgpu_prefetch_alloc_and_copy(struct vm_area_struct *vma,
					 const unsigned long *src,
					 unsigned long *dst,
					 unsigned long start,
					 unsigned long end,
					 void *private)
{
	struct xgpu_copy *copy = private;
	unsigned long i, npages = (end - start) >> PAGE_SHIFT;

	for (i = 0; i < npages; i++) {
		struct page *dpage;

		dst[i] = 0;
		if (!(src[i] & MIGRATE_PFN_MIGRATE))
			continue;
		dpage = xgpu_vram_page_alloc(copy);
		if (!dpage)
			continue;
		xgpu_copy_page(copy, dpage, migrate_pfn_to_page(src[i]));
		dst[i] = migrate_pfn(page_to_pfn(dpage)) | MIGRATE_PFN_LOCKED;
	}
}

static void xgpu_prefetch_finalize_and_map(struct vm_area_struct *vma,
					   const unsigned long *src,
					   const unsigned long *dst,
					   unsigned long start,
					   unsigned long end,
					   void *private)
{
	xgpu_copy_wait(private);
}

static struct migrate_vma_ops xgpu_prefetch_ops = {
	.finalize_and_map	= xgpu_prefetch_finalize_and_map,
	.alloc_and_copy		= xgpu_prefetch_alloc_and_copy,
};

void xgpu_svm_prefetch(struct xgpu_svm_range *range)
{
	if (range->end - range->start > 16 * PAGE_SIZE)
		return;

	/* Best effort: pages that cannot move stay in system memory. */
	migrate_vma(&xgpu_prefetch_ops, range->vma, range->start, range->end,
		    range->src, range->dst, &range->copy);
}
