/*
 * amdkfd's interval callback: returns early on MMU_NOTIFY_RELEASE before
 * mmu_interval_set_seq() (fine: the mm is going away), then switches on
 * the event and hands it to a helper that compares it with
 * MMU_NOTIFY_MIGRATE only to pick a trigger, not to skip anything.  It
 * takes its mutex without checking blockable, through a helper.
 */
#include <linux/mmu_notifier.h>

struct svm_range {
	struct mmu_interval_notifier notifier;
	struct mutex lock;
	unsigned long invalid;
	int trigger;
};

static void svm_range_lock(struct svm_range *prange)
{
	mutex_lock(&prange->lock);
}

static int svm_range_evict(struct svm_range *prange, unsigned long start,
			   unsigned long last, enum mmu_notifier_event event)
{
	if (event == MMU_NOTIFY_MIGRATE)
		prange->trigger = 1;
	else
		prange->trigger = 2;
	prange->invalid++;
	return 0;
}

static bool
svm_range_cpu_invalidate_pagetables(struct mmu_interval_notifier *mni,
				    const struct mmu_notifier_range *range,
				    unsigned long cur_seq)
{
	struct svm_range *prange = container_of(mni, struct svm_range, notifier);

	if (range->event == MMU_NOTIFY_RELEASE)
		return true;

	svm_range_lock(prange);
	mmu_interval_set_seq(mni, cur_seq);

	switch (range->event) {
	case MMU_NOTIFY_UNMAP:
		prange->invalid = 0;
		break;
	default:
		svm_range_evict(prange, range->start, range->end, range->event);
		break;
	}
	mutex_unlock(&prange->lock);
	return true;
}

static const struct mmu_interval_notifier_ops svm_range_mn_ops = {
	.invalidate = svm_range_cpu_invalidate_pagetables,
};

bool svm_range_valid(struct svm_range *prange, unsigned long seq)
{
	return !mmu_interval_read_retry(&prange->notifier, seq);
}

/*
 * check-name: amdkfd's shape: release return, switch, event to a helper
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
amdkfd-style.c:43:9: warning: 'svm_range_cpu_invalidate_pagetables' may sleep in mutex_lock() (through svm_range_lock()) before checking mmu_notifier_range_blockable() [blockable-ignored]
 * check-error-end
 */
