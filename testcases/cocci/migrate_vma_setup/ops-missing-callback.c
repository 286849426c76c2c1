// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: an ops without a finalize callback, one with a NULL
 * alloc-and-copy, and one with a positional initializer.  The 4.x core
 * called both callbacks unconditionally.
 * mntest: before=5.3 after=-
 */
#include <linux/migrate.h>

static void zdev_alloc_and_copy(struct vm_area_struct *vma,
				const unsigned long *src, unsigned long *dst,
				unsigned long start, unsigned long end,
				void *private)
{
}

static void zdev_finalize_and_map(struct vm_area_struct *vma,
				  const unsigned long *src,
				  const unsigned long *dst,
				  unsigned long start, unsigned long end,
				  void *private)
{
}

static const struct migrate_vma_ops zdev_copy_only_ops = {
	.alloc_and_copy		= zdev_alloc_and_copy,
};

static const struct migrate_vma_ops zdev_map_only_ops = {
	.alloc_and_copy		= NULL,
	.finalize_and_map	= zdev_finalize_and_map,
};

static const struct migrate_vma_ops zdev_plain_ops = {
	zdev_alloc_and_copy,
	zdev_finalize_and_map,
};

int zdev_migrate(struct vm_area_struct *vma, unsigned long start,
		 unsigned long end, unsigned long *src, unsigned long *dst,
		 int mode)
{
	int ret;

	if (mode == 1) {
		ret = migrate_vma(&zdev_copy_only_ops, vma, start, end,
				  src, dst, NULL);
		if (ret)
			return ret;
	} else if (mode == 2) {
		ret = migrate_vma(&zdev_map_only_ops, vma, start, end,
				  src, dst, NULL);
		if (ret)
			return ret;
	} else {
		ret = migrate_vma(&zdev_plain_ops, vma, start, end,
				  src, dst, NULL);
		if (ret)
			return ret;
	}
	return 0;
}
