/*
 * Early returns before mmu_interval_set_seq(): fine when filtered on the
 * owner (the HMM test driver returns true for its own migrations), on
 * MMU_NOTIFY_RELEASE (amdkfd) or when returning false (could not lock);
 * not fine otherwise.
 */
#include <linux/mmu_notifier.h>

struct dmirror {
	struct mmu_interval_notifier notifier;
	struct mutex mutex;
	void *mdevice;
	bool dead;
};

static bool dmirror_interval_invalidate(struct mmu_interval_notifier *mni,
					const struct mmu_notifier_range *range,
					unsigned long cur_seq)
{
	struct dmirror *dmirror = container_of(mni, struct dmirror, notifier);

	if (range->event == MMU_NOTIFY_MIGRATE &&
	    range->owner == dmirror->mdevice)
		return true;
	if (range->event == MMU_NOTIFY_RELEASE)
		return true;

	if (mmu_notifier_range_blockable(range))
		mutex_lock(&dmirror->mutex);
	else if (!mutex_trylock(&dmirror->mutex))
		return false;
	mmu_interval_set_seq(mni, cur_seq);
	mutex_unlock(&dmirror->mutex);
	return true;
}

static bool early_true(struct mmu_interval_notifier *mni,
		       const struct mmu_notifier_range *range,
		       unsigned long cur_seq)
{
	struct dmirror *dmirror = container_of(mni, struct dmirror, notifier);

	if (dmirror->dead)
		return true;
	if (range->event == MMU_NOTIFY_SOFT_DIRTY)
		return true;
	if (!mmu_notifier_range_blockable(range))
		return false;
	mutex_lock(&dmirror->mutex);
	mmu_interval_set_seq(mni, cur_seq);
	mutex_unlock(&dmirror->mutex);
	return true;
}

static const struct mmu_interval_notifier_ops ops1 = {
	.invalidate = dmirror_interval_invalidate,
};

static const struct mmu_interval_notifier_ops ops2 = {
	.invalidate = early_true,
};

bool dmirror_retry(struct dmirror *dmirror, unsigned long seq)
{
	return mmu_interval_read_retry(&dmirror->notifier, seq);
}

/*
 * check-name: set-seq-missing: filtered and unfiltered early returns
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
set-seq-filtered.c:44:17: warning: 'early_true' returns before mmu_interval_set_seq() without an owner check: readers do not see this invalidation [set-seq-missing]
set-seq-filtered.c:46:17: warning: 'early_true' returns before mmu_interval_set_seq() without an owner check: readers do not see this invalidation [set-seq-missing]
 * check-error-end
 */
