// SPDX-License-Identifier: GPL-2.0-only
/*
 * A TLB-purging notifier in the void form of a 4.16-4.18 vendor kernel: the
 * ops promise not to block through .flags, the start callback leaves early
 * with a bare return and otherwise falls off its end.  The start callback
 * gets the int return, 0 on every path, the flags line goes.
 * mntest: before=4.17
 */
#include <linux/mmu_notifier.h>
#include <linux/wait.h>

struct gru_tlb_state {
	struct mmu_notifier notifier;
	atomic_t range_active;
	wait_queue_head_t wait_queue;
	unsigned long asid;
};

static void gru_flush_tlb_range(struct gru_tlb_state *gts, unsigned long start,
				unsigned long len)
{
	pr_debug("flush asid %lu %lx+%lx\n", gts->asid, start, len);
}

static void gru_invalidate_range_start(struct mmu_notifier *mn,
				       struct mm_struct *mm,
				       unsigned long start, unsigned long end)
{
	struct gru_tlb_state *gts = container_of(mn, struct gru_tlb_state,
						 notifier);

	atomic_inc(&gts->range_active);
	if (!gts->asid)
		return;
	pr_debug("gts %p, start 0x%lx, end 0x%lx, act %d\n", gts, start, end,
		 atomic_read(&gts->range_active));
	gru_flush_tlb_range(gts, start, end - start);
}

static void gru_invalidate_range_end(struct mmu_notifier *mn,
				     struct mm_struct *mm, unsigned long start,
				     unsigned long end)
{
	struct gru_tlb_state *gts = container_of(mn, struct gru_tlb_state,
						 notifier);

	/* the _and_test() provides the barrier */
	(void)atomic_dec_and_test(&gts->range_active);
	wake_up_all(&gts->wait_queue);
	pr_debug("gts %p, start 0x%lx, end 0x%lx\n", gts, start, end);
}

static void gru_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
	struct gru_tlb_state *gts = container_of(mn, struct gru_tlb_state,
						 notifier);

	gts->asid = 0;
}

static const struct mmu_notifier_ops gru_mmuops = {
	.flags			= MMU_INVALIDATE_DOES_NOT_BLOCK,
	.invalidate_range_start	= gru_invalidate_range_start,
	.invalidate_range_end	= gru_invalidate_range_end,
	.release		= gru_release,
};

int gru_register_notifier(struct gru_tlb_state *gts, struct mm_struct *mm)
{
	gts->notifier.ops = &gru_mmuops;
	return __mmu_notifier_register(&gts->notifier, mm);
}
