/*
 * --fatal with nothing to report (the only finding is suppressed): exit 0.
 */
#include <linux/mmu_notifier.h>

/* mncheck: ignore event-ignored */
static bool cb(struct mmu_interval_notifier *mni,
	       const struct mmu_notifier_range *range,
	       unsigned long cur_seq)
{
	return true;
}

static const struct mmu_interval_notifier_ops o1 = { .invalidate = cb };

/*
 * check-name: --fatal without findings exits 0
 * check-command: mncheck --fatal -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 */
