/*
 * A header that cannot be found makes sparse give up on the file (its
 * error_die()); the checker reports that, checks nothing, and exits 0 so
 * that kbuild goes on.
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
sparse-die.c:7:10: error: unable to open 'no-such-header.h'
 * check-error-end
 */
