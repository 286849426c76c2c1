/*
 * A 4.18 driver checked against --target=4.19: mmu_notifier_ops.flags is
 * gone there, but the step that drops it is range_callbacks, a 5.0 step
 * that also moves every range callback to 5.0's parameters: the series up
 * to 4.19 does not run it, and the hint must not send a 4.19 port there.
 */
#include <linux/mmu_notifier.h>

static void sv_start(struct mmu_notifier *mn, struct mm_struct *mm,
		     unsigned long start, unsigned long end)
{
}

static const struct mmu_notifier_ops sv_ops = {
	.flags = MMU_INVALIDATE_DOES_NOT_BLOCK,
	.invalidate_range_start = sv_start,
};

/*
 * check-name: old-api: a step is named only at or after its version
 * check-command: mncheck --target=4.19 -Wno-event-ignored -DLINUX_VERSION_CODE=KERNEL_VERSION(4,18,0) $file
 *
 * check-error-start
old-api-step-version.c:15:10: warning: mmu_notifier_ops.flags is gone since 4.19: no step up to 4.19 converts it, change it by hand [old-api]
 * check-error-end
 */
