// SPDX-License-Identifier: GPL-2.0-only
/*
 * A file the 6.6 core brings (x86's TLB flush, which calls the hook from
 * 6.6 on): the step never rewrites or reports it, not even the old
 * branch of its compat #if.
 * mntest: path=arch/x86/mm/tlb.c
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

void flush_tlb_on_cpus(struct mm_struct *mm, unsigned long start,
		       unsigned long end);

void flush_tlb_mm_range(struct mm_struct *mm, unsigned long start,
			unsigned long end)
{
	flush_tlb_on_cpus(mm, start, end);
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 6, 0)
	mmu_notifier_arch_invalidate_secondary_tlbs(mm, start, end);
#else
	mmu_notifier_invalidate_range(mm, start, end);
#endif
}
