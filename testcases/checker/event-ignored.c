/*
 * A start callback that never looks at the event, one defined after its
 * ops struct (reached through ->definition), and an interval callback that
 * does read it.
 */
#include <linux/mmu_notifier.h>

struct gru_ctx {
	struct mmu_notifier mn;
	spinlock_t lock;
	unsigned long flushed;
};

static int gru_start(struct mmu_notifier *mn,
		     const struct mmu_notifier_range *range)
{
	struct gru_ctx *g = container_of(mn, struct gru_ctx, mn);

	spin_lock(&g->lock);
	g->flushed += range->end - range->start;
	spin_unlock(&g->lock);
	return 0;
}

static const struct mmu_notifier_ops gru_ops = {
	.invalidate_range_start = gru_start,
};

static int late_start(struct mmu_notifier *mn,
		      const struct mmu_notifier_range *range);

static const struct mmu_notifier_ops late_ops = {
	.invalidate_range_start = late_start,
};

static int late_start(struct mmu_notifier *mn,
		      const struct mmu_notifier_range *range)
{
	return range->start ? 0 : -EINVAL;
}

static bool reads_event(struct mmu_interval_notifier *mni,
			const struct mmu_notifier_range *range,
			unsigned long cur_seq)
{
	if (range->event == MMU_NOTIFY_RELEASE)
		return true;
	return true;
}

static const struct mmu_interval_notifier_ops reads_ops = {
	.invalidate = reads_event,
};

/*
 * check-name: event-ignored: start callbacks, one defined after the ops
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
event-ignored.c:14:12: warning: invalidate_range_start callback 'gru_start' never reads 'range->event' [event-ignored]
event-ignored.c:36:12: warning: invalidate_range_start callback 'late_start' never reads 'range->event' [event-ignored]
 * check-error-end
 */
