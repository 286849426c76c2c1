/*
 * sparse's own warnings (here "unused label") are not the checker's
 * findings: by default they are not printed, and a file with warnings but
 * no sparse error gets no note either.  --sparse-warnings prints them
 * (sparse-warnings-shown.c).
 */
#include <linux/mmu_notifier.h>

struct sw_dev {
	struct mmu_interval_notifier notifier;
	int busy;
};

static bool sw_invalidate(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	struct sw_dev *dev = container_of(mni, struct sw_dev, notifier);

	if (dev->busy)
		goto out;
	dev->busy = 1;
out:
	return true;
}

static void sw_reset(struct sw_dev *dev)
{
	dev->busy = 0;
unused:
	return;
}

static const struct mmu_interval_notifier_ops sw_ops = {
	.invalidate = sw_invalidate,
};

/*
 * check-name: sparse's own warnings are not printed by default
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
sparse-warnings.c:14:13: warning: interval invalidate callback 'sw_invalidate' never reads 'range->event' [event-ignored]
 * check-error-end
 */
