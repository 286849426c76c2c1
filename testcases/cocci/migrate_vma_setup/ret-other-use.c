// SPDX-License-Identifier: GPL-2.0-only
/*
 * A secure-guest style page-in: the migrate_vma() result is stored and
 * returned after the lock is dropped, not tested right away.  The
 * callbacks run only when the set-up succeeded: "if (!ret && args.cpages)".
 */
#include <linux/migrate.h>

struct sg_uvmem {
	struct mutex lock;
	unsigned long gpa;
};

int sg_uv_page_in(unsigned long gpa, unsigned long pfn);
struct page *sg_uvmem_get_page(struct sg_uvmem *uv);

static void sg_page_in_alloc_and_copy(struct vm_area_struct *vma,
				      const unsigned long *src,
				      unsigned long *dst,
				      unsigned long start,
				      unsigned long end,
				      void *private)
{
	struct sg_uvmem *uv = private;
	struct page *dpage;

	if (!(*src & MIGRATE_PFN_MIGRATE))
		return;
	dpage = sg_uvmem_get_page(uv);
	if (!dpage)
		return;
	if (sg_uv_page_in(uv->gpa, page_to_pfn(migrate_pfn_to_page(*src))))
		return;
	*dst = migrate_pfn(page_to_pfn(dpage)) | MIGRATE_PFN_LOCKED;
}

static void sg_page_in_finalize_and_map(struct vm_area_struct *vma,
					const unsigned long *src,
					const unsigned long *dst,
					unsigned long start,
					unsigned long end,
					void *private)
{
}

static const struct migrate_vma_ops sg_page_in_ops = {
	.alloc_and_copy		= sg_page_in_alloc_and_copy,
	.finalize_and_map	= sg_page_in_finalize_and_map,
};

int sg_svm_page_in(struct vm_area_struct *vma, unsigned long start,
		   struct sg_uvmem *uv)
{
	unsigned long src_pfn, dst_pfn = 0;
	int ret;

	mutex_lock(&uv->lock);
	uv->gpa = start;
	ret = migrate_vma(&sg_page_in_ops, vma, start, start + PAGE_SIZE,
			  &src_pfn, &dst_pfn, uv);
	mutex_unlock(&uv->lock);
	if (ret)
		pr_debug("page-in of %lx failed: %d\n", start, ret);
	return ret;
}
