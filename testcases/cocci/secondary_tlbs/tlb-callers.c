// SPDX-License-Identifier: GPL-2.0-only
/*
 * mm core callers: an rmap-style unmap that clears a pte by hand and
 * flushes the secondary TLBs itself, and a COW break that ends its range
 * with _only_end() because the clear-and-flush already called the hook.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

static bool unmap_one_pte(struct vm_area_struct *vma, pte_t *ptep,
			  unsigned long address)
{
	struct mm_struct *mm = vma->vm_mm;
	pte_t pteval;

	pteval = ptep_get_and_clear(mm, address, ptep);
	if (pte_dirty(pteval))
		return false;
	/* We have to invalidate as we cleared the pte */
	mmu_notifier_invalidate_range(mm, address,
				      address + PAGE_SIZE);
	return true;
}

static void break_cow(struct vm_area_struct *vma, pte_t *ptep,
		      unsigned long address, pte_t entry)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, vma->vm_mm,
				address & PAGE_MASK,
				(address & PAGE_MASK) + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);
	ptep_get_and_clear(vma->vm_mm, address, ptep);
	mmu_notifier_invalidate_range(vma->vm_mm, range.start, range.end);
	set_pte_at(vma->vm_mm, address, ptep, entry);
	mmu_notifier_invalidate_range_only_end(&range);
}
