// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: the migrate_vma() result is part of a larger
 * expression (a conditional, an OR-ed error, a WARN_ON()).
 * mntest: before=5.3 after=-
 */
#include <linux/migrate.h>

struct edev {
	int errors;
};

static void edev_alloc_and_copy(struct vm_area_struct *vma,
				const unsigned long *src, unsigned long *dst,
				unsigned long start, unsigned long end,
				void *private)
{
}

static void edev_finalize_and_map(struct vm_area_struct *vma,
				  const unsigned long *src,
				  const unsigned long *dst,
				  unsigned long start, unsigned long end,
				  void *private)
{
}

static const struct migrate_vma_ops edev_migrate_ops = {
	.alloc_and_copy		= edev_alloc_and_copy,
	.finalize_and_map	= edev_finalize_and_map,
};

int edev_migrate_one(struct edev *edev, struct vm_area_struct *vma,
		     unsigned long addr, unsigned long *src,
		     unsigned long *dst)
{
	return migrate_vma(&edev_migrate_ops, vma, addr, addr + PAGE_SIZE,
			   src, dst, edev) ? -EFAULT : 0;
}

void edev_migrate_two(struct edev *edev, struct vm_area_struct *vma,
		      unsigned long addr, unsigned long *src,
		      unsigned long *dst)
{
	int err = 0;

	err |= migrate_vma(&edev_migrate_ops, vma, addr, addr + PAGE_SIZE,
			   src, dst, edev);
	err |= migrate_vma(&edev_migrate_ops, vma, addr + PAGE_SIZE,
			   addr + 2 * PAGE_SIZE, src + 1, dst + 1, edev);
	if (err)
		edev->errors++;
}

void edev_migrate_warn(struct edev *edev, struct vm_area_struct *vma,
		       unsigned long addr, unsigned long *src,
		       unsigned long *dst)
{
	if (WARN_ON(migrate_vma(&edev_migrate_ops, vma, addr, addr + PAGE_SIZE,
				src, dst, edev)))
		edev->errors++;
}
