// SPDX-License-Identifier: GPL-2.0-only
/*
 * A storage driver whose start callback is not static (declared for the
 * driver's other files) and is called by name here.  Other direct calls
 * may be in files this run does not see: nothing of the callback's group
 * changes, the callback and this call are reported.
 * mntest: after=-
 */
#include <linux/mmu_notifier.h>

struct stor_ctx {
	struct mmu_notifier mn;
	struct mm_struct *mm;
	int dirty;
};

int stor_range_start(struct mmu_notifier *mn, struct mm_struct *mm,
		     unsigned long start, unsigned long end, bool blockable);

int stor_range_start(struct mmu_notifier *mn, struct mm_struct *mm,
		     unsigned long start, unsigned long end, bool blockable)
{
	struct stor_ctx *ctx = container_of(mn, struct stor_ctx, mn);

	ctx->dirty = blockable ? 0 : 1;
	return 0;
}

static const struct mmu_notifier_ops stor_mn_ops = {
	.invalidate_range_start	= stor_range_start,
};

static void stor_sync(struct stor_ctx *ctx)
{
	stor_range_start(&ctx->mn, ctx->mm, 0, ~0UL, true);
}

int stor_attach(struct stor_ctx *ctx)
{
	ctx->mn.ops = &stor_mn_ops;
	return mmu_notifier_register(&ctx->mn, ctx->mm);
}
