// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: KSM-style merging and a COW fault that publish the new
 * pte with set_pte_at_notify(), and a driver that tests the op.  6.10
 * has neither; set_pte_at() is the replacement once someone checked
 * that invalidate_range_start/end surround the change.
 * mntest: after=-
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

static int replace_page(struct vm_area_struct *vma, pte_t *ptep,
			unsigned long addr, struct page *kpage)
{
	struct mm_struct *mm = vma->vm_mm;
	struct mmu_notifier_range range;
	pte_t newpte = { page_to_pfn(kpage) << PAGE_SHIFT };

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, mm, addr,
				addr + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);
	ptep_get_and_clear(mm, addr, ptep);
	set_pte_at_notify(mm, addr, ptep, newpte);
	mmu_notifier_invalidate_range_end(&range);
	return 0;
}

static void wp_page_install(struct vm_fault *vmf, pte_t *ptep, pte_t entry)
{
	struct mm_struct *mm = vmf->vma->vm_mm;

	set_pte_at_notify(mm, vmf->address, ptep, entry);
}

static bool ops_track_ptes(const struct mmu_notifier_ops *ops)
{
	return ops->change_pte != NULL;
}
