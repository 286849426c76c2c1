/*
 * The owner compared in a same-file helper the range is passed to: the
 * callback checks it.  A helper shared by two callbacks that skips without
 * the owner is reported once, at the helper.
 */
#include <linux/mmu_notifier.h>

struct drv {
	struct mmu_interval_notifier notifier;
	void *owner;
	unsigned long gen;
};

static bool is_own_migration(const struct mmu_notifier_range *range,
			     struct drv *drv)
{
	return range->event == MMU_NOTIFY_MIGRATE && range->owner == drv->owner;
}

static bool uses_helper(struct mmu_interval_notifier *mni,
			const struct mmu_notifier_range *range,
			unsigned long cur_seq)
{
	struct drv *drv = container_of(mni, struct drv, notifier);

	if (is_own_migration(range, drv))
		return true;
	mmu_interval_set_seq(mni, cur_seq);
	drv->gen++;
	return true;
}

static void shared_update(struct drv *drv, const struct mmu_notifier_range *range)
{
	if (range->event == MMU_NOTIFY_MIGRATE)
		return;
	drv->gen++;
}

static bool first(struct mmu_interval_notifier *mni,
		  const struct mmu_notifier_range *range,
		  unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	shared_update(container_of(mni, struct drv, notifier), range);
	return true;
}

static bool second(struct mmu_interval_notifier *mni,
		   const struct mmu_notifier_range *range,
		   unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	shared_update(container_of(mni, struct drv, notifier), range);
	return true;
}

static const struct mmu_interval_notifier_ops ops1 = { .invalidate = uses_helper };
static const struct mmu_interval_notifier_ops ops2 = { .invalidate = first };
static const struct mmu_interval_notifier_ops ops3 = { .invalidate = second };

/*
 * check-name: owner-ignored: owner test in a helper, a finding reached twice
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
owner-helper-check.c:35:13: warning: 'first' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner': another device's migration then goes unnoticed [owner-ignored]
 * check-error-end
 */
