// SPDX-License-Identifier: GPL-2.0-only
/*
 * A driver that rewrites a few CPU ptes of a process it serves and tells
 * the secondary TLBs itself, and that flushes its own device's ATC on a
 * doorbell.  Nothing says a CPU TLB flush covers either call: each is
 * renamed mmu_notifier_arch_invalidate_secondary_tlbs(), so that it
 * builds and keeps flushing on 6.6, and reported for a human.
 * mntest: path=drivers/accel/acme/acme_svm.c
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct acme_ctx {
	struct mm_struct *mm;
	unsigned long doorbell_va;
};

void acme_write_pte(struct acme_ctx *ctx, unsigned long va, pte_t pte);

static void acme_remap_doorbell(struct acme_ctx *ctx, pte_t pte)
{
	acme_write_pte(ctx, ctx->doorbell_va, pte);
	mmu_notifier_invalidate_range(ctx->mm, ctx->doorbell_va,
				      ctx->doorbell_va + PAGE_SIZE);
}

static void acme_flush_atc(struct acme_ctx *ctx, unsigned long start,
			   unsigned long end)
{
	if (ctx->mm)
		mmu_notifier_invalidate_range(ctx->mm, start, end);
}
