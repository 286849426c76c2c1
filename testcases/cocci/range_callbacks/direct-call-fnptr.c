// SPDX-License-Identifier: GPL-2.0-only
/*
 * A DMA engine that calls its start callback by name from its shutdown
 * path, and also keeps its address in a deferred-work descriptor.  The
 * call alone could be converted, the stored pointer cannot: nothing of
 * the callback's group changes, and the callback, the call and the
 * pointer are all reported.
 * mntest: after=-
 */
#include <linux/mmu_notifier.h>
#include <linux/mutex.h>

struct dmae_ctx;

struct dmae_deferred {
	int (*flush)(struct mmu_notifier *mn, struct mm_struct *mm,
		     unsigned long start, unsigned long end, bool blockable);
	struct dmae_ctx *ctx;
};

struct dmae_ctx {
	struct mmu_notifier mn;
	struct mm_struct *mm;
	struct mutex lock;
	struct dmae_deferred deferred;
	int pending;
};

static int dmae_range_start(struct mmu_notifier *mn, struct mm_struct *mm,
			    unsigned long start, unsigned long end,
			    bool blockable)
{
	struct dmae_ctx *ctx = container_of(mn, struct dmae_ctx, mn);

	if (!blockable)
		return -EAGAIN;
	mutex_lock(&ctx->lock);
	ctx->pending = 0;
	mutex_unlock(&ctx->lock);
	return 0;
}

static const struct mmu_notifier_ops dmae_mn_ops = {
	.invalidate_range_start	= dmae_range_start,
};

static void dmae_shutdown(struct dmae_ctx *ctx)
{
	dmae_range_start(&ctx->mn, ctx->mm, 0, ~0UL, true);
}

static void dmae_defer(struct dmae_ctx *ctx)
{
	ctx->deferred.flush = dmae_range_start;
	ctx->deferred.ctx = ctx;
}

int dmae_attach(struct dmae_ctx *ctx)
{
	ctx->mn.ops = &dmae_mn_ops;
	return mmu_notifier_register(&ctx->mn, ctx->mm);
}
