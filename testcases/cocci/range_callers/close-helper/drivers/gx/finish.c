// SPDX-License-Identifier: GPL-2.0-only
/*
 * A helper that ends the invalidation its caller started (in another
 * file), after dropping the lock the caller took: converted with its
 * caller, which owns the range and passes it down.  Its header comes
 * first: the prototype with the range needs the struct declared there.
 */
#include "gx.h"
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

void gx_finish(struct gx_ctx *ctx)
{
	spin_unlock(&ctx->lock);
	mmu_notifier_invalidate_range_end(ctx->mm, ctx->start, ctx->end);
}
