// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: one ops pair used by a device-to-system call with the
 * device as private and by a system-to-device call with a migration
 * context: the void *private carries two types.
 * mntest: before=5.3 after=-
 */
#include <linux/migrate.h>

struct cdev_mem {
	struct device *dev;
};

struct cdev_mig {
	struct cdev_mem *mem;
	unsigned long copied;
};

static void cdev_alloc_and_copy(struct vm_area_struct *vma,
				const unsigned long *src, unsigned long *dst,
				unsigned long start, unsigned long end,
				void *private)
{
}

static void cdev_finalize_and_map(struct vm_area_struct *vma,
				  const unsigned long *src,
				  const unsigned long *dst,
				  unsigned long start, unsigned long end,
				  void *private)
{
}

static const struct migrate_vma_ops cdev_migrate_ops = {
	.alloc_and_copy		= cdev_alloc_and_copy,
	.finalize_and_map	= cdev_finalize_and_map,
};

int cdev_to_ram(struct cdev_mem *mem, struct vm_area_struct *vma,
		unsigned long addr, unsigned long *src, unsigned long *dst)
{
	int ret;

	ret = migrate_vma(&cdev_migrate_ops, vma, addr, addr + PAGE_SIZE,
			  src, dst, mem);
	if (ret)
		return ret;
	return 0;
}

int cdev_to_device(struct cdev_mig *mig, struct vm_area_struct *vma,
		   unsigned long start, unsigned long end,
		   unsigned long *src, unsigned long *dst)
{
	int ret;

	ret = migrate_vma(&cdev_migrate_ops, vma, start, end, src, dst, mig);
	if (ret)
		return ret;
	return 0;
}
