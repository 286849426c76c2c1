// SPDX-License-Identifier: GPL-2.0-only
#include <linux/mm.h>
#include <linux/mmu_notifier.h>
#include "gx.h"

void gx_zap(struct gx_ctx *ctx);

static void gx_invalidate(struct gx_ctx *ctx)
{
	mmu_notifier_invalidate_range_start(ctx->mm, ctx->start, ctx->end);
	spin_lock(&ctx->lock);
	gx_zap(ctx);
	gx_finish(ctx);
}

void gx_reset(struct gx_ctx *ctx)
{
	ctx->start = 0;
	ctx->end = ~0UL;
	gx_invalidate(ctx);
}
