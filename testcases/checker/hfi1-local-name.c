/*
 * hfi1 names its own start callback mmu_notifier_range_start(): a driver
 * function, reached through its ops registration like any other, not an
 * API call.  Its helper sleeps before any blockable check.
 */
#include <linux/mmu_notifier.h>

struct mmu_rb_handler {
	struct mmu_notifier mn;
	struct mutex lock;
	unsigned long removed;
};

static int mmu_notifier_range_start(struct mmu_notifier *,
				    const struct mmu_notifier_range *);

static const struct mmu_notifier_ops mn_opts = {
	.invalidate_range_start = mmu_notifier_range_start,
};

static void handle_remove(struct mmu_rb_handler *handler)
{
	mutex_lock(&handler->lock);
	handler->removed++;
	mutex_unlock(&handler->lock);
}

static int mmu_notifier_range_start(struct mmu_notifier *mn,
		const struct mmu_notifier_range *range)
{
	struct mmu_rb_handler *handler =
		container_of(mn, struct mmu_rb_handler, mn);

	if (range->start < range->end)
		handle_remove(handler);
	return 0;
}

int hfi1_mmu_rb_register(struct mmu_rb_handler *handler)
{
	handler->mn.ops = &mn_opts;
	return mmu_notifier_register(&handler->mn, current->mm);
}

/*
 * check-name: hfi1: a driver function named mmu_notifier_range_start
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
hfi1-local-name.c:28:12: warning: invalidate_range_start callback 'mmu_notifier_range_start' never reads 'range->event' [event-ignored]
hfi1-local-name.c:35:17: warning: 'mmu_notifier_range_start' may sleep in mutex_lock() (through handle_remove()) before checking mmu_notifier_range_blockable() [blockable-ignored]
 * check-error-end
 */
