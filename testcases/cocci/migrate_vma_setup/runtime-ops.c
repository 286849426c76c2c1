// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: the ops comes from the device at run time (one pair
 * per device generation), so the callbacks to call are not known here.
 * mntest: before=5.3 after=-
 */
#include <linux/migrate.h>

struct hgpu_dev {
	const struct migrate_vma_ops *migrate_ops;
	void *copy_ctx;
};

void hgpu_gen8_alloc_and_copy(struct vm_area_struct *vma,
			      const unsigned long *src, unsigned long *dst,
			      unsigned long start, unsigned long end,
			      void *private);
void hgpu_gen8_finalize_and_map(struct vm_area_struct *vma,
				const unsigned long *src,
				const unsigned long *dst,
				unsigned long start, unsigned long end,
				void *private);

static const struct migrate_vma_ops hgpu_gen8_migrate_ops = {
	.alloc_and_copy		= hgpu_gen8_alloc_and_copy,
	.finalize_and_map	= hgpu_gen8_finalize_and_map,
};

void hgpu_dev_init_gen8(struct hgpu_dev *hdev)
{
	hdev->migrate_ops = &hgpu_gen8_migrate_ops;
}

int hgpu_migrate_to_vram(struct hgpu_dev *hdev, struct vm_area_struct *vma,
			 unsigned long start, unsigned long end,
			 unsigned long *src, unsigned long *dst)
{
	int ret;

	ret = migrate_vma(hdev->migrate_ops, vma, start, end, src, dst,
			  hdev->copy_ctx);
	if (ret)
		return ret;
	return 0;
}
