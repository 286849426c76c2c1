// SPDX-License-Identifier: GPL-2.0-only
/*
 * The generic mmu_gather header: after the architecture's tlb_flush()
 * it called the secondary-TLB hook for the gathered range.  From 6.6
 * tlb_flush() ends in the architecture's flush, which calls it: the
 * call goes.
 * mntest: path=include/asm-generic/tlb.h
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct mmu_gather {
	struct mm_struct *mm;
	unsigned long start, end;
	unsigned int freed_tables : 1;
	unsigned int cleared_ptes : 1;
};

void tlb_flush(struct mmu_gather *tlb);
void __tlb_reset_range(struct mmu_gather *tlb);

static inline void tlb_flush_mmu_tlbonly(struct mmu_gather *tlb)
{
	if (!(tlb->freed_tables || tlb->cleared_ptes))
		return;

	tlb_flush(tlb);
	mmu_notifier_invalidate_range(tlb->mm, tlb->start, tlb->end);
	__tlb_reset_range(tlb);
}
