// SPDX-License-Identifier: GPL-2.0-only
/*
 * mm core callers in the 5.2-6.2 form: a protection change over a vma, a
 * COW-style page replacement, and a soft-dirty clear over the whole
 * address space with no vma at all.  Each loses its vma argument.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

static unsigned long wp_vma_range(struct vm_area_struct *vma, pmd_t *pmd,
				  unsigned long addr, unsigned long end,
				  pgprot_t newprot)
{
	struct mmu_notifier_range range;
	unsigned long pages;

	mmu_notifier_range_init(&range,
				MMU_NOTIFY_PROTECTION_VMA, 0,
				vma, vma->vm_mm, addr, end);
	mmu_notifier_invalidate_range_start(&range);
	pages = change_protection(vma, addr, end, newprot, 0);
	mmu_notifier_invalidate_range_end(&range);
	return pages;
}

static int replace_anon_page(struct vm_fault *vmf, struct page *new_page)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mm_struct *mm = vma->vm_mm;
	struct mmu_notifier_range range;
	unsigned long haddr = vmf->address & PAGE_MASK;

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, vma, mm, haddr,
				haddr + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);
	flush_cache_range(vma, haddr, haddr + PAGE_SIZE);
	copy_highpage(new_page, vmf->page);
	mmu_notifier_invalidate_range_end(&range);
	return 0;
}

static void clear_soft_dirty_all(struct mm_struct *mm)
{
	struct mmu_notifier_range range;

	mmap_read_lock(mm);
	mmu_notifier_range_init(&range, MMU_NOTIFY_SOFT_DIRTY,
				0, NULL, mm, 0, -1UL);
	mmu_notifier_invalidate_range_start(&range);
	tlb_flush_mmu(mm);
	mmu_notifier_invalidate_range_end(&range);
	mmap_read_unlock(mm);
}
