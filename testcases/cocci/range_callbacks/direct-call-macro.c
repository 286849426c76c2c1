// SPDX-License-Identifier: GPL-2.0-only
/*
 * A fabric driver that reaches its start callback through a macro of its
 * own and also by name.  spatch does not rewrite macro bodies: nothing of
 * the callback's group changes; the callback, the macro and the direct
 * call are reported.
 * mntest: after=-
 */
#include <linux/mmu_notifier.h>
#include <linux/mutex.h>

struct fab_ctx {
	struct mmu_notifier mn;
	struct mm_struct *mm;
	struct mutex lock;
	int stale;
};

#define FAB_FLUSH_ALL(c) \
	fab_range_start(&(c)->mn, (c)->mm, 0, ~0UL, true)

static int fab_range_start(struct mmu_notifier *mn, struct mm_struct *mm,
			   unsigned long start, unsigned long end,
			   bool blockable)
{
	struct fab_ctx *ctx = container_of(mn, struct fab_ctx, mn);

	if (!blockable)
		return -EAGAIN;
	ctx->stale = 1;
	return 0;
}

static const struct mmu_notifier_ops fab_mn_ops = {
	.invalidate_range_start	= fab_range_start,
};

static int fab_reset(struct fab_ctx *ctx)
{
	return FAB_FLUSH_ALL(ctx);
}

static void fab_trim(struct fab_ctx *ctx, unsigned long start,
		     unsigned long end)
{
	fab_range_start(&ctx->mn, ctx->mm, start, end, false);
}

int fab_attach(struct fab_ctx *ctx)
{
	ctx->mn.ops = &fab_mn_ops;
	return mmu_notifier_register(&ctx->mn, ctx->mm);
}
