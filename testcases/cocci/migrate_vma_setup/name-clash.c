// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: the function already has a variable called args, and
 * a return-form caller already uses ret, the names the conversion needs.
 * mntest: before=5.3 after=-
 */
#include <linux/migrate.h>

struct ndev_args {
	unsigned long npages;
};

static void ndev_alloc_and_copy(struct vm_area_struct *vma,
				const unsigned long *src, unsigned long *dst,
				unsigned long start, unsigned long end,
				void *private)
{
}

static void ndev_finalize_and_map(struct vm_area_struct *vma,
				  const unsigned long *src,
				  const unsigned long *dst,
				  unsigned long start, unsigned long end,
				  void *private)
{
}

static const struct migrate_vma_ops ndev_migrate_ops = {
	.alloc_and_copy		= ndev_alloc_and_copy,
	.finalize_and_map	= ndev_finalize_and_map,
};

int ndev_ioctl_migrate(struct ndev_args *args, struct vm_area_struct *vma,
		       unsigned long start, unsigned long *src,
		       unsigned long *dst)
{
	int ret;

	ret = migrate_vma(&ndev_migrate_ops, vma, start,
			  start + args->npages * PAGE_SIZE, src, dst, NULL);
	if (ret)
		return ret;
	return 0;
}

long ndev_migrate_ret(struct vm_area_struct *vma, unsigned long start,
		      unsigned long *src, unsigned long *dst, long ret)
{
	if (ret)
		return ret;
	return migrate_vma(&ndev_migrate_ops, vma, start, start + PAGE_SIZE,
			   src, dst, NULL);
}
