/*
 * Callbacks the checker cannot analyse get a note each, never silence:
 * one whose range parameter has another type (a compat name from the
 * module that is no struct mmu_notifier_range), one whose definition
 * sparse could not parse at all (an unknown type name in its parameter
 * list).  A tag used with the wrong keyword, on which sparse used to give
 * up on the whole file, is one more sparse error: the rest is checked.
 * With --fatal, callbacks left unanalysed make the exit value 1.
 */
#include <linux/mmu_notifier.h>

struct xdev {
	struct mmu_interval_notifier notifier;
	union mmu_notifier_range *last;
};

static bool xdev_invalidate(struct mmu_interval_notifier *mni,
			    const struct mmu_notifier_range *range,
			    unsigned long cur_seq)
{
	return range->event != MMU_NOTIFY_RELEASE;
}

static bool xdev_invalidate_v2(struct mmu_interval_notifier *mni,
			       const struct mmu_notifier_range_v2 *range,
			       unsigned long cur_seq)
{
	return true;
}

static bool xdev_invalidate_compat(struct mmu_interval_notifier *mni,
				   const compat_range_t *range,
				   unsigned long cur_seq);

static const struct mmu_interval_notifier_ops xdev_ops[] = {
	{ .invalidate = xdev_invalidate },
	{ .invalidate = xdev_invalidate_v2 },
	{ .invalidate = xdev_invalidate_compat },
};

static bool xdev_invalidate_compat(struct mmu_interval_notifier *mni,
				   const compat_range_t *range,
				   unsigned long cur_seq)
{
	return true;
}

/*
 * check-name: callbacks that cannot be analysed get a note each
 * check-command: mncheck --fatal -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 * check-exit-value: 1
 *
 * check-error-start
callback-lost.c:24:13: note: callback 'xdev_invalidate_v2' not analysed: its range parameter 'range' is no struct mmu_notifier_range pointer
callback-lost.c:31:13: note: callback 'xdev_invalidate_compat' not analysed: sparse could not parse its definition (error at callback-lost.c:32:57)
callback-lost.c:14:15: note: 7 sparse errors in callback-lost.c, the first here (--sparse-warnings shows them); not analysed: xdev_invalidate_v2, xdev_invalidate_compat
 * check-error-end
 */
