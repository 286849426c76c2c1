/*
 * What sparse still refuses on the command line (here an -include file
 * that is not there; its die() exits 1) must not stop a kernel build
 * either: sparse's reason, one line of ours, exit 0 (1 with --fatal).
 * Nothing can be checked.
 */
#include <linux/mmu_notifier.h>

static bool sr_invalidate(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

/*
 * check-name: sparse rejects the command line: exit 0 all the same
 * check-command: mncheck -include no-such-header.h -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
command-line: note: in included file:
builtin:1:15: error: unable to open 'no-such-header.h'
mncheck: sparse rejected the command line; nothing checked
 * check-error-end
 */
