// SPDX-License-Identifier: GPL-2.0-only
/*
 * A 4.17 vendor-kernel driver in the void form whose release op calls
 * both range callbacks by name around a full flush.  Both are converted
 * with the caller, which builds one range; the void form had no blockable
 * argument (its callbacks could always sleep), so the range says true.
 * mntest: before=4.17
 */
#include <linux/mmu_notifier.h>

struct ipu_ctx {
	struct mmu_notifier mn;
	int active;
};

static void ipu_range_start(struct mmu_notifier *mn, struct mm_struct *mm,
			    unsigned long start, unsigned long end)
{
	struct ipu_ctx *ctx = container_of(mn, struct ipu_ctx, mn);

	ctx->active++;
}

static void ipu_range_end(struct mmu_notifier *mn, struct mm_struct *mm,
			  unsigned long start, unsigned long end)
{
	struct ipu_ctx *ctx = container_of(mn, struct ipu_ctx, mn);

	ctx->active--;
}

static void ipu_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
	ipu_range_start(mn, mm, 0, ~0UL);
	ipu_range_end(mn, mm, 0, ~0UL);
}

static const struct mmu_notifier_ops ipu_mn_ops = {
	.release		= ipu_release,
	.invalidate_range_start	= ipu_range_start,
	.invalidate_range_end	= ipu_range_end,
};

int ipu_attach(struct ipu_ctx *ctx, struct mm_struct *mm)
{
	ctx->mn.ops = &ipu_mn_ops;
	return mmu_notifier_register(&ctx->mn, mm);
}
