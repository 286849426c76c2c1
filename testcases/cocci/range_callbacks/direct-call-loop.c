// SPDX-License-Identifier: GPL-2.0-only
/*
 * A network offload driver that retries its start callback in a loop
 * condition (the range would have to be rebuilt on every pass) and calls
 * it plainly elsewhere.  The loop cannot be rewritten, so the plain call
 * is not either: nothing of the callback's group changes, the callback
 * and both calls are reported.
 * mntest: after=-
 */
#include <linux/mmu_notifier.h>

struct nof_ctx {
	struct mmu_notifier mn;
	struct mm_struct *mm;
	int tries;
};

static int nof_range_start(struct mmu_notifier *mn, struct mm_struct *mm,
			   unsigned long start, unsigned long end,
			   bool blockable)
{
	struct nof_ctx *ctx = container_of(mn, struct nof_ctx, mn);

	if (!blockable && ctx->tries)
		return -EAGAIN;
	return 0;
}

static const struct mmu_notifier_ops nof_mn_ops = {
	.invalidate_range_start	= nof_range_start,
};

static void nof_drain(struct nof_ctx *ctx)
{
	while (nof_range_start(&ctx->mn, ctx->mm, 0, ~0UL, false))
		ctx->tries--;
}

static void nof_flush(struct nof_ctx *ctx)
{
	nof_range_start(&ctx->mn, ctx->mm, 0, ~0UL, true);
}

int nof_attach(struct nof_ctx *ctx)
{
	ctx->mn.ops = &nof_mn_ops;
	return mmu_notifier_register(&ctx->mn, ctx->mm);
}
