/*
 * Members named event and owner in other structs are not the range's:
 * reading ib_event->event does not count as reading the event.
 */
#include <linux/mmu_notifier.h>

struct ib_event {
	int event;
	void *owner;
};

struct odp {
	struct mmu_interval_notifier notifier;
	struct ib_event last;
};

static bool odp_invalidate(struct mmu_interval_notifier *mni,
			   const struct mmu_notifier_range *range,
			   unsigned long cur_seq)
{
	struct odp *odp = container_of(mni, struct odp, notifier);

	if (odp->last.event == MMU_NOTIFY_MIGRATE && odp->last.owner)
		return true;
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static const struct mmu_interval_notifier_ops odp_ops = {
	.invalidate = odp_invalidate,
};

/*
 * check-name: event-ignored: unrelated structs with event/owner members
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
event-unrelated.c:17:13: warning: interval invalidate callback 'odp_invalidate' never reads 'range->event' [event-ignored]
 * check-error-end
 */
