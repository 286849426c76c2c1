// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: a driver's own ops struct with an invalidate_range
 * member, a hypervisor's arch hook whose name contains the old one, and a
 * notifier and callers already in the 6.6 form.  Report mode still names
 * the hand flush of the secondary TLBs, as it does once the step renamed
 * one, for a human to check.
 * mntest: before=6.6 after=6.6
 */
#include <linux/mmu_notifier.h>

struct gru_tlb_ops {
	void (*invalidate_range)(void *ctx, unsigned long start,
				 unsigned long end);
	void (*flush_all)(void *ctx);
};

struct gru_ctx {
	const struct gru_tlb_ops *ops;
	void *hw;
	struct mmu_notifier mn;
};

static void gru_hw_invalidate(void *ctx, unsigned long start,
			      unsigned long end)
{
}

static const struct gru_tlb_ops gru_hw_tlb_ops = {
	.invalidate_range = gru_hw_invalidate,
};

static void gru_flush(struct gru_ctx *ctx, unsigned long start,
		      unsigned long end)
{
	ctx->ops->invalidate_range(ctx->hw, start, end);
}

void kvm_arch_mmu_notifier_invalidate_range(void *kvm, unsigned long start,
					    unsigned long end);

static void gru_secondary_tlbs(struct mmu_notifier *mn, struct mm_struct *mm,
			       unsigned long start, unsigned long end)
{
	struct gru_ctx *ctx = container_of(mn, struct gru_ctx, mn);

	gru_flush(ctx, start, end);
	kvm_arch_mmu_notifier_invalidate_range(NULL, start, end);
}

static const struct mmu_notifier_ops gru_mn_ops = {
	.arch_invalidate_secondary_tlbs = gru_secondary_tlbs,
};

static void gru_clear_pte(struct mm_struct *mm, pte_t *ptep,
			  struct mmu_notifier_range *range)
{
	ptep_get_and_clear(mm, range->start, ptep);
	mmu_notifier_arch_invalidate_secondary_tlbs(mm, range->start,
						    range->end);
	mmu_notifier_invalidate_range_end(range);
}
