// SPDX-License-Identifier: GPL-2.0-only
/*
 * A GPU userptr notifier in the 5.0 form: it refuses to sleep when the
 * range is not blockable, and passes the flag on to a helper.
 * mntest: before=5.0
 */
#include <linux/mmu_notifier.h>
#include <linux/mutex.h>

struct gpu_mn {
	struct mmu_notifier mn;
	struct mutex lock;
	struct rw_semaphore bo_sem;
};

static int gpu_mn_lock(struct gpu_mn *gmn, bool blockable)
{
	if (blockable)
		mutex_lock(&gmn->lock);
	else if (!mutex_trylock(&gmn->lock))
		return -EAGAIN;
	return 0;
}

static int gpu_mn_invalidate_range_start(struct mmu_notifier *mn,
				const struct mmu_notifier_range *range)
{
	struct gpu_mn *gmn = container_of(mn, struct gpu_mn, mn);

	if (gpu_mn_lock(gmn, range->blockable))
		return -EAGAIN;
	if (!range->blockable && !down_read_trylock(&gmn->bo_sem)) {
		mutex_unlock(&gmn->lock);
		return -EAGAIN;
	}
	return 0;
}

/* The range under another name, as mm/hmm.c has it. */
static int mirror_start(struct mmu_notifier *mn,
			const struct mmu_notifier_range *nrange)
{
	bool may_sleep = nrange->blockable;

	return may_sleep ? 0 : -EAGAIN;
}

static const struct mmu_notifier_ops gpu_mn_ops = {
	.invalidate_range_start = gpu_mn_invalidate_range_start,
};
static const struct mmu_notifier_ops mirror_ops = {
	.invalidate_range_start = mirror_start,
};
