// SPDX-License-Identifier: GPL-2.0-only
/*
 * Huge-page paths of the generic mm code: splitting a PUD and a PMD
 * mapping clears the entry with the _notify helpers, whose explicit
 * secondary-TLB call made the range end an _only_end.  From 6.6 the
 * plain helpers' flush calls the hook: they replace the _notify ones,
 * and the range ends with the plain end.
 * mntest: path=mm/huge_memory.c
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

void thp_remap_ptes(struct vm_area_struct *vma, pmd_t *pmd, pmd_t old,
		    unsigned long haddr);
bool thp_pmd_trans_huge(pmd_t *pmd);

static void thp_split_pud(struct vm_area_struct *vma, pud_t *pud,
			  unsigned long address)
{
	struct mmu_notifier_range range;
	unsigned long haddr = address & ~(PMD_SIZE * 512 - 1);

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, vma->vm_mm,
				haddr, haddr + PMD_SIZE * 512);
	mmu_notifier_invalidate_range_start(&range);
	pudp_huge_clear_flush_notify(vma, haddr, pud);
	/* the _notify helper above already flushed the secondary TLBs */
	mmu_notifier_invalidate_range_only_end(&range);
}

static void thp_split_pmd(struct vm_area_struct *vma, pmd_t *pmd,
			  unsigned long address, bool freeze)
{
	struct mmu_notifier_range range;
	unsigned long haddr = address & HPAGE_PMD_MASK;
	pmd_t old_pmd;

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, vma->vm_mm,
				haddr, haddr + HPAGE_PMD_SIZE);
	mmu_notifier_invalidate_range_start(&range);
	if (!thp_pmd_trans_huge(pmd))
		goto out;
	if (freeze)
		old_pmd = pmdp_huge_clear_flush_notify(vma, haddr, pmd);
	else
		old_pmd = pmdp_huge_clear_flush(vma, haddr, pmd);
	thp_remap_ptes(vma, pmd, old_pmd, haddr);
out:
	mmu_notifier_invalidate_range_only_end(&range);
}
