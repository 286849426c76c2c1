// SPDX-License-Identifier: GPL-2.0-only
/*
 * mremap's move_page_tables(): the old range loses its page tables for
 * good (they move to the new address), even though a huge pmd may be split
 * on the way.  MMU_NOTIFY_UNMAP, vma from vma->vm_mm (not new_vma).
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

#define PMD_MASK	(~(PMD_SIZE - 1))

extern pmd_t *get_old_pmd(struct mm_struct *mm, unsigned long addr);
extern pmd_t *alloc_new_pmd(struct mm_struct *mm, struct vm_area_struct *vma,
			    unsigned long addr);
extern int pmd_trans_huge(pmd_t pmd);
extern bool move_huge_pmd(struct vm_area_struct *vma, unsigned long old_addr,
			  unsigned long new_addr, unsigned long old_end,
			  pmd_t *old_pmd, pmd_t *new_pmd);
extern void split_huge_pmd(struct vm_area_struct *vma, pmd_t *pmd,
			   unsigned long address);
extern int pte_alloc(struct mm_struct *mm, pmd_t *pmd);
extern void move_ptes(struct vm_area_struct *vma, pmd_t *old_pmd,
		      unsigned long old_addr, unsigned long old_end,
		      struct vm_area_struct *new_vma, pmd_t *new_pmd,
		      unsigned long new_addr, bool need_rmap_locks);

unsigned long move_page_tables(struct vm_area_struct *vma,
		unsigned long old_addr, struct vm_area_struct *new_vma,
		unsigned long new_addr, unsigned long len,
		bool need_rmap_locks)
{
	unsigned long extent, next, old_end;
	struct mmu_notifier_range range;
	pmd_t *old_pmd, *new_pmd;

	old_end = old_addr + len;
	flush_cache_range(vma, old_addr, old_end);

	mmu_notifier_range_init(&range, vma->vm_mm, old_addr, old_end);
	mmu_notifier_invalidate_range_start(&range);

	for (; old_addr < old_end; old_addr += extent, new_addr += extent) {
		cond_resched();
		next = (old_addr + PMD_SIZE) & PMD_MASK;
		extent = next - old_addr;
		if (extent > old_end - old_addr)
			extent = old_end - old_addr;
		old_pmd = get_old_pmd(vma->vm_mm, old_addr);
		if (!old_pmd)
			continue;
		new_pmd = alloc_new_pmd(vma->vm_mm, vma, new_addr);
		if (!new_pmd)
			break;
		if (pmd_trans_huge(*old_pmd)) {
			if (extent == HPAGE_PMD_SIZE &&
			    move_huge_pmd(vma, old_addr, new_addr, old_end,
					  old_pmd, new_pmd))
				continue;
			split_huge_pmd(vma, old_pmd, old_addr);
		}
		if (pte_alloc(new_vma->vm_mm, new_pmd))
			break;
		move_ptes(vma, old_pmd, old_addr, old_addr + extent, new_vma,
			  new_pmd, new_addr, need_rmap_locks);
	}

	mmu_notifier_invalidate_range_end(&range);

	return len + old_addr - old_end;
}
