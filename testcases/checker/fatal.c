/*
 * --fatal: findings make the exit value 1 (for lint and CI); without it the
 * checker exits 0 so that kbuild goes on.
 */
#include <linux/mmu_notifier.h>

static bool cb(struct mmu_interval_notifier *mni,
	       const struct mmu_notifier_range *range,
	       unsigned long cur_seq)
{
	return true;
}

static const struct mmu_interval_notifier_ops o1 = { .invalidate = cb };

/*
 * check-name: --fatal with findings exits 1
 * check-command: mncheck --fatal -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 * check-exit-value: 1
 *
 * check-error-start
fatal.c:7:13: warning: interval invalidate callback 'cb' never reads 'range->event' [event-ignored]
 * check-error-end
 */
