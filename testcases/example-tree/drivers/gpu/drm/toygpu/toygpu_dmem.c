// SPDX-License-Identifier: GPL-2.0-only
/*
 * toygpu: moving anonymous memory into device memory with the 4.14-5.3
 * callback form of migrate_vma().
 */
#include <linux/migrate.h>

struct toygpu_migrate {
	struct mutex *lock;
	unsigned long copied;
};

static void toygpu_dmem_alloc_and_copy(struct vm_area_struct *vma,
				       const unsigned long *src,
				       unsigned long *dst,
				       unsigned long start,
				       unsigned long end,
				       void *private)
{
	struct toygpu_migrate *m = private;
	unsigned long addr, i;

	for (addr = start, i = 0; addr < end; addr += PAGE_SIZE, i++) {
		struct page *dpage;

		if (!(src[i] & MIGRATE_PFN_MIGRATE))
			continue;
		dpage = alloc_page(GFP_KERNEL);
		if (!dpage)
			continue;
		dst[i] = migrate_pfn(page_to_pfn(dpage)) | MIGRATE_PFN_LOCKED;
		m->copied++;
	}
}

static void toygpu_dmem_finalize_and_map(struct vm_area_struct *vma,
					 const unsigned long *src,
					 const unsigned long *dst,
					 unsigned long start,
					 unsigned long end,
					 void *private)
{
	struct toygpu_migrate *m = private;

	mutex_lock(m->lock);
	mutex_unlock(m->lock);
}

static const struct migrate_vma_ops toygpu_dmem_migrate_ops = {
	.alloc_and_copy = toygpu_dmem_alloc_and_copy,
	.finalize_and_map = toygpu_dmem_finalize_and_map,
};

int toygpu_dmem_migrate(struct vm_area_struct *vma, struct mutex *lock,
			unsigned long start, unsigned long end)
{
	unsigned long src[16], dst[16];
	struct toygpu_migrate m = { .lock = lock };

	if (end - start > 16 * PAGE_SIZE)
		return -EINVAL;
	return migrate_vma(&toygpu_dmem_migrate_ops, vma, start, end, src, dst,
			   &m);
}
