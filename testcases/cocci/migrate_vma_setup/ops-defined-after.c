// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: the ops is only declared before the caller and
 * defined (with its callbacks) after it, so calling the callbacks
 * directly needs them moved or declared first.
 * mntest: before=5.3 after=-
 */
#include <linux/migrate.h>

static const struct migrate_vma_ops late_migrate_ops;

int late_migrate(struct vm_area_struct *vma, unsigned long start,
		 unsigned long end, unsigned long *src, unsigned long *dst)
{
	int ret;

	ret = migrate_vma(&late_migrate_ops, vma, start, end, src, dst, NULL);
	if (ret)
		return ret;
	return 0;
}

static void late_alloc_and_copy(struct vm_area_struct *vma,
				const unsigned long *src, unsigned long *dst,
				unsigned long start, unsigned long end,
				void *private)
{
}

static void late_finalize_and_map(struct vm_area_struct *vma,
				  const unsigned long *src,
				  const unsigned long *dst,
				  unsigned long start, unsigned long end,
				  void *private)
{
}

static const struct migrate_vma_ops late_migrate_ops = {
	.alloc_and_copy		= late_alloc_and_copy,
	.finalize_and_map	= late_finalize_and_map,
};
