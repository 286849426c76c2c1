/*
 * Suppression comments: on the line, on the line above, several rules in
 * one comment; a comment naming another rule silences nothing.
 */
#include <linux/mmu_notifier.h>

struct st {
	struct mmu_interval_notifier notifier;
	struct mutex lock;
};

/* mncheck: ignore event-ignored -- every event needs a full flush here */
static bool above(struct mmu_interval_notifier *mni,
		  const struct mmu_notifier_range *range,
		  unsigned long cur_seq)
{
	return true;
}

static bool on_line(struct mmu_interval_notifier *mni, /* mncheck: ignore event-ignored */
		    const struct mmu_notifier_range *range,
		    unsigned long cur_seq)
{
	return true;
}

static bool several(struct mmu_interval_notifier *mni,
		    const struct mmu_notifier_range *range,
		    unsigned long cur_seq)
{
	struct st *st = container_of(mni, struct st, notifier);

	// mncheck: ignore owner-ignored, blockable-ignored: one device, callers block
	if (range->event == MMU_NOTIFY_MIGRATE) { mutex_lock(&st->lock); return true; }
	mutex_unlock(&st->lock);
	if (range->event == MMU_NOTIFY_EXCLUSIVE) return true; /* mncheck: ignore owner-ignored */
	return true;
}

/* mncheck: ignore owner-ignored */
static bool wrong_rule(struct mmu_interval_notifier *mni,
		       const struct mmu_notifier_range *range,
		       unsigned long cur_seq)
{
	return true;
}

static const struct mmu_interval_notifier_ops o1 = { .invalidate = above };
static const struct mmu_interval_notifier_ops o2 = { .invalidate = on_line };
static const struct mmu_interval_notifier_ops o3 = { .invalidate = several };
static const struct mmu_interval_notifier_ops o4 = { .invalidate = wrong_rule };

/*
 * check-name: suppression comments
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
suppress.c:41:13: warning: interval invalidate callback 'wrong_rule' never reads 'range->event' [event-ignored]
 * check-error-end
 */
