/*
 * Ops filled at run time (a struct member, a pointer), arrays of ops with
 * index designators, and a positional initializer: every callback found.
 */
#include <linux/mmu_notifier.h>

struct dev {
	struct mmu_notifier mn;
	struct mmu_notifier_ops ops;
	struct mmu_interval_notifier_ops *iops;
	int gen;
};

static int runtime_start(struct mmu_notifier *mn,
			 const struct mmu_notifier_range *range)
{
	return 0;
}

static bool runtime_interval(struct mmu_interval_notifier *mni,
			     const struct mmu_notifier_range *range,
			     unsigned long cur_seq)
{
	return true;
}

static bool array_a(struct mmu_interval_notifier *mni,
		    const struct mmu_notifier_range *range,
		    unsigned long cur_seq)
{
	return range->event != MMU_NOTIFY_RELEASE;
}

static bool array_b(struct mmu_interval_notifier *mni,
		    const struct mmu_notifier_range *range,
		    unsigned long cur_seq)
{
	return true;
}

static bool positional(struct mmu_interval_notifier *mni,
		       const struct mmu_notifier_range *range,
		       unsigned long cur_seq)
{
	return true;
}

static const struct mmu_interval_notifier_ops arr[2] = {
	[0] = { .invalidate = array_a },
	[1] = { .invalidate = array_b },
};

static const struct mmu_interval_notifier_ops pos_ops = { positional };

void dev_setup(struct dev *d)
{
	d->ops.invalidate_range_start = runtime_start;
	d->iops->invalidate = &runtime_interval;
	d->gen = arr[0].invalidate == pos_ops.invalidate;
}

/*
 * check-name: callbacks registered at run time, in arrays, positionally
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
runtime-ops.c:14:12: warning: invalidate_range_start callback 'runtime_start' never reads 'range->event' [event-ignored]
runtime-ops.c:20:13: warning: interval invalidate callback 'runtime_interval' never reads 'range->event' [event-ignored]
runtime-ops.c:34:13: warning: interval invalidate callback 'array_b' never reads 'range->event' [event-ignored]
runtime-ops.c:41:13: warning: interval invalidate callback 'positional' never reads 'range->event' [event-ignored]
 * check-error-end
 */
