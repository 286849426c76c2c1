/*
 * Findings in included files are not reported by default (each .c file
 * gets checked on its own; a header's callbacks are its includers'
 * business), only with --all-files.  The file includes itself once, so
 * that its second half plays the header.
 */
#ifndef HEADER_FINDING_SELF
#define HEADER_FINDING_SELF
#include <linux/mmu_notifier.h>
#include "header-finding.c"

static bool in_main(struct mmu_interval_notifier *mni,
		    const struct mmu_notifier_range *range,
		    unsigned long cur_seq)
{
	return true;
}

static const struct mmu_interval_notifier_ops main_ops = {
	.invalidate = in_main,
};

/*
 * check-name: findings in included files need --all-files
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
header-finding.c:12:13: warning: interval invalidate callback 'in_main' never reads 'range->event' [event-ignored]
 * check-error-end
 */
#else
static inline bool in_header(struct mmu_interval_notifier *mni,
			     const struct mmu_notifier_range *range,
			     unsigned long cur_seq)
{
	return true;
}

static const struct mmu_interval_notifier_ops header_ops = {
	.invalidate = in_header,
};
#endif
