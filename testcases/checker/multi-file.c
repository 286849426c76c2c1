/*
 * Several files on one command line, each checked in its own process
 * state: this one, multi-file-2.c (which defines the same global names,
 * an error if they shared sparse's state), and sparse-die.c, where sparse
 * gives up (a missing header) without stopping the files after it.
 */
#include <linux/mmu_notifier.h>

int shared_counter;

bool mf_invalidate(struct mmu_interval_notifier *mni,
		   const struct mmu_notifier_range *range,
		   unsigned long cur_seq)
{
	return shared_counter++ != 0;
}

const struct mmu_interval_notifier_ops mf_ops = {
	.invalidate = mf_invalidate,
};

/*
 * check-name: several files, one process state each
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file sparse-die.c multi-file-2.c
 *
 * check-error-start
multi-file.c:11:6: warning: interval invalidate callback 'mf_invalidate' never reads 'range->event' [event-ignored]
sparse-die.c:7:10: note: file not checked (1 sparse error), sparse gave up here: error: unable to open 'no-such-header.h'
multi-file-2.c:12:13: warning: 'mf_invalidate' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner': another device's migration then goes unnoticed [owner-ignored]
 * check-error-end
 */
