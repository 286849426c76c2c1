/*
 * The same old forms without --target: old-api is off by default (code
 * that must build on old kernels keeps them on purpose).
 */
#include <linux/mmu_notifier.h>

void zap(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	mmu_notifier_invalidate_range_start(mm, start, end);
	mmu_notifier_invalidate_range_end(mm, start, end);
}

/*
 * check-name: old-api is off without --target
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(4,19,0) $file
 */
