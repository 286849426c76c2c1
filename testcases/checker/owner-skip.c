/*
 * Skipping the invalidation on MMU_NOTIFY_MIGRATE: fine when the owner is
 * checked (the HMM test driver's form), a bug when it is not.
 */
#include <linux/mmu_notifier.h>

struct dmirror {
	struct mmu_interval_notifier notifier;
	struct mutex mutex;
	void *mdevice;
};

static bool skip_any_migration(struct mmu_interval_notifier *mni,
			       const struct mmu_notifier_range *range,
			       unsigned long cur_seq)
{
	struct dmirror *dmirror = container_of(mni, struct dmirror, notifier);

	if (range->event == MMU_NOTIFY_MIGRATE)
		return true;

	if (mmu_notifier_range_blockable(range))
		mutex_lock(&dmirror->mutex);
	else if (!mutex_trylock(&dmirror->mutex))
		return false;
	mmu_interval_set_seq(mni, cur_seq);
	mutex_unlock(&dmirror->mutex);
	return true;
}

static bool skip_own_migration(struct mmu_interval_notifier *mni,
			       const struct mmu_notifier_range *range,
			       unsigned long cur_seq)
{
	struct dmirror *dmirror = container_of(mni, struct dmirror, notifier);

	if (range->event == MMU_NOTIFY_MIGRATE &&
	    range->owner == dmirror->mdevice)
		return true;

	if (mmu_notifier_range_blockable(range))
		mutex_lock(&dmirror->mutex);
	else if (!mutex_trylock(&dmirror->mutex))
		return false;
	mmu_interval_set_seq(mni, cur_seq);
	mutex_unlock(&dmirror->mutex);
	return true;
}

/* the test reversed, the constant first, and a goto out */
static bool reversed(struct mmu_interval_notifier *mni,
		     const struct mmu_notifier_range *range,
		     unsigned long cur_seq)
{
	struct dmirror *dmirror = container_of(mni, struct dmirror, notifier);

	if (!mmu_notifier_range_blockable(range))
		return false;
	mutex_lock(&dmirror->mutex);
	if (MMU_NOTIFY_MIGRATE == range->event)
		goto out;
	mmu_interval_set_seq(mni, cur_seq);
out:
	mutex_unlock(&dmirror->mutex);
	return true;
}

static const struct mmu_interval_notifier_ops ops1 = { .invalidate = skip_any_migration };
static const struct mmu_interval_notifier_ops ops2 = { .invalidate = skip_own_migration };
static const struct mmu_interval_notifier_ops ops3 = { .invalidate = reversed };

/*
 * check-name: owner-ignored: an early return on MMU_NOTIFY_MIGRATE
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
owner-skip.c:19:13: warning: 'skip_any_migration' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner': another device's migration then goes unnoticed [owner-ignored]
owner-skip.c:60:13: warning: 'reversed' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner': another device's migration then goes unnoticed [owner-ignored]
 * check-error-end
 */
