// SPDX-License-Identifier: GPL-2.0-only
/*
 * A struct migrate_vma filled by the caller and set up by a helper that
 * only sees a pointer: the helper cannot tell which pages the caller
 * meant, so nothing is rewritten; the setup is reported for a human.
 * mntest: before=5.7
 */
#include <linux/migrate.h>

int dmem_copy_chunk(struct migrate_vma *args);

static int dmem_migrate_chunk(struct migrate_vma *args)
{
	int ret;

	ret = migrate_vma_setup(args);
	if (ret)
		return ret;
	if (args->cpages && !dmem_copy_chunk(args))
		migrate_vma_pages(args);
	migrate_vma_finalize(args);
	return 0;
}

int dmem_migrate_range(struct vm_area_struct *vma, unsigned long start,
		       unsigned long end, unsigned long *src,
		       unsigned long *dst)
{
	struct migrate_vma args = {
		.vma	= vma,
		.start	= start,
		.end	= end,
		.src	= src,
		.dst	= dst,
	};

	return dmem_migrate_chunk(&args);
}
