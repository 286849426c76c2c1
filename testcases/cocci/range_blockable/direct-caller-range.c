// SPDX-License-Identifier: GPL-2.0-only
/*
 * A 5.0 driver that calls its own start callback with a range it builds
 * on the stack (blockable set to a constant or to its caller's choice):
 * the callback's read converts, and so do the writes, to the blockable
 * bit of flags.  No core wrapper sees these ranges.
 * mntest: before=5.0
 */
#include <linux/mmu_notifier.h>

struct gpu_ctx {
	struct mmu_notifier mn;
	struct mm_struct *mm;
	int stale;
};

static int gpu_range_start(struct mmu_notifier *mn,
			   const struct mmu_notifier_range *range)
{
	struct gpu_ctx *ctx = container_of(mn, struct gpu_ctx, mn);

	if (!range->blockable)
		return -EAGAIN;
	ctx->stale = 1;
	return 0;
}

static const struct mmu_notifier_ops gpu_mn_ops = {
	.invalidate_range_start	= gpu_range_start,
};

static int gpu_flush(struct gpu_ctx *ctx, bool may_block)
{
	struct mmu_notifier_range range;

	range.mm = ctx->mm;
	range.start = 0;
	range.end = ~0UL;
	range.blockable = true;
	if (gpu_range_start(&ctx->mn, &range))
		return -EAGAIN;
	range.blockable = false;
	gpu_range_start(&ctx->mn, &range);
	range.blockable = may_block;
	return gpu_range_start(&ctx->mn, &range);
}

int gpu_attach(struct gpu_ctx *ctx)
{
	ctx->mn.ops = &gpu_mn_ops;
	return mmu_notifier_register(&ctx->mn, ctx->mm);
}
