/*
 * A 4.19 driver checked against --target=5.2: the (mm, start, end) callers
 * and callbacks, the ops flag of 4.16-4.18 (here written for 4.19 headers,
 * which already lack it; the parser does not mind).
 */
#include <linux/mmu_notifier.h>

struct gru {
	struct mmu_notifier mn;
	struct mm_struct *mm;
};

static int gru_start(struct mmu_notifier *mn, struct mm_struct *mm,
		     unsigned long start, unsigned long end, bool blockable)
{
	return blockable ? 0 : -EAGAIN;
}

static void gru_end(struct mmu_notifier *mn, struct mm_struct *mm,
		    unsigned long start, unsigned long end)
{
}

static const struct mmu_notifier_ops gru_ops = {
	.flags = MMU_INVALIDATE_DOES_NOT_BLOCK,
	.invalidate_range_start = gru_start,
	.invalidate_range_end = gru_end,
};

void gru_zap(struct gru *g, unsigned long start, unsigned long end)
{
	mmu_notifier_invalidate_range_start(g->mm, start, end);
	zap_page_range(NULL, start, end - start);
	mmu_notifier_invalidate_range_end(g->mm, start, end);
	mmu_notifier_invalidate_range(g->mm, start, end);
}

/*
 * check-name: old-api: 4.19 forms against --target=5.2
 * check-command: mncheck --target=5.2 -DLINUX_VERSION_CODE=KERNEL_VERSION(4,19,0) $file
 *
 * check-error-start
old-api-419.c:13:12: warning: an invalidate_range_start callback without a range is gone since 5.0: cocci/range_callbacks.cocci converts it [old-api]
old-api-419.c:25:10: warning: mmu_notifier_ops.flags is gone since 4.19: cocci/range_callbacks.cocci converts it [old-api]
old-api-419.c:32:9: warning: mmu_notifier_invalidate_range_start() with 3 arguments is gone since 5.0: cocci/range_callers.cocci converts it [old-api]
old-api-419.c:34:9: warning: mmu_notifier_invalidate_range_end() with 3 arguments is gone since 5.0: cocci/range_callers.cocci converts it [old-api]
 * check-error-end
 */
