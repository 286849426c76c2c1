/*
 * A baseline (baseline.baseline, beside this file) lists known findings by
 * file, function and rule, so line moves do not matter; others still show.
 */
#include <linux/mmu_notifier.h>

static bool known(struct mmu_interval_notifier *mni,
		  const struct mmu_notifier_range *range,
		  unsigned long cur_seq)
{
	return true;
}

static bool fresh(struct mmu_interval_notifier *mni,
		  const struct mmu_notifier_range *range,
		  unsigned long cur_seq)
{
	return true;
}

static const struct mmu_interval_notifier_ops o1 = { .invalidate = known };
static const struct mmu_interval_notifier_ops o2 = { .invalidate = fresh };

/*
 * check-name: --baseline drops the listed findings
 * check-command: mncheck --baseline baseline.baseline -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
baseline.c:14:13: warning: interval invalidate callback 'fresh' never reads 'range->event' [event-ignored]
 * check-error-end
 */
