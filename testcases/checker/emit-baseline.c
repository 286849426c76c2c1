/*
 * --emit-baseline prints the findings as baseline lines (file, function,
 * rule) on stdout, to start a --baseline file from; suppressed findings
 * are left out.  The function is where the finding is (a helper here).
 */
#include <linux/mmu_notifier.h>

static void zap(const struct mmu_notifier_range *range, int *gen)
{
	if (range->event == MMU_NOTIFY_MIGRATE)
		return;
	(*gen)++;
}

static int gen;

static bool cb(struct mmu_interval_notifier *mni,
	       const struct mmu_notifier_range *range,
	       unsigned long cur_seq)
{
	zap(range, &gen);
	return true;
}

/* mncheck: ignore event-ignored */
static bool quiet(struct mmu_interval_notifier *mni,
		  const struct mmu_notifier_range *range,
		  unsigned long cur_seq)
{
	return true;
}

static const struct mmu_interval_notifier_ops o1 = { .invalidate = cb };
static const struct mmu_interval_notifier_ops o2 = { .invalidate = quiet };

/*
 * check-name: --emit-baseline
 * check-command: mncheck --emit-baseline -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-output-start
emit-baseline.c	zap	owner-ignored
 * check-output-end
 */
