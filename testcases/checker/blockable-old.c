/*
 * 4.19/4.20: the start callback gets a bool blockable parameter; 5.0-5.1:
 * range->blockable.  Reading them counts as the check.
 */
#include <linux/mmu_notifier.h>

struct gru {
	struct mmu_notifier mn;
	struct mutex lock;
};

static int gru_start(struct mmu_notifier *mn, struct mm_struct *mm,
		     unsigned long start, unsigned long end, bool blockable)
{
	struct gru *g = container_of(mn, struct gru, mn);

	if (!blockable)
		return -EAGAIN;
	mutex_lock(&g->lock);
	mutex_unlock(&g->lock);
	return 0;
}

static int gru_start_sleeps(struct mmu_notifier *mn, struct mm_struct *mm,
			    unsigned long start, unsigned long end, bool may_block)
{
	struct gru *g = container_of(mn, struct gru, mn);

	mutex_lock(&g->lock);
	mutex_unlock(&g->lock);
	return may_block ? 0 : -EAGAIN;
}

static const struct mmu_notifier_ops gru_ops = {
	.invalidate_range_start = gru_start,
};

static const struct mmu_notifier_ops gru_ops2 = {
	.invalidate_range_start = gru_start_sleeps,
};

/*
 * check-name: blockable-ignored: the 4.19 blockable parameter
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(4,19,0) $file
 *
 * check-error-start
blockable-old.c:29:9: warning: 'gru_start_sleeps' may sleep in mutex_lock() before checking 'may_block' [blockable-ignored]
 * check-error-end
 */
