/*
 * Before 5.9 there is no MMU_NOTIFY_MIGRATE and no owner: the rule has
 * nothing to look for (the value comes from the file's own enum).  Before
 * 5.2 there is not even an event: event-ignored stays silent too.
 */
#include <linux/mmu_notifier.h>

static int old_start(struct mmu_notifier *mn,
		     const struct mmu_notifier_range *range)
{
	return range->start < range->end ? 0 : -EINVAL;
}

static const struct mmu_notifier_ops old_ops = {
	.invalidate_range_start = old_start,
};

/*
 * check-name: nothing to check before 5.2 (no event)
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(5,0,0) $file
 */
