// SPDX-License-Identifier: GPL-2.0-only
/*
 * Ops filled in at probe time, depending on whether the device caches
 * translations: the member is renamed in the assignment and in the test
 * that reads it back, and the callback named after it with it.
 */
#include <linux/mmu_notifier.h>

struct gru_dev {
	struct mmu_notifier_ops mn_ops;
	bool has_tlb;
};

void gru_flush_tlb_range(struct gru_dev *gru, unsigned long start,
			 unsigned long len);

struct gru_dev *gru_of(struct mmu_notifier *mn);

static void gru_invalidate_range(struct mmu_notifier *mn, struct mm_struct *mm,
				 unsigned long start, unsigned long end)
{
	gru_flush_tlb_range(gru_of(mn), start, end - start);
}

static void gru_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
}

static void gru_setup_ops(struct gru_dev *gru)
{
	struct mmu_notifier_ops *ops = &gru->mn_ops;

	ops->release = gru_release;
	if (gru->has_tlb)
		ops->invalidate_range = gru_invalidate_range;
}

static bool gru_needs_flush(const struct mmu_notifier_ops *ops)
{
	return ops->invalidate_range != NULL;
}
