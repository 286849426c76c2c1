// SPDX-License-Identifier: GPL-2.0-only
/*
 * A GPU driver (5.0 form) that shoots down the CPU mappings of a
 * buffer's window before moving it, so that every mirror (its own
 * userptr notifier and others) drops the pages: a driver invalidation,
 * MMU_NOTIFY_CLEAR, vma from vma->vm_mm.  A second helper finds the vma
 * itself and passes the found vma on.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>
#include <linux/mutex.h>

struct gpu_bo {
	struct mutex lock;
	unsigned long userptr;
	unsigned long size;
	bool evicted;
};

extern void gpu_bo_unbind(struct gpu_bo *bo);
extern int gpu_bo_move(struct gpu_bo *bo);

static int gpu_bo_evict_userptr(struct gpu_bo *bo, struct vm_area_struct *vma)
{
	struct mmu_notifier_range range;
	int r;

	mmu_notifier_range_init(&range, vma->vm_mm, bo->userptr,
				bo->userptr + bo->size);
	mmu_notifier_invalidate_range_start(&range);
	mutex_lock(&bo->lock);
	gpu_bo_unbind(bo);
	r = gpu_bo_move(bo);
	bo->evicted = true;
	mutex_unlock(&bo->lock);
	mmu_notifier_invalidate_range_end(&range);
	return r;
}

static int gpu_bo_evict_mm(struct gpu_bo *bo, struct mm_struct *mm)
{
	struct mmu_notifier_range range;
	struct vm_area_struct *vma;
	int r;

	mmap_read_lock(mm);
	vma = find_vma(mm, bo->userptr);
	if (!vma) {
		mmap_read_unlock(mm);
		return -EFAULT;
	}
	mmu_notifier_range_init(&range, mm, bo->userptr,
				bo->userptr + bo->size);
	mmu_notifier_invalidate_range_start(&range);
	r = gpu_bo_move(bo);
	mmu_notifier_invalidate_range_end(&range);
	mmap_read_unlock(mm);
	return r;
}
