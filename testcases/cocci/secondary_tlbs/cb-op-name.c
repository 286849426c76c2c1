// SPDX-License-Identifier: GPL-2.0-only
/*
 * A coherent-link driver whose TLB-hook callback is named just like the
 * op, with a prototype before its use: both are renamed with the op
 * (arch_invalidate_secondary_tlbs), and the test of the member that
 * reads it back follows the member, not the callback.
 */
#include <linux/mmu_notifier.h>

struct clink_ctx {
	struct mmu_notifier mn;
	int pe;
};

void clink_tlbie(int pe, unsigned long start, unsigned long end);

static void invalidate_range(struct mmu_notifier *mn, struct mm_struct *mm,
			     unsigned long start, unsigned long end);

static const struct mmu_notifier_ops clink_mn_ops = {
	.invalidate_range = invalidate_range,
};

static bool clink_flushes(const struct mmu_notifier_ops *ops)
{
	return ops->invalidate_range != NULL;
}

static void invalidate_range(struct mmu_notifier *mn, struct mm_struct *mm,
			     unsigned long start, unsigned long end)
{
	struct clink_ctx *ctx = container_of(mn, struct clink_ctx, mn);

	clink_tlbie(ctx->pe, start, end);
}
