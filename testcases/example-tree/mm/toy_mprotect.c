// SPDX-License-Identifier: GPL-2.0-only
/*
 * Core callers of the invalidate pair, in the shapes mm/ used up to 4.20:
 * a protection change, a page write-protect, an unmap and a copy-on-write
 * replacement that carried its bounds in mmun_start/mmun_end locals.
 */
#include <linux/mmu_notifier.h>

unsigned long toy_change_protection(struct vm_area_struct *vma,
				    unsigned long start, unsigned long end,
				    pgprot_t newprot)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long pages;

	mmu_notifier_invalidate_range_start(mm, start, end);
	pages = change_protection(vma, start, end, newprot, 0);
	flush_tlb_range(vma, start, end);
	mmu_notifier_invalidate_range_end(mm, start, end);
	return pages;
}

void toy_unmap_range(struct vm_area_struct *vma, unsigned long start,
		     unsigned long end)
{
	mmu_notifier_invalidate_range_start(vma->vm_mm, start, end);
	unmap_page_range(vma, start, end);
	mmu_notifier_invalidate_range_end(vma->vm_mm, start, end);
}

int toy_wp_page_copy(struct vm_area_struct *vma, unsigned long address,
		     struct page *old_page)
{
	struct mm_struct *mm = vma->vm_mm;
	struct page *new_page;
	unsigned long mmun_start;
	unsigned long mmun_end;

	new_page = alloc_page(GFP_KERNEL);
	if (!new_page)
		return -ENOMEM;
	copy_highpage(new_page, old_page);

	mmun_start = address & PAGE_MASK;
	mmun_end = mmun_start + PAGE_SIZE;
	mmu_notifier_invalidate_range_start(mm, mmun_start, mmun_end);
	spin_lock(&mm->page_table_lock);
	put_page(old_page);
	spin_unlock(&mm->page_table_lock);
	mmu_notifier_invalidate_range_only_end(mm, mmun_start, mmun_end);
	return 0;
}
