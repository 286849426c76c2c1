// SPDX-License-Identifier: GPL-2.0-only
/*
 * A file shaped like mm/migrate.c of 5.3, which implements the callback
 * form of migrate_vma(): it collects the pages, runs the driver's
 * alloc_and_copy, moves the pages and runs finalize_and_map.  A helper of
 * the same file also migrates through migrate_vma() with a static ops of
 * its own, as a driver would.  The 5.4 core commit replaced all of it; the
 * step, which converts the drivers, leaves this file alone (the output
 * still builds at 5.2).
 *
 * mntest: path=mm/migrate.c before=5.2 after=5.2
 */
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/migrate.h>

unsigned long mig_collect(struct vm_area_struct *vma, unsigned long start,
			  unsigned long end, unsigned long *src);
void mig_move(unsigned long *src, unsigned long *dst, unsigned long npages);

int migrate_vma(const struct migrate_vma_ops *ops, struct vm_area_struct *vma,
		unsigned long start, unsigned long end, unsigned long *src,
		unsigned long *dst, void *private)
{
	unsigned long cpages;

	if (!vma || start >= end || !src || !dst)
		return -EINVAL;
	cpages = mig_collect(vma, start, end, src);
	if (!cpages)
		return 0;
	ops->alloc_and_copy(vma, src, dst, start, end, private);
	mig_move(src, dst, (end - start) >> PAGE_SHIFT);
	ops->finalize_and_map(vma, src, dst, start, end, private);
	return 0;
}

static void mig_copy_back(struct vm_area_struct *vma,
			  const unsigned long *src, unsigned long *dst,
			  unsigned long start, unsigned long end,
			  void *private)
{
}

static void mig_map_back(struct vm_area_struct *vma,
			 const unsigned long *src, const unsigned long *dst,
			 unsigned long start, unsigned long end,
			 void *private)
{
}

static const struct migrate_vma_ops mig_back_ops = {
	.alloc_and_copy		= mig_copy_back,
	.finalize_and_map	= mig_map_back,
};

int mig_evict_range(struct vm_area_struct *vma, unsigned long start,
		    unsigned long end, unsigned long *src, unsigned long *dst)
{
	int ret;

	ret = migrate_vma(&mig_back_ops, vma, start, end, src, dst, NULL);
	if (ret)
		return ret;
	return 0;
}
