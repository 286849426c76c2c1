/*
 * The second file of multi-file.c: same global names, another finding.
 */
#include <linux/mmu_notifier.h>

int shared_counter;

bool mf_invalidate(struct mmu_interval_notifier *mni,
		   const struct mmu_notifier_range *range,
		   unsigned long cur_seq)
{
	if (range->event == MMU_NOTIFY_MIGRATE)
		return true;
	return shared_counter++ != 0;
}

const struct mmu_interval_notifier_ops mf_ops = {
	.invalidate = mf_invalidate,
};

/*
 * check-name: second file of multi-file.c
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
multi-file-2.c:12:13: warning: 'mf_invalidate' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner': another device's migration then goes unnoticed [owner-ignored]
 * check-error-end
 */
