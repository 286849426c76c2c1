// SPDX-License-Identifier: GPL-2.0-only
/*
 * Generic mm code (an rmap-style unmap and a hugetlb-style COW) that
 * flushes the secondary TLBs by hand after clearing a pte: from 6.6 the
 * architecture's TLB flush does it, so the calls go.  A call that is a
 * whole if body goes with its if, unless the condition has a side effect;
 * a call that is the whole branch of an if with an else, or a loop body,
 * is only renamed (and reported): deleting it would leave an empty body.
 * mntest: path=mm/rmap.c
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

bool rmap_discard_ok(pte_t pteval);
bool rmap_try_lock(struct vm_area_struct *vma);
void rmap_count_drop(struct mm_struct *mm);

static bool rmap_unmap_one(struct vm_area_struct *vma, pte_t *ptep,
			   unsigned long address, int flags)
{
	struct mm_struct *mm = vma->vm_mm;
	pte_t pteval;

	pteval = ptep_get_and_clear(mm, address, ptep);
	if (rmap_discard_ok(pteval)) {
		rmap_count_drop(mm);
		/* the pte is gone: flush the secondary TLBs too */
		mmu_notifier_invalidate_range(mm, address,
					      address + PAGE_SIZE);
		return true;
	}
	if (flags & 1)
		mmu_notifier_invalidate_range(mm, address, address + PAGE_SIZE);
	if (flags & 2) {
		mmu_notifier_invalidate_range(mm, address, address + PAGE_SIZE);
	}
	if (flags & 4)
		rmap_count_drop(mm);
	else if (flags & 8)
		mmu_notifier_invalidate_range(mm, address, address + PAGE_SIZE);
	if (rmap_try_lock(vma))
		mmu_notifier_invalidate_range(mm, address, address + PAGE_SIZE);
	if (flags & 16)
		mmu_notifier_invalidate_range(mm, address, address + PAGE_SIZE);
	else
		rmap_count_drop(mm);
	set_pte_at(mm, address, ptep, pteval);
	mmu_notifier_invalidate_range(mm, address, address + PAGE_SIZE);
	return false;
}

static void rmap_unmap_ptes(struct vm_area_struct *vma, pte_t *ptep,
			    unsigned long start, unsigned long end)
{
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE, ptep++)
		ptep_get_and_clear(vma->vm_mm, addr, ptep);
	for (addr = start; addr < end; addr += PAGE_SIZE)
		mmu_notifier_invalidate_range(vma->vm_mm, addr, addr + PAGE_SIZE);
}

static void hugetlb_cow_replace(struct vm_area_struct *vma, pte_t *ptep,
				unsigned long haddr, pte_t newpte)
{
	struct mm_struct *mm = vma->vm_mm;
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, mm, haddr,
				haddr + HPAGE_PMD_SIZE);
	mmu_notifier_invalidate_range_start(&range);
	ptep_clear_flush(vma, haddr, ptep);
	mmu_notifier_invalidate_range(mm, range.start, range.end);
	set_pte_at(mm, haddr, ptep, newpte);
	mmu_notifier_invalidate_range_end(&range);
}
