// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: a static but writable ops whose callback is chosen at
 * module init, so the call cannot know which function to call.
 * mntest: before=5.3 after=-
 */
#include <linux/migrate.h>

static bool wdev_use_dma = true;

static void wdev_dma_copy(struct vm_area_struct *vma,
			  const unsigned long *src, unsigned long *dst,
			  unsigned long start, unsigned long end, void *private)
{
}

static void wdev_cpu_copy(struct vm_area_struct *vma,
			  const unsigned long *src, unsigned long *dst,
			  unsigned long start, unsigned long end, void *private)
{
}

static void wdev_finalize(struct vm_area_struct *vma,
			  const unsigned long *src, const unsigned long *dst,
			  unsigned long start, unsigned long end, void *private)
{
}

static struct migrate_vma_ops wdev_migrate_ops = {
	.alloc_and_copy		= wdev_dma_copy,
	.finalize_and_map	= wdev_finalize,
};

static int __init wdev_init(void)
{
	if (!wdev_use_dma)
		wdev_migrate_ops.alloc_and_copy = wdev_cpu_copy;
	return 0;
}
module_init(wdev_init);

int wdev_migrate(struct vm_area_struct *vma, unsigned long start,
		 unsigned long end, unsigned long *src, unsigned long *dst)
{
	int ret;

	ret = migrate_vma(&wdev_migrate_ops, vma, start, end, src, dst, NULL);
	if (ret)
		return ret;
	return 0;
}
