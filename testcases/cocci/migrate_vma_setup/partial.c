// SPDX-License-Identifier: GPL-2.0-only
/*
 * One ops pair, two callers: the fault path converts, the other caller
 * tests the result inside an expression and is left for a human, so the
 * ops struct stays (and the file needs that human before it builds on
 * 5.4).
 * mntest: before=5.3 after=-
 */
#include <linux/migrate.h>

struct sdev {
	struct device *dev;
	unsigned long faults;
};

static void sdev_alloc_and_copy(struct vm_area_struct *vma,
				const unsigned long *src, unsigned long *dst,
				unsigned long start, unsigned long end,
				void *private)
{
}

static void sdev_finalize_and_map(struct vm_area_struct *vma,
				  const unsigned long *src,
				  const unsigned long *dst,
				  unsigned long start, unsigned long end,
				  void *private)
{
	struct sdev *sdev = private;

	sdev->faults++;
}

static const struct migrate_vma_ops sdev_migrate_ops = {
	.alloc_and_copy		= sdev_alloc_and_copy,
	.finalize_and_map	= sdev_finalize_and_map,
};

int sdev_fault(struct sdev *sdev, struct vm_area_struct *vma,
	       unsigned long addr, unsigned long *src, unsigned long *dst)
{
	int ret;

	ret = migrate_vma(&sdev_migrate_ops, vma, addr, addr + PAGE_SIZE,
			  src, dst, sdev);
	if (ret < 0)
		return ret;
	return 0;
}

bool sdev_try_migrate(struct sdev *sdev, struct vm_area_struct *vma,
		      unsigned long addr, unsigned long *src,
		      unsigned long *dst)
{
	return !migrate_vma(&sdev_migrate_ops, vma, addr, addr + PAGE_SIZE,
			    src, dst, sdev) && dst[0];
}
