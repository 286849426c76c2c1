/*
 * The event copied into a local first (amdkfd's style), passed by value to
 * a helper that compares it, or to a helper that does the skipping itself.
 */
#include <linux/mmu_notifier.h>

struct kfd_range {
	struct mmu_interval_notifier notifier;
	unsigned long invalid;
};

static bool local_copy(struct mmu_interval_notifier *mni,
		       const struct mmu_notifier_range *range,
		       unsigned long cur_seq)
{
	struct kfd_range *r = container_of(mni, struct kfd_range, notifier);
	int ev = range->event;

	if (ev == MMU_NOTIFY_MIGRATE)
		return true;
	mmu_interval_set_seq(mni, cur_seq);
	r->invalid++;
	return true;
}

static bool is_migration(enum mmu_notifier_event event)
{
	return event == MMU_NOTIFY_MIGRATE;
}

static bool by_value_helper(struct mmu_interval_notifier *mni,
			    const struct mmu_notifier_range *range,
			    unsigned long cur_seq)
{
	struct kfd_range *r = container_of(mni, struct kfd_range, notifier);

	if (is_migration(range->event))
		return true;
	mmu_interval_set_seq(mni, cur_seq);
	r->invalid++;
	return true;
}

static void evict(struct kfd_range *r, unsigned int event)
{
	if (event == MMU_NOTIFY_MIGRATE)
		return;
	r->invalid++;
}

static bool helper_skips(struct mmu_interval_notifier *mni,
			 const struct mmu_notifier_range *range,
			 unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	evict(container_of(mni, struct kfd_range, notifier), range->event);
	return true;
}

/* a value assigned later, not at the declaration */
static bool assigned_later(struct mmu_interval_notifier *mni,
			   const struct mmu_notifier_range *range,
			   unsigned long cur_seq)
{
	unsigned long what;

	what = range->event;
	if (what != MMU_NOTIFY_MIGRATE) {
		mmu_interval_set_seq(mni, cur_seq);
		container_of(mni, struct kfd_range, notifier)->invalid++;
	}
	return true;
}

static const struct mmu_interval_notifier_ops ops1 = { .invalidate = local_copy };
static const struct mmu_interval_notifier_ops ops2 = { .invalidate = by_value_helper };
static const struct mmu_interval_notifier_ops ops3 = { .invalidate = helper_skips };
static const struct mmu_interval_notifier_ops ops4 = { .invalidate = assigned_later };

/*
 * check-name: owner-ignored: the event aliased or passed by value
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
owner-alias.c:19:13: warning: 'local_copy' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner': another device's migration then goes unnoticed [owner-ignored]
owner-alias.c:37:13: warning: 'by_value_helper' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner': another device's migration then goes unnoticed [owner-ignored]
owner-alias.c:46:13: warning: 'helper_skips' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner': another device's migration then goes unnoticed [owner-ignored]
owner-alias.c:68:13: warning: 'assigned_later' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner': another device's migration then goes unnoticed [owner-ignored]
 * check-error-end
 */
