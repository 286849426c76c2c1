// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: the private argument is computed by a call that takes
 * a reference; converted, it would be evaluated once per callback.
 * mntest: before=5.3 after=-
 */
#include <linux/migrate.h>

struct pdev_ctx {
	struct kref ref;
};

struct pdev_ctx *pdev_ctx_get(struct vm_area_struct *vma);

static void pdev_alloc_and_copy(struct vm_area_struct *vma,
				const unsigned long *src, unsigned long *dst,
				unsigned long start, unsigned long end,
				void *private)
{
}

static void pdev_finalize_and_map(struct vm_area_struct *vma,
				  const unsigned long *src,
				  const unsigned long *dst,
				  unsigned long start, unsigned long end,
				  void *private)
{
}

static const struct migrate_vma_ops pdev_migrate_ops = {
	.alloc_and_copy		= pdev_alloc_and_copy,
	.finalize_and_map	= pdev_finalize_and_map,
};

int pdev_migrate(struct vm_area_struct *vma, unsigned long start,
		 unsigned long end, unsigned long *src, unsigned long *dst)
{
	int ret;

	ret = migrate_vma(&pdev_migrate_ops, vma, start, end, src, dst,
			  pdev_ctx_get(vma));
	if (ret)
		return ret;
	return 0;
}
