// SPDX-License-Identifier: GPL-2.0-only
/*
 * A GPU driver in the 5.7-5.8 form, after nouveau's dmem and svm code:
 * the CPU-fault handler migrates the driver's pages back with
 * .src_owner = drm->dev, drm a local struct gpu_drm *.  Its
 * system-to-device paths cannot name that owner: the SVM one only gets
 * the svmm (whose drm is reached through driver state spatch cannot
 * check), the copy between two devices gets two struct gpu_drm * and
 * either could own the pages.  Both get the SYSTEM flags, no guessed
 * owner, and report mode says why and asks for the owner by hand; it
 * points at the svmm's notifier, which could skip the driver's own
 * migrations once they all carry the owner.
 * mntest: before=5.7
 */
#include <linux/migrate.h>
#include <linux/memremap.h>
#include <linux/mmu_notifier.h>

struct gpu_drm {
	struct device *dev;
};

struct gpu_svmm {
	struct gpu_drm *drm;
	struct mm_struct *mm;
};

struct gpu_drm *page_to_drm(struct page *page);
vm_fault_t gpu_dmem_copy_back(struct gpu_drm *drm, struct migrate_vma *args);
void gpu_dmem_copy_chunk(struct gpu_svmm *svmm, struct migrate_vma *args);
void gpu_svmm_unmap(struct gpu_svmm *svmm, unsigned long start,
		    unsigned long end);
struct gpu_svmm *mn_to_svmm(struct mmu_notifier *mn);

static int gpu_svmm_invalidate_range_start(struct mmu_notifier *mn,
					   const struct mmu_notifier_range *update)
{
	struct gpu_svmm *svmm = mn_to_svmm(mn);

	gpu_svmm_unmap(svmm, update->start, update->end);
	return 0;
}

static const struct mmu_notifier_ops gpu_svmm_notifier_ops = {
	.invalidate_range_start = gpu_svmm_invalidate_range_start,
};

static vm_fault_t gpu_dmem_migrate_to_ram(struct vm_fault *vmf)
{
	struct gpu_drm *drm = page_to_drm(vmf->page);
	unsigned long src = 0, dst = 0;
	struct migrate_vma args = {
		.vma		= vmf->vma,
		.start		= vmf->address,
		.end		= vmf->address + PAGE_SIZE,
		.src		= &src,
		.dst		= &dst,
		.src_owner	= drm->dev,
	};
	vm_fault_t ret;

	if (migrate_vma_setup(&args) < 0)
		return VM_FAULT_SIGBUS;
	ret = gpu_dmem_copy_back(drm, &args);
	migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return ret;
}

static const struct dev_pagemap_ops gpu_dmem_pagemap_ops = {
	.migrate_to_ram		= gpu_dmem_migrate_to_ram,
};

int gpu_svm_migrate(struct gpu_svmm *svmm, struct vm_area_struct *vma,
		    unsigned long start, unsigned long end,
		    unsigned long *src, unsigned long *dst)
{
	struct migrate_vma args = {
		.vma		= vma,
		.start		= start,
		.end		= end,
		.src		= src,
		.dst		= dst,
	};

	if (migrate_vma_setup(&args))
		return -EINVAL;
	gpu_dmem_copy_chunk(svmm, &args);
	migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}

int gpu_peer_migrate(struct gpu_drm *from, struct gpu_drm *to,
		     struct vm_area_struct *vma, unsigned long addr,
		     unsigned long *src, unsigned long *dst)
{
	struct migrate_vma args;

	args.vma = vma;
	args.start = addr;
	args.end = addr + PAGE_SIZE;
	args.src = src;
	args.dst = dst;
	args.src_owner = NULL;
	if (migrate_vma_setup(&args))
		return -EINVAL;
	migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}
