// SPDX-License-Identifier: GPL-2.0-only
/*
 * A GPU SVM notifier in the 5.9-5.13 form (a plain mmu_notifier, as the
 * nouveau SVM code has it): invalidations that the driver's own migration
 * started are recognised by the range's migrate_pgmap_owner and skipped,
 * because the copy path already tears down the GPU mapping.
 */
#include <linux/mmu_notifier.h>
#include <linux/mutex.h>

struct gpu_vmm {
	struct device *dev;
	unsigned long unmanaged_start;
	unsigned long unmanaged_limit;
};

struct gpu_svmm {
	struct mmu_notifier notifier;
	struct gpu_vmm *vmm;
	struct mutex mutex;
};

void gpu_svmm_invalidate(struct gpu_svmm *svmm, unsigned long start,
			 unsigned long limit);

static int gpu_svmm_invalidate_range_start(struct mmu_notifier *mn,
				const struct mmu_notifier_range *update)
{
	struct gpu_svmm *svmm = container_of(mn, struct gpu_svmm, notifier);
	unsigned long start = update->start;
	unsigned long limit = update->end;

	if (!mmu_notifier_range_blockable(update))
		return -EAGAIN;

	mutex_lock(&svmm->mutex);
	if (unlikely(!svmm->vmm))
		goto out;

	/* Our own migration already invalidated the GPU page tables. */
	if (update->event == MMU_NOTIFY_MIGRATE &&
	    update->migrate_pgmap_owner == svmm->vmm->dev)
		goto out;

	if (start < svmm->vmm->unmanaged_start)
		gpu_svmm_invalidate(svmm, start, svmm->vmm->unmanaged_start);
	gpu_svmm_invalidate(svmm, max(start, svmm->vmm->unmanaged_limit),
			    limit);
out:
	mutex_unlock(&svmm->mutex);
	return 0;
}

static const struct mmu_notifier_ops gpu_svmm_ops = {
	.invalidate_range_start = gpu_svmm_invalidate_range_start,
};
