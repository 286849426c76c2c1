/*
 * --baseline of a directory: it opened, read as nothing and the baseline
 * was silently empty.  Refused like a device or a FIFO: exit value 2.
 */
#include <linux/mmu_notifier.h>

static bool bd_invalidate(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static const struct mmu_interval_notifier_ops bd_ops = {
	.invalidate = bd_invalidate,
};

/*
 * check-name: --baseline=<directory> is refused
 * check-command: mncheck --baseline=. -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 * check-exit-value: 2
 *
 * check-error-start
mncheck: cannot read baseline .: not a regular file
 * check-error-end
 */
