// SPDX-License-Identifier: GPL-2.0-only
/*
 * A driver as the step leaves it: its hand flush of the secondary TLBs
 * already has the 6.6 name.  The step changes nothing, but report mode
 * still names the call, so that a converted tree's cover letter lists it
 * for a human.
 * mntest: before=6.6 after=6.6 path=drivers/accel/acme/acme_mmu.c
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct acme_ctx {
	struct mm_struct *mm;
};

static void acme_flush_atc(struct acme_ctx *ctx, unsigned long start,
			   unsigned long end)
{
	if (ctx->mm)
		mmu_notifier_arch_invalidate_secondary_tlbs(ctx->mm, start, end);
}
