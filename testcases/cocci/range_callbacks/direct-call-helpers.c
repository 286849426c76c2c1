// SPDX-License-Identifier: GPL-2.0-only
/*
 * An accelerator whose range callbacks are also called by name from its
 * own helpers: an eviction path that returns the start callback's value,
 * a teardown that calls start and end in turn (one range for both), a
 * reclaim path whose result is assigned, tested, or tested negated, in a
 * function that already has a local named range (its range is nrange).
 * Every callback and every direct call is converted.
 */
#include <linux/mmu_notifier.h>
#include <linux/mutex.h>

struct accel_range {
	unsigned long first;
	unsigned long last;
};

struct accel_ctx {
	struct mmu_notifier mn;
	struct mm_struct *mm;
	struct mutex lock;
	unsigned long evictions;
	int busy;
};

static int accel_range_start(struct mmu_notifier *mn, struct mm_struct *mm,
			     unsigned long start, unsigned long end,
			     bool blockable)
{
	struct accel_ctx *ctx = container_of(mn, struct accel_ctx, mn);

	if (!blockable)
		return -EAGAIN;
	mutex_lock(&ctx->lock);
	ctx->busy++;
	mutex_unlock(&ctx->lock);
	return 0;
}

static void accel_range_end(struct mmu_notifier *mn, struct mm_struct *mm,
			    unsigned long start, unsigned long end)
{
	struct accel_ctx *ctx = container_of(mn, struct accel_ctx, mn);

	ctx->busy--;
}

static const struct mmu_notifier_ops accel_mn_ops = {
	.invalidate_range_start	= accel_range_start,
	.invalidate_range_end	= accel_range_end,
};

static int accel_evict(struct accel_ctx *ctx, unsigned long start,
		       unsigned long end)
{
	ctx->evictions++;
	return accel_range_start(&ctx->mn, ctx->mm, start, end, true);
}

static void accel_teardown(struct accel_ctx *ctx)
{
	unsigned long evicted;
	int err;

	evicted = ctx->evictions;
	err = accel_range_start(&ctx->mn, ctx->mm, 0, ~0UL, true);
	if (err) {
		unsigned long busy = ctx->busy;

		ctx->busy = busy + 1;
		return;
	}
	accel_range_end(&ctx->mn, ctx->mm, 0, ~0UL);
	ctx->evictions = evicted;
}

static int accel_reclaim(struct accel_ctx *ctx, struct accel_range *range,
			 bool may_block)
{
	if (accel_range_start(&ctx->mn, ctx->mm, range->first, range->last,
			      may_block))
		return -EAGAIN;
	if (!accel_range_start(&ctx->mn, ctx->mm, range->first, range->last,
			       false))
		ctx->busy = 0;
	else {
		int busy = 1;

		ctx->busy = busy;
	}
	return 0;
}

int accel_attach(struct accel_ctx *ctx)
{
	ctx->mn.ops = &accel_mn_ops;
	return mmu_notifier_register(&ctx->mn, ctx->mm);
}
