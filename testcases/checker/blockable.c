/*
 * Sleeping before checking mmu_notifier_range_blockable(): a mutex, an
 * rwsem, a GFP_KERNEL allocation, waiting (a macro that expands to
 * schedule()), a same-file helper that sleeps.  Checked first, try-locked,
 * or with GFP_ATOMIC: fine.  One finding per callback, at the first sleep.
 */
#include <linux/mmu_notifier.h>

struct ctx {
	struct mmu_interval_notifier notifier;
	struct mmu_notifier mn;
	struct mutex lock;
	struct rw_semaphore sem;
	wait_queue_head_t wq;
	int busy;
	void *buf;
};

static bool mutex_first(struct mmu_interval_notifier *mni,
			const struct mmu_notifier_range *range,
			unsigned long cur_seq)
{
	struct ctx *c = container_of(mni, struct ctx, notifier);

	mutex_lock(&c->lock);
	if (!mmu_notifier_range_blockable(range)) {
		mutex_unlock(&c->lock);
		return false;
	}
	mutex_lock(&c->lock);
	mmu_interval_set_seq(mni, cur_seq);
	mutex_unlock(&c->lock);
	return range->event != MMU_NOTIFY_UNMAP;
}

static bool checked_first(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	struct ctx *c = container_of(mni, struct ctx, notifier);

	if (!mmu_notifier_range_blockable(range))
		return false;
	mutex_lock(&c->lock);
	c->buf = kmalloc(64, GFP_KERNEL);
	mmu_interval_set_seq(mni, cur_seq);
	mutex_unlock(&c->lock);
	return range->event != MMU_NOTIFY_UNMAP;
}

static bool trylock(struct mmu_interval_notifier *mni,
		    const struct mmu_notifier_range *range,
		    unsigned long cur_seq)
{
	struct ctx *c = container_of(mni, struct ctx, notifier);

	if (mmu_notifier_range_blockable(range))
		mutex_lock(&c->lock);
	else if (!mutex_trylock(&c->lock))
		return false;
	mmu_interval_set_seq(mni, cur_seq);
	mutex_unlock(&c->lock);
	return range->event != MMU_NOTIFY_UNMAP;
}

static int gfp_kernel(struct mmu_notifier *mn,
		      const struct mmu_notifier_range *range)
{
	struct ctx *c = container_of(mn, struct ctx, mn);

	c->buf = kzalloc(range->end - range->start, GFP_ATOMIC);
	c->buf = kcalloc(16, 1024, GFP_NOWAIT);
	c->buf = kmalloc_array(2, 8, GFP_KERNEL | __GFP_ZERO);
	return range->event == MMU_NOTIFY_CLEAR;
}

static int waits(struct mmu_notifier *mn,
		 const struct mmu_notifier_range *range)
{
	struct ctx *c = container_of(mn, struct ctx, mn);

	wait_event(c->wq, !c->busy);
	return range->event == MMU_NOTIFY_CLEAR;
}

static void take_sem(struct ctx *c)
{
	down_read(&c->sem);
}

static int via_helper(struct mmu_notifier *mn,
		      const struct mmu_notifier_range *range)
{
	struct ctx *c = container_of(mn, struct ctx, mn);

	c->busy++;
	take_sem(c);
	up_read(&c->sem);
	return range->event == MMU_NOTIFY_CLEAR;
}

static const struct mmu_interval_notifier_ops ops1 = { .invalidate = mutex_first };
static const struct mmu_interval_notifier_ops ops2 = { .invalidate = checked_first };
static const struct mmu_interval_notifier_ops ops3 = { .invalidate = trylock };
static const struct mmu_notifier_ops ops4 = { .invalidate_range_start = gfp_kernel };
static const struct mmu_notifier_ops ops5 = { .invalidate_range_start = waits };
static const struct mmu_notifier_ops ops6 = { .invalidate_range_start = via_helper };

/*
 * check-name: blockable-ignored: sleeping before the check
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
blockable.c:25:9: warning: 'mutex_first' may sleep in mutex_lock() before checking mmu_notifier_range_blockable() [blockable-ignored]
blockable.c:73:18: warning: 'gfp_kernel' may sleep in kmalloc_array() before checking mmu_notifier_range_blockable() [blockable-ignored]
blockable.c:82:9: warning: 'waits' may sleep in schedule() before checking mmu_notifier_range_blockable() [blockable-ignored]
blockable.c:97:9: warning: 'via_helper' may sleep in down_read() (through take_sem()) before checking mmu_notifier_range_blockable() [blockable-ignored]
 * check-error-end
 */
