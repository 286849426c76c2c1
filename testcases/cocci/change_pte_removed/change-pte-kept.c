// SPDX-License-Identifier: GPL-2.0-only
/*
 * Callbacks the step must not delete: one the driver also calls itself,
 * one that is not static (another file may call it).  Only their ops
 * entries go.  A third callback goes, but its helpers stay: one is
 * inline, the other is also used by the fault path.
 */
#include <linux/mmu_notifier.h>

struct gru_ctx {
	struct mmu_notifier mn;
	struct mmu_notifier mn_hv;
	struct mmu_notifier mn_lite;
	spinlock_t lock;
	unsigned long va;
};

void gru_tlb_dropin(struct gru_ctx *ctx, unsigned long va, pte_t pte);

static struct gru_ctx *gru_of(struct mmu_notifier *mn)
{
	return container_of(mn, struct gru_ctx, mn);
}

static void gru_change_pte(struct mmu_notifier *mn, struct mm_struct *mm,
			   unsigned long address, pte_t pte)
{
	struct gru_ctx *ctx = gru_of(mn);

	spin_lock(&ctx->lock);
	gru_tlb_dropin(ctx, address, pte);
	spin_unlock(&ctx->lock);
}

static void gru_preload(struct gru_ctx *ctx, struct mm_struct *mm, pte_t pte)
{
	gru_change_pte(&ctx->mn, mm, ctx->va, pte);
}

void hv_change_pte(struct mmu_notifier *mn, struct mm_struct *mm,
		   unsigned long address, pte_t pte)
{
}

static inline bool gru_lite_active(struct gru_ctx *ctx)
{
	return ctx->va != 0;
}

static void gru_lite_dropin(struct gru_ctx *ctx, unsigned long va, pte_t pte)
{
	gru_tlb_dropin(ctx, va, pte);
}

static void gru_lite_change_pte(struct mmu_notifier *mn, struct mm_struct *mm,
				unsigned long address, pte_t pte)
{
	struct gru_ctx *ctx = container_of(mn, struct gru_ctx, mn_lite);

	if (gru_lite_active(ctx))
		gru_lite_dropin(ctx, address, pte);
}

static vm_fault_t gru_lite_fault(struct gru_ctx *ctx, struct vm_fault *vmf)
{
	pte_t none = { 0 };

	gru_lite_dropin(ctx, vmf->address, none);
	return 0;
}

static const struct mmu_notifier_ops gru_mmuops = {
	.change_pte	= gru_change_pte,
};

static const struct mmu_notifier_ops gru_hv_mmuops = {
	.change_pte	= hv_change_pte,
};

static const struct mmu_notifier_ops gru_lite_mmuops = {
	.change_pte	= gru_lite_change_pte,
};
