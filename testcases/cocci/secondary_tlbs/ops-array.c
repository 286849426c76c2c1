// SPDX-License-Identifier: GPL-2.0-only
/*
 * A coherent accelerator link with one notifier flavour per context
 * kind, kept in an array of ops: each element with the TLB hook gets the
 * new member name.
 */
#include <linux/mmu_notifier.h>

enum afu_ctx_kind {
	AFU_CTX_USER,
	AFU_CTX_KERNEL,
	AFU_CTX_NR,
};

struct afu_ctx {
	struct mmu_notifier mn;
	int pe;
};

void afu_tlbie(int pe, unsigned long addr);

static void afu_invalidate(struct mmu_notifier *mn, struct mm_struct *mm,
			   unsigned long start, unsigned long end)
{
	struct afu_ctx *ctx = container_of(mn, struct afu_ctx, mn);
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE)
		afu_tlbie(ctx->pe, addr);
}

static void afu_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
}

static const struct mmu_notifier_ops afu_mn_ops[AFU_CTX_NR] = {
	[AFU_CTX_USER] = {
		.release = afu_release,
		.invalidate_range = afu_invalidate,
	},
	[AFU_CTX_KERNEL] = {
		.invalidate_range = afu_invalidate,
	},
};

static int afu_attach(struct afu_ctx *ctx, enum afu_ctx_kind kind,
		      struct mm_struct *mm)
{
	ctx->mn.ops = &afu_mn_ops[kind];
	return mmu_notifier_register(&ctx->mn, mm);
}
