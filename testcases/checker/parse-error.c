/*
 * sparse 0.6.4 reports a static-assertion failure on every file that
 * includes amdgpu.h, and real trees hold other constructs it rejects.  Its
 * errors neither stop nor silence the checker: one note counts them.
 */
#include <linux/mmu_notifier.h>

struct layout {
	int a;
};

_Static_assert(sizeof(struct layout) == 64, "layout");

static int cb(struct mmu_notifier *mn, const struct mmu_notifier_range *range)
{
	return 0;
}

static const struct mmu_notifier_ops ops = {
	.invalidate_range_start = cb,
};

int broken = ;

static bool after(struct mmu_interval_notifier *mni,
		  const struct mmu_notifier_range *range,
		  unsigned long cur_seq)
{
	return true;
}

static const struct mmu_interval_notifier_ops after_ops = {
	.invalidate = after,
};

/*
 * check-name: sparse's parse errors neither stop nor silence the checker
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
parse-error.c:14:12: warning: invalidate_range_start callback 'cb' never reads 'range->event' [event-ignored]
parse-error.c:25:13: warning: interval invalidate callback 'after' never reads 'range->event' [event-ignored]
parse-error.c:12:38: note: 2 sparse errors in parse-error.c, the first here (--sparse-warnings shows them); every callback found was analysed
 * check-error-end
 */
