/*
 * sparse gives up on a file (error_die()) on a header it cannot find: one
 * note with its reason (presubmit reads "error: unable to open" there),
 * nothing checked, and exit 0 so that kbuild goes on.
 */
#include <linux/mmu_notifier.h>
#include "no-such-header.h"

static bool cb(struct mmu_interval_notifier *mni,
	       const struct mmu_notifier_range *range,
	       unsigned long cur_seq)
{
	return true;
}

/*
 * check-name: sparse gives up on a file: exit 0 all the same
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
sparse-die.c:7:10: note: file not checked (1 sparse error), sparse gave up here: error: unable to open 'no-such-header.h'
 * check-error-end
 */
