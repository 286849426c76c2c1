// SPDX-License-Identifier: GPL-2.0-only
/*
 * khugepaged: collapse_huge_page() clears the pmd of the small pages it
 * copies into a new huge page.  MMU_NOTIFY_CLEAR; the local vma is filled
 * through its address by the revalidation helper, not known to this
 * step, so the vma is NULL as upstream has it.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct anon_vma;

extern int hugepage_vma_revalidate(struct mm_struct *mm, unsigned long address,
				   struct vm_area_struct **vmap);
extern pmd_t *mm_find_pmd(struct mm_struct *mm, unsigned long address);
extern void anon_vma_lock_write(struct vm_area_struct *vma);
extern void anon_vma_unlock_write(struct vm_area_struct *vma);
extern spinlock_t *pmd_lock(struct mm_struct *mm, pmd_t *pmd);
extern pmd_t pmdp_collapse_flush(struct vm_area_struct *vma,
				 unsigned long address, pmd_t *pmdp);
extern int __collapse_huge_page_isolate(struct vm_area_struct *vma,
					unsigned long address, pte_t *pte);
extern void __collapse_huge_page_copy(pte_t *pte, struct page *page,
				      struct vm_area_struct *vma,
				      unsigned long address);
extern void set_pmd_at(struct mm_struct *mm, unsigned long addr, pmd_t *pmdp,
		       pmd_t pmd);
extern pmd_t mk_huge_pmd(struct page *page, pgprot_t prot);

static void collapse_huge_page(struct mm_struct *mm, unsigned long address,
			       struct page *new_page)
{
	struct mmu_notifier_range range;
	struct vm_area_struct *vma;
	spinlock_t *pmd_ptl, *pte_ptl;
	pmd_t *pmd, _pmd;
	int isolated;
	pte_t *pte;

	down_write(&mm->mmap_sem);
	if (hugepage_vma_revalidate(mm, address, &vma))
		goto out;

	pmd = mm_find_pmd(mm, address);
	if (!pmd)
		goto out;

	anon_vma_lock_write(vma);

	mmu_notifier_range_init(&range, mm, address, address + HPAGE_PMD_SIZE);
	mmu_notifier_invalidate_range_start(&range);

	pte = pte_offset_map_lock(mm, pmd, address, &pte_ptl);
	pmd_ptl = pmd_lock(mm, pmd);
	/* No gup-fast from now on: the pmd is gone. */
	_pmd = pmdp_collapse_flush(vma, address, pmd);
	spin_unlock(pmd_ptl);
	mmu_notifier_invalidate_range_end(&range);

	isolated = __collapse_huge_page_isolate(vma, address, pte);
	spin_unlock(pte_ptl);
	if (!isolated) {
		spin_lock(pmd_ptl);
		set_pmd_at(mm, address, pmd, _pmd);
		spin_unlock(pmd_ptl);
		anon_vma_unlock_write(vma);
		goto out;
	}
	anon_vma_unlock_write(vma);

	__collapse_huge_page_copy(pte, new_page, vma, address);
	spin_lock(pmd_ptl);
	set_pmd_at(mm, address, pmd, mk_huge_pmd(new_page, vma->vm_page_prot));
	spin_unlock(pmd_ptl);
out:
	up_write(&mm->mmap_sem);
}
