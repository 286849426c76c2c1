/*
 * The invalidations migrate_vma_setup() and migrate_vma_pages() send carry
 * MMU_NOTIFY_MIGRATE and the caller's own pgmap_owner.  A callback that
 * returns for its own migrations before it locks (the HMM test driver) does
 * not deadlock when its lock is held across them; one that locks first does,
 * across migrate_vma_pages() too.
 */
#include <linux/mmu_notifier.h>
#include <linux/migrate.h>

struct dmirror {
	struct mmu_interval_notifier notifier;
	struct mmu_notifier mn;
	struct mutex mutex;
	struct mutex lock;
	void *mdevice;
};

static bool filter_first(struct mmu_interval_notifier *mni,
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

static int lock_first(struct mmu_notifier *mn,
		      const struct mmu_notifier_range *range)
{
	struct dmirror *dmirror = container_of(mn, struct dmirror, mn);

	if (!mmu_notifier_range_blockable(range))
		return -EAGAIN;
	mutex_lock(&dmirror->lock);
	if (range->event != MMU_NOTIFY_MIGRATE || range->owner != dmirror->mdevice)
		flush_tlb_range(NULL, range->start, range->end);
	mutex_unlock(&dmirror->lock);
	return 0;
}

static const struct mmu_interval_notifier_ops filter_ops = { .invalidate = filter_first };
static const struct mmu_notifier_ops lock_ops = { .invalidate_range_start = lock_first };

int migrate_under_mutex(struct dmirror *dmirror, struct migrate_vma *args)
{
	int ret;

	mutex_lock(&dmirror->mutex);
	ret = migrate_vma_setup(args);
	if (!ret)
		migrate_vma_pages(args);
	mutex_unlock(&dmirror->mutex);
	return ret;
}

void pages_under_lock(struct dmirror *dmirror, struct migrate_vma *args)
{
	mutex_lock(&dmirror->lock);
	migrate_vma_pages(args);
	mutex_unlock(&dmirror->lock);
}

/*
 * check-name: migrate-self-deadlock: owner filter before the lock
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
deadlock-filtered.c:69:9: warning: migrate_vma_pages() runs with 'struct dmirror.lock' held, which the notifier 'lock_first' also takes: its MMU_NOTIFY_MIGRATE invalidation deadlocks [migrate-self-deadlock]
 * check-error-end
 */
