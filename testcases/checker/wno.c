/*
 * -Wno-<rule> as kbuild passes it through CF=: that rule says nothing,
 * the others still do.  Unknown -W options are sparse's business.
 */
#include <linux/mmu_notifier.h>

struct st {
	struct mmu_interval_notifier notifier;
	struct mutex lock;
};

static bool cb(struct mmu_interval_notifier *mni,
	       const struct mmu_notifier_range *range,
	       unsigned long cur_seq)
{
	struct st *st = container_of(mni, struct st, notifier);

	mutex_lock(&st->lock);
	mutex_unlock(&st->lock);
	return true;
}

static const struct mmu_interval_notifier_ops o1 = { .invalidate = cb };

/*
 * check-name: -Wno-<rule>
 * check-command: mncheck -Wno-event-ignored -Wno-unknown-attribute -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
wno.c:18:9: warning: 'cb' may sleep in mutex_lock() before checking mmu_notifier_range_blockable() [blockable-ignored]
 * check-error-end
 */
