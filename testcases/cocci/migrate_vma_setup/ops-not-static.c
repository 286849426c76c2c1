// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: an ops exported to the rest of the driver (not
 * static), an ops built on the stack at run time, and an ops declared
 * elsewhere.
 * mntest: before=5.3 after=-
 */
#include <linux/migrate.h>

void mdev_alloc_and_copy(struct vm_area_struct *vma,
			 const unsigned long *src, unsigned long *dst,
			 unsigned long start, unsigned long end,
			 void *private);
void mdev_finalize_and_map(struct vm_area_struct *vma,
			   const unsigned long *src, const unsigned long *dst,
			   unsigned long start, unsigned long end,
			   void *private);

/* Shared with mdev_fault.c. */
const struct migrate_vma_ops mdev_migrate_ops = {
	.alloc_and_copy		= mdev_alloc_and_copy,
	.finalize_and_map	= mdev_finalize_and_map,
};

extern const struct migrate_vma_ops mdev_fault_ops;

int mdev_migrate(struct vm_area_struct *vma, unsigned long start,
		 unsigned long end, unsigned long *src, unsigned long *dst,
		 void *ctx)
{
	return migrate_vma(&mdev_migrate_ops, vma, start, end, src, dst, ctx);
}

int mdev_migrate_checked(struct vm_area_struct *vma, unsigned long start,
			 unsigned long end, unsigned long *src,
			 unsigned long *dst, void *ctx, bool map)
{
	struct migrate_vma_ops ops = {
		.alloc_and_copy		= mdev_alloc_and_copy,
		.finalize_and_map	= mdev_finalize_and_map,
	};
	int ret;

	if (!map)
		ops.finalize_and_map = NULL;
	ret = migrate_vma(&ops, vma, start, end, src, dst, ctx);
	if (ret)
		return ret;
	return 0;
}

int mdev_fault_back(struct vm_area_struct *vma, unsigned long addr,
		    unsigned long *src, unsigned long *dst, void *ctx)
{
	int ret;

	ret = migrate_vma(&mdev_fault_ops, vma, addr, addr + PAGE_SIZE,
			  src, dst, ctx);
	if (ret)
		return ret;
	return 0;
}
