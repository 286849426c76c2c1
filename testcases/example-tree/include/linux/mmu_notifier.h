/* SPDX-License-Identifier: GPL-2.0-only */
/* The mmu_notifier API as Linux 4.19 declares it. */
#ifndef _LINUX_MMU_NOTIFIER_H
#define _LINUX_MMU_NOTIFIER_H
#include <linux/mm.h>

struct mmu_notifier;

struct mmu_notifier_ops {
	void (*release)(struct mmu_notifier *mn, struct mm_struct *mm);
	int (*invalidate_range_start)(struct mmu_notifier *mn,
				      struct mm_struct *mm,
				      unsigned long start, unsigned long end,
				      bool blockable);
	void (*invalidate_range_end)(struct mmu_notifier *mn,
				     struct mm_struct *mm,
				     unsigned long start, unsigned long end);
	void (*invalidate_range)(struct mmu_notifier *mn, struct mm_struct *mm,
				 unsigned long start, unsigned long end);
};

struct mmu_notifier {
	const struct mmu_notifier_ops *ops;
};

int mmu_notifier_register(struct mmu_notifier *mn, struct mm_struct *mm);
void mmu_notifier_unregister(struct mmu_notifier *mn, struct mm_struct *mm);

void mmu_notifier_invalidate_range_start(struct mm_struct *mm,
					 unsigned long start, unsigned long end);
int mmu_notifier_invalidate_range_start_nonblock(struct mm_struct *mm,
						 unsigned long start,
						 unsigned long end);
void mmu_notifier_invalidate_range_end(struct mm_struct *mm,
				       unsigned long start, unsigned long end);
void mmu_notifier_invalidate_range_only_end(struct mm_struct *mm,
					    unsigned long start,
					    unsigned long end);
void mmu_notifier_invalidate_range(struct mm_struct *mm, unsigned long start,
				   unsigned long end);
#endif
