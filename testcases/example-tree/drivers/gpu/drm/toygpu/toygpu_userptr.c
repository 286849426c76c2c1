// SPDX-License-Identifier: GPL-2.0-only
/*
 * toygpu: user pointers backed by GPU mappings.  When the CPU page tables
 * of a registered range change, the GPU mappings of the buffers in that
 * range must be torn down first.
 */
#include <linux/mmu_notifier.h>

struct toygpu_bo {
	unsigned long start, last;
	struct toygpu_bo *next;
};

struct toygpu_mn {
	struct mmu_notifier mn;
	struct mutex lock;
	struct toygpu_bo *bos;
	unsigned long invalidations;
};

static void toygpu_bo_unmap(struct toygpu_bo *bo, unsigned long start,
			    unsigned long end)
{
	if (bo->start < end && bo->last >= start)
		bo->start = bo->last + 1;
}

static int toygpu_mn_invalidate_range_start(struct mmu_notifier *mn,
					    struct mm_struct *mm,
					    unsigned long start,
					    unsigned long end,
					    bool blockable)
{
	struct toygpu_mn *tmn = container_of(mn, struct toygpu_mn, mn);
	struct toygpu_bo *bo;

	if (blockable)
		mutex_lock(&tmn->lock);
	else if (!mutex_trylock(&tmn->lock))
		return -EAGAIN;

	/* The interval is inclusive: the tree stores [start, last]. */
	end -= 1;
	for (bo = tmn->bos; bo; bo = bo->next)
		toygpu_bo_unmap(bo, start, end);
	tmn->invalidations++;
	mutex_unlock(&tmn->lock);
	return 0;
}

static void toygpu_mn_invalidate_range_end(struct mmu_notifier *mn,
					   struct mm_struct *mm,
					   unsigned long start,
					   unsigned long end)
{
	struct toygpu_mn *tmn = container_of(mn, struct toygpu_mn, mn);

	tmn->invalidations--;
}

static const struct mmu_notifier_ops toygpu_mn_ops = {
	.invalidate_range_start = toygpu_mn_invalidate_range_start,
	.invalidate_range_end = toygpu_mn_invalidate_range_end,
};

int toygpu_mn_register(struct toygpu_mn *tmn, struct mm_struct *mm)
{
	tmn->mn.ops = &toygpu_mn_ops;
	return mmu_notifier_register(&tmn->mn, mm);
}
