/*
 * An interval callback that never calls mmu_interval_set_seq() in a file
 * whose reader relies on mmu_interval_read_retry(); one that does.
 */
#include <linux/mmu_notifier.h>

struct userptr {
	struct mmu_interval_notifier notifier;
	struct mutex lock;
	unsigned long seq;
};

static bool forgets_seq(struct mmu_interval_notifier *mni,
			const struct mmu_notifier_range *range,
			unsigned long cur_seq)
{
	struct userptr *u = container_of(mni, struct userptr, notifier);

	if (!mmu_notifier_range_blockable(range))
		return false;
	mutex_lock(&u->lock);
	u->seq = cur_seq;
	mutex_unlock(&u->lock);
	return range->event != MMU_NOTIFY_RELEASE;
}

static bool sets_seq(struct mmu_interval_notifier *mni,
		     const struct mmu_notifier_range *range,
		     unsigned long cur_seq)
{
	struct userptr *u = container_of(mni, struct userptr, notifier);

	if (!mmu_notifier_range_blockable(range))
		return false;
	mutex_lock(&u->lock);
	mmu_interval_set_seq(mni, cur_seq);
	mutex_unlock(&u->lock);
	return range->event != MMU_NOTIFY_RELEASE;
}

static const struct mmu_interval_notifier_ops forgets_ops = {
	.invalidate = forgets_seq,
};

static const struct mmu_interval_notifier_ops sets_ops = {
	.invalidate = sets_seq,
};

int userptr_get_pages(struct userptr *u)
{
	unsigned long seq = mmu_interval_read_begin(&u->notifier);

	mutex_lock(&u->lock);
	if (mmu_interval_read_retry(&u->notifier, seq)) {
		mutex_unlock(&u->lock);
		return -EAGAIN;
	}
	mutex_unlock(&u->lock);
	return 0;
}

/*
 * check-name: set-seq-missing: no mmu_interval_set_seq() with read_retry
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
set-seq-missing.c:13:13: warning: 'forgets_seq' never calls mmu_interval_set_seq(), but this file relies on mmu_interval_read_retry() [set-seq-missing]
 * check-error-end
 */
