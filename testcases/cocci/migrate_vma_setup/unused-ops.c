// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: an ops pair no caller uses any more (its migration
 * path was dropped); struct migrate_vma_ops no longer exists in 5.4.
 * mntest: before=5.3 after=-
 */
#include <linux/migrate.h>

static void old_alloc_and_copy(struct vm_area_struct *vma,
			       const unsigned long *src, unsigned long *dst,
			       unsigned long start, unsigned long end,
			       void *private)
{
}

static void old_finalize_and_map(struct vm_area_struct *vma,
				 const unsigned long *src,
				 const unsigned long *dst,
				 unsigned long start, unsigned long end,
				 void *private)
{
}

static const struct migrate_vma_ops old_migrate_ops __maybe_unused = {
	.alloc_and_copy		= old_alloc_and_copy,
	.finalize_and_map	= old_finalize_and_map,
};
