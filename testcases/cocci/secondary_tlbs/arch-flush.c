// SPDX-License-Identifier: GPL-2.0-only
/*
 * Architecture code that notifies the secondary TLBs after its own TLB
 * flush, on an architecture whose flush the 6.6 core does not hook: it
 * may rely on this call, so it is renamed and reported, not deleted.
 * mntest: path=arch/riscv/mm/tlbflush.c
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

void local_flush_tlb_range_asid(unsigned long start, unsigned long size,
				unsigned long asid);

void flush_tlb_mm_range(struct mm_struct *mm, unsigned long start,
			unsigned long end)
{
	local_flush_tlb_range_asid(start, end - start, 0);
	mmu_notifier_invalidate_range(mm, start, end);
}
