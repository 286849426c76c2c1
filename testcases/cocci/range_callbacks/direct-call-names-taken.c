// SPDX-License-Identifier: GPL-2.0-only
/*
 * A driver whose helper calls its start callback by name and already uses
 * both range and nrange for its own interval bookkeeping: the range it
 * would have to build has no free name.  Nothing of the callback's group
 * changes; the callback and the call are reported.
 * mntest: after=-
 */
#include <linux/mmu_notifier.h>

struct tpu_interval {
	unsigned long first;
	unsigned long last;
};

struct tpu_ctx {
	struct mmu_notifier mn;
	struct mm_struct *mm;
	int dirty;
};

static int tpu_range_start(struct mmu_notifier *mn, struct mm_struct *mm,
			   unsigned long start, unsigned long end,
			   bool blockable)
{
	struct tpu_ctx *ctx = container_of(mn, struct tpu_ctx, mn);

	ctx->dirty = !blockable;
	return 0;
}

static const struct mmu_notifier_ops tpu_mn_ops = {
	.invalidate_range_start	= tpu_range_start,
};

static int tpu_sync(struct tpu_ctx *ctx, struct tpu_interval *range)
{
	struct tpu_interval nrange = *range;

	nrange.last++;
	return tpu_range_start(&ctx->mn, ctx->mm, nrange.first, nrange.last,
			       true);
}

int tpu_attach(struct tpu_ctx *ctx)
{
	ctx->mn.ops = &tpu_mn_ops;
	return mmu_notifier_register(&ctx->mn, ctx->mm);
}
