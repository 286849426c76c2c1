// SPDX-License-Identifier: GPL-2.0-only
/*
 * Two calls in one function, around a hole in the range: one tested with
 * "goto", one a plain call in a brace-less if.  The ops is a static inside
 * the function.  One declaration of args serves both sites.
 */
#include <linux/migrate.h>

struct hole_mig {
	unsigned long copied;
};

static void hole_alloc_and_copy(struct vm_area_struct *vma,
				const unsigned long *src, unsigned long *dst,
				unsigned long start, unsigned long end,
				void *private)
{
	struct hole_mig *mig = private;

	mig->copied += (end - start) >> PAGE_SHIFT;
}

static void hole_finalize_and_map(struct vm_area_struct *vma,
				  const unsigned long *src,
				  const unsigned long *dst,
				  unsigned long start, unsigned long end,
				  void *private)
{
}

int hole_migrate(struct vm_area_struct *vma, unsigned long start,
		 unsigned long hole, unsigned long end, unsigned long *src,
		 unsigned long *dst)
{
	static const struct migrate_vma_ops hole_ops = {
		.alloc_and_copy		= hole_alloc_and_copy,
		.finalize_and_map	= hole_finalize_and_map,
	};
	struct hole_mig mig = { 0 };
	int ret;

	ret = migrate_vma(&hole_ops, vma, start, hole, src, dst, &mig);
	if (ret)
		goto out;
	if (hole + PAGE_SIZE < end)
		migrate_vma(&hole_ops, vma, hole + PAGE_SIZE, end, src, dst,
			    &mig);
out:
	return ret ? ret : (int)mig.copied;
}
