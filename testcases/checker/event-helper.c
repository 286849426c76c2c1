/*
 * The event is read in a same-file helper the range is passed to (static
 * and inline), under another parameter name, or through a struct that
 * holds the range: none of these callbacks ignores it.  The last one hands
 * the range to a helper that never reads the event.
 */
#include <linux/mmu_notifier.h>

struct mirror {
	struct mmu_interval_notifier notifier;
	struct mutex lock;
};

struct inval_ctx {
	const struct mmu_notifier_range *range;
	struct mirror *m;
};

static void mirror_zap(struct mirror *m, const struct mmu_notifier_range *r)
{
	if (r->event == MMU_NOTIFY_UNMAP)
		m->notifier.invalidate_seq++;
}

static inline bool mirror_cares(const struct mmu_notifier_range *what)
{
	return what->event != MMU_NOTIFY_SOFT_DIRTY;
}

static void mirror_ctx(struct inval_ctx *ctx)
{
	if (ctx->range->event == MMU_NOTIFY_CLEAR)
		ctx->m->notifier.invalidate_seq++;
}

static void mirror_plain(struct mirror *m, const struct mmu_notifier_range *r)
{
	m->notifier.invalidate_seq += r->end - r->start;
}

static bool via_static(struct mmu_interval_notifier *mni,
		       const struct mmu_notifier_range *range,
		       unsigned long cur_seq)
{
	mirror_zap(container_of(mni, struct mirror, notifier), range);
	return true;
}

static bool via_inline(struct mmu_interval_notifier *mni,
		       const struct mmu_notifier_range *range,
		       unsigned long cur_seq)
{
	if (!mirror_cares(range))
		return true;
	return true;
}

static bool via_struct(struct mmu_interval_notifier *mni,
		       const struct mmu_notifier_range *range,
		       unsigned long cur_seq)
{
	struct inval_ctx ctx = {
		.range = range,
		.m = container_of(mni, struct mirror, notifier),
	};

	mirror_ctx(&ctx);
	return true;
}

static bool via_plain(struct mmu_interval_notifier *mni,
		      const struct mmu_notifier_range *range,
		      unsigned long cur_seq)
{
	mirror_plain(container_of(mni, struct mirror, notifier), range);
	return true;
}

static const struct mmu_interval_notifier_ops ops_a = { .invalidate = via_static };
static const struct mmu_interval_notifier_ops ops_b = { .invalidate = via_inline };
static const struct mmu_interval_notifier_ops ops_c = { .invalidate = via_struct };
static const struct mmu_interval_notifier_ops ops_d = { .invalidate = via_plain };

/*
 * check-name: event-ignored: the event read in same-file helpers
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
event-helper.c:71:13: warning: interval invalidate callback 'via_plain' never reads 'range->event' [event-ignored]
 * check-error-end
 */
