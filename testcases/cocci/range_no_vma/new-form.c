// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: callers already in the 6.3 form, and the vma
 * members of other structs (a fault, a page walk, a driver's own range
 * tracking) next to a range that no longer has one.
 * mntest: before=6.3 after=6.3
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct svm_range {
	struct vm_area_struct *vma;
	unsigned long start, last;
	struct mmu_interval_notifier notifier;
};

struct walk_ctx {
	struct vm_area_struct *vma;
	struct mmu_notifier_range range;
};

static void svm_range_notify(struct svm_range *prange, void *owner)
{
	struct mmu_notifier_range range;
	struct vm_area_struct *vma = prange->vma;

	mmu_notifier_range_init_owner(&range, MMU_NOTIFY_MIGRATE, 0,
				      vma->vm_mm, prange->start,
				      prange->last + 1, owner);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);
}

static vm_fault_t fault_notify(struct vm_fault *vmf)
{
	struct walk_ctx ctx = { .vma = vmf->vma };

	mmu_notifier_range_init(&ctx.range, MMU_NOTIFY_CLEAR, 0,
				ctx.vma->vm_mm, vmf->address,
				vmf->address + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&ctx.range);
	flush_cache_range(ctx.vma, ctx.range.start, ctx.range.end);
	mmu_notifier_invalidate_range_end(&ctx.range);
	return 0;
}
