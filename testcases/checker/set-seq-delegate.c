/*
 * A GPU driver's userptr notifier hands the eviction, cur_seq included,
 * to a helper in another file of the module (not visible here), which
 * calls mmu_interval_set_seq() under its own lock.  Handing cur_seq on to
 * a function counts as setting the sequence, also through a local copy;
 * a callback that hands on only the range still sets nothing.
 */
#include <linux/mmu_notifier.h>

struct gpu_userptr {
	struct mmu_interval_notifier notifier;
	struct mutex lock;
};

/* gpu_evict.c */
bool gpu_userptr_evict(struct gpu_userptr *up,
		       const struct mmu_notifier_range *range,
		       unsigned long seq);
void gpu_userptr_unmap(struct gpu_userptr *up, unsigned long start,
		       unsigned long end);

static bool gpu_userptr_invalidate(struct mmu_interval_notifier *mni,
				   const struct mmu_notifier_range *range,
				   unsigned long cur_seq)
{
	struct gpu_userptr *up = container_of(mni, struct gpu_userptr, notifier);

	if (range->event == MMU_NOTIFY_RELEASE)
		return true;
	return gpu_userptr_evict(up, range, cur_seq);
}

static bool gpu_userptr_invalidate_copy(struct mmu_interval_notifier *mni,
					const struct mmu_notifier_range *range,
					unsigned long cur_seq)
{
	struct gpu_userptr *up = container_of(mni, struct gpu_userptr, notifier);
	unsigned long seq = cur_seq;

	if (!mmu_notifier_range_blockable(range))
		return false;
	if (range->event == MMU_NOTIFY_RELEASE)
		return true;
	gpu_userptr_evict(up, range, seq);
	return true;
}

static bool gpu_userptr_unmap_only(struct mmu_interval_notifier *mni,
				   const struct mmu_notifier_range *range,
				   unsigned long cur_seq)
{
	struct gpu_userptr *up = container_of(mni, struct gpu_userptr, notifier);

	if (range->event == MMU_NOTIFY_RELEASE)
		return true;
	gpu_userptr_unmap(up, range->start, range->end);
	return true;
}

static const struct mmu_interval_notifier_ops gpu_userptr_ops = {
	.invalidate = gpu_userptr_invalidate,
};

static const struct mmu_interval_notifier_ops gpu_userptr_copy_ops = {
	.invalidate = gpu_userptr_invalidate_copy,
};

static const struct mmu_interval_notifier_ops gpu_userptr_unmap_ops = {
	.invalidate = gpu_userptr_unmap_only,
};

int gpu_userptr_pin(struct gpu_userptr *up)
{
	unsigned long seq = mmu_interval_read_begin(&up->notifier);

	mutex_lock(&up->lock);
	if (mmu_interval_read_retry(&up->notifier, seq)) {
		mutex_unlock(&up->lock);
		return -EAGAIN;
	}
	mutex_unlock(&up->lock);
	return 0;
}

/*
 * check-name: set-seq-missing: cur_seq handed to a helper of another file
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
set-seq-delegate.c:48:13: warning: 'gpu_userptr_unmap_only' never calls mmu_interval_set_seq(), but this file relies on mmu_interval_read_retry() [set-seq-missing]
 * check-error-end
 */
