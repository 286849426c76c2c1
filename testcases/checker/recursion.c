/*
 * Helpers that call each other (cycles) and a chain deeper than the walk
 * follows: the walk stays finite.  The event read six calls down is past
 * the depth limit, so the callback counts as ignoring it (a known limit).
 */
#include <linux/mmu_notifier.h>

static int ping(const struct mmu_notifier_range *range, int n);

static int pong(const struct mmu_notifier_range *range, int n)
{
	return n ? ping(range, n - 1) : 0;
}

static int ping(const struct mmu_notifier_range *range, int n)
{
	return n ? pong(range, n - 1) : ping(range, 0);
}

static int d6(const struct mmu_notifier_range *r) { return r->event == MMU_NOTIFY_CLEAR; }
static int d5(const struct mmu_notifier_range *r) { return d6(r); }
static int d4(const struct mmu_notifier_range *r) { return d5(r); }
static int d3(const struct mmu_notifier_range *r) { return d4(r); }
static int d2(const struct mmu_notifier_range *r) { return d3(r); }
static int d1(const struct mmu_notifier_range *r) { return d2(r); }

static int cycle_start(struct mmu_notifier *mn,
		       const struct mmu_notifier_range *range)
{
	return ping(range, 4) + cycle_start(mn, range);
}

static int deep_start(struct mmu_notifier *mn,
		      const struct mmu_notifier_range *range)
{
	return d1(range);
}

static const struct mmu_notifier_ops ops1 = { .invalidate_range_start = cycle_start };
static const struct mmu_notifier_ops ops2 = { .invalidate_range_start = deep_start };

/*
 * check-name: recursive helpers and the walk's depth limit
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
recursion.c:27:12: warning: invalidate_range_start callback 'cycle_start' never reads 'range->event' [event-ignored]
recursion.c:33:12: warning: invalidate_range_start callback 'deep_start' never reads 'range->event' [event-ignored]
 * check-error-end
 */
