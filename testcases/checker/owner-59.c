/*
 * On 5.9-5.13 the range's owner is called migrate_pgmap_owner.  A member of
 * that name in another struct is not the range's.
 */
#include <linux/mmu_notifier.h>

struct dev_state {
	struct mmu_interval_notifier notifier;
	void *migrate_pgmap_owner;
	void *pgmap_owner;
};

static bool checks_old_owner(struct mmu_interval_notifier *mni,
			     const struct mmu_notifier_range *range,
			     unsigned long cur_seq)
{
	struct dev_state *d = container_of(mni, struct dev_state, notifier);

	if (range->event == MMU_NOTIFY_MIGRATE &&
	    range->migrate_pgmap_owner == d->pgmap_owner)
		return true;
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static bool checks_wrong_struct(struct mmu_interval_notifier *mni,
				const struct mmu_notifier_range *range,
				unsigned long cur_seq)
{
	struct dev_state *d = container_of(mni, struct dev_state, notifier);

	if (range->event == MMU_NOTIFY_MIGRATE && d->migrate_pgmap_owner)
		return true;
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static const struct mmu_interval_notifier_ops ops1 = { .invalidate = checks_old_owner };
static const struct mmu_interval_notifier_ops ops2 = { .invalidate = checks_wrong_struct };

/*
 * check-name: owner-ignored: 5.9 migrate_pgmap_owner, same-named members
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(5,10,0) $file
 *
 * check-error-start
owner-59.c:32:13: warning: 'checks_wrong_struct' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->migrate_pgmap_owner': another device's migration then goes unnoticed [owner-ignored]
 * check-error-end
 */
