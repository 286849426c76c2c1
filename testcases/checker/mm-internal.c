/*
 * Functions with a callback's shape that no ops struct registers (the mm
 * core's own helpers look like this): not callbacks, never flagged.
 */
#include <linux/mmu_notifier.h>

struct mm_state {
	struct mutex lock;
};

int looks_like_start(struct mmu_notifier *mn,
		     const struct mmu_notifier_range *range)
{
	struct mm_state *s = (struct mm_state *)mn;

	mutex_lock(&s->lock);
	mutex_unlock(&s->lock);
	return 0;
}

static bool looks_like_interval(struct mmu_interval_notifier *mni,
				const struct mmu_notifier_range *range,
				unsigned long cur_seq)
{
	if (range->event == MMU_NOTIFY_MIGRATE)
		return true;
	return false;
}

bool call_it(struct mmu_interval_notifier *mni,
	     const struct mmu_notifier_range *range)
{
	if (mmu_interval_read_retry(mni, 0))
		return looks_like_interval(mni, range, 0);
	return false;
}

/*
 * check-name: shape without registration is not a callback
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 */
