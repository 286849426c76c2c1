// SPDX-License-Identifier: GPL-2.0-only
/*
 * A DMA engine's notifier whose callbacks are declared with named
 * parameters at the top and defined after the ops, in the void form of a
 * 4.14 kernel (no ops flags yet).  The start callback is not static: its
 * prototype is in this file, so it is converted and the report says to
 * check callers elsewhere.
 * mntest: before=4.14
 */
#include <linux/mmu_notifier.h>
#include <linux/mutex.h>

struct scif_mmu_notif {
	struct mmu_notifier ep_mmu_notifier;
	struct list_head tc_reg_list;
	struct mutex lock;
};

void scif_mmu_notifier_invalidate_range_start(struct mmu_notifier *mn,
					      struct mm_struct *mm,
					      unsigned long start,
					      unsigned long end);
static void scif_mmu_notifier_invalidate_range_end(struct mmu_notifier *mn,
						   struct mm_struct *mm,
						   unsigned long start,
						   unsigned long end);

static void scif_rma_destroy_tcw(struct scif_mmu_notif *mmn,
				 unsigned long start, unsigned long len)
{
	pr_debug("destroy %lx+%lx\n", start, len);
}

static const struct mmu_notifier_ops scif_mmu_notifier_ops = {
	.invalidate_range_start = scif_mmu_notifier_invalidate_range_start,
	.invalidate_range_end = scif_mmu_notifier_invalidate_range_end,
};

void scif_mmu_notifier_invalidate_range_start(struct mmu_notifier *mn,
					      struct mm_struct *mm,
					      unsigned long start,
					      unsigned long end)
{
	struct scif_mmu_notif *mmn;

	mmn = container_of(mn, struct scif_mmu_notif, ep_mmu_notifier);
	mutex_lock(&mmn->lock);
	scif_rma_destroy_tcw(mmn, start, end - start);
	mutex_unlock(&mmn->lock);
}

static void scif_mmu_notifier_invalidate_range_end(struct mmu_notifier *mn,
						   struct mm_struct *mm,
						   unsigned long start,
						   unsigned long end)
{
	/*
	 * Nothing to do here, everything needed was done in
	 * invalidate_range_start.
	 */
}

void scif_init_mmu_notifier(struct scif_mmu_notif *mmn)
{
	mmn->ep_mmu_notifier.ops = &scif_mmu_notifier_ops;
	mutex_init(&mmn->lock);
	INIT_LIST_HEAD(&mmn->tc_reg_list);
}
