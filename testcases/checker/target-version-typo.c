/*
 * A clang triple starts with its architecture, never with a digit: a
 * --target value that does but is no x.y or x.y.z version was meant as
 * one.  Each gets one warning and is ignored (so old-api stays off here);
 * the file is checked and the exit value stays 0, as under kbuild it must.
 */
#include <linux/mmu_notifier.h>

static bool tv_invalidate(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static const struct mmu_interval_notifier_ops tv_ops = {
	.invalidate = tv_invalidate,
};

/*
 * check-name: --target with a mistyped version: warned, ignored
 * check-command: mncheck --target=6 --target=6.1-rc2 --target v5.300 -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
mncheck: warning: --target '6': not a kernel version such as 6.1 or 5.14.2; ignored
mncheck: warning: --target '6.1-rc2': not a kernel version such as 6.1 or 5.14.2; ignored
mncheck: warning: --target 'v5.300': not a kernel version such as 6.1 or 5.14.2; ignored
target-version-typo.c:9:13: warning: interval invalidate callback 'tv_invalidate' never reads 'range->event' [event-ignored]
 * check-error-end
 */
