/*
 * amdkfd takes its lock through svm_range_lock(), an inline helper in its
 * own header kfd_svm.h: inline functions of a header in the driver's own
 * directory count as its code (kernel headers do not).  The file includes
 * itself once, so that its second half plays that header.
 */
#ifndef LOCAL_HEADER_SELF
#define LOCAL_HEADER_SELF
#include <linux/mmu_notifier.h>

struct svm_range {
	struct mmu_interval_notifier notifier;
	struct mutex lock;
};

#include "local-header.c"

static bool svm_invalidate(struct mmu_interval_notifier *mni,
			   const struct mmu_notifier_range *range,
			   unsigned long cur_seq)
{
	struct svm_range *prange = container_of(mni, struct svm_range, notifier);

	if (range->event == MMU_NOTIFY_RELEASE)
		return true;
	svm_range_lock(prange);
	mmu_interval_set_seq(mni, cur_seq);
	mutex_unlock(&prange->lock);
	return true;
}

static const struct mmu_interval_notifier_ops svm_ops = {
	.invalidate = svm_invalidate,
};

/*
 * check-name: inline helpers of the driver's own header
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
local-header.c:26:9: warning: 'svm_invalidate' may sleep in mutex_lock() (through svm_range_lock()) before checking mmu_notifier_range_blockable() [blockable-ignored]
 * check-error-end
 */
#else
static inline void svm_range_lock(struct svm_range *prange)
{
	mutex_lock(&prange->lock);
}
#endif
