/*
 * hfi1's shape: two interval notifiers, each in its own struct; the reader
 * checks only the cover notifier.  The other callback never calls
 * mmu_interval_set_seq() and need not; the cover callback must.
 */
#include <linux/mmu_notifier.h>

struct tid_rb_node {
	struct mmu_interval_notifier notifier;
	bool freed;
};

struct tid_user_buf {
	struct mmu_interval_notifier notifier;
	struct mutex cover_mutex;
};

static bool tid_rb_invalidate(struct mmu_interval_notifier *mni,
			      const struct mmu_notifier_range *range,
			      unsigned long cur_seq)
{
	struct tid_rb_node *node = container_of(mni, struct tid_rb_node, notifier);

	if (range->event != MMU_NOTIFY_UNMAP)
		return true;
	node->freed = true;
	return true;
}

static bool tid_cover_invalidate(struct mmu_interval_notifier *mni,
				 const struct mmu_notifier_range *range,
				 unsigned long cur_seq)
{
	struct tid_user_buf *tidbuf = container_of(mni, struct tid_user_buf, notifier);

	if (range->event == MMU_NOTIFY_UNMAP && mmu_notifier_range_blockable(range)) {
		mutex_lock(&tidbuf->cover_mutex);
		mutex_unlock(&tidbuf->cover_mutex);
	}
	return true;
}

static const struct mmu_interval_notifier_ops tid_mn_ops = {
	.invalidate = tid_rb_invalidate,
};

static const struct mmu_interval_notifier_ops tid_cover_ops = {
	.invalidate = tid_cover_invalidate,
};

int pin_buffer(struct tid_user_buf *tidbuf, struct tid_rb_node *node,
	       unsigned long vaddr)
{
	unsigned long seq;
	int ret;

	ret = mmu_interval_notifier_insert(&tidbuf->notifier, current->mm, vaddr,
					   PAGE_SIZE, &tid_cover_ops);
	if (ret)
		return ret;
	seq = mmu_interval_read_begin(&tidbuf->notifier);
	ret = mmu_interval_notifier_insert(&node->notifier, current->mm, vaddr,
					   PAGE_SIZE, &tid_mn_ops);
	if (ret)
		return ret;
	mutex_lock(&tidbuf->cover_mutex);
	ret = mmu_interval_read_retry(&tidbuf->notifier, seq);
	mutex_unlock(&tidbuf->cover_mutex);
	return ret ? -EBUSY : 0;
}

/*
 * check-name: set-seq-missing: only the notifier read_retry() checks
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
set-seq-notifiers.c:30:13: warning: 'tid_cover_invalidate' never calls mmu_interval_set_seq(), but this file relies on mmu_interval_read_retry() [set-seq-missing]
 * check-error-end
 */
