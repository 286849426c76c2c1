// SPDX-License-Identifier: GPL-2.0-only
/*
 * hugetlbfs copy-on-write: the write fault replaces the shared huge page
 * with a private copy, and fork write-protects the parent's huge ptes
 * with huge_ptep_set_wrprotect().  Upstream gave both MMU_NOTIFY_CLEAR;
 * so does this step (the hugetlb write-protect helper is not in the
 * write-protect list).  vma from the parameters.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

#define VM_SHARED	0x00000008UL
#define VM_MAYWRITE	0x00000020UL

struct hstate { unsigned int order; };

extern struct hstate *hstate_vma(struct vm_area_struct *vma);
extern unsigned long huge_page_size(struct hstate *h);
extern pte_t *huge_pte_offset(struct mm_struct *mm, unsigned long addr,
			      unsigned long sz);
extern pte_t *huge_pte_alloc(struct mm_struct *mm, unsigned long addr,
			     unsigned long sz);
extern pte_t huge_ptep_get(pte_t *ptep);
extern int huge_pte_none(pte_t pte);
extern int pte_same(pte_t a, pte_t b);
extern void huge_ptep_clear_flush(struct vm_area_struct *vma,
				  unsigned long addr, pte_t *ptep);
extern void huge_ptep_set_wrprotect(struct mm_struct *mm, unsigned long addr,
				    pte_t *ptep);
extern pte_t make_huge_pte(struct vm_area_struct *vma, struct page *page,
			   int writable);
extern void set_huge_pte_at(struct mm_struct *mm, unsigned long addr,
			    pte_t *ptep, pte_t pte);
extern struct page *pte_page(pte_t pte);
extern void page_remove_rmap(struct page *page, bool compound);
extern void page_dup_rmap(struct page *page, bool compound);
extern void hugepage_add_new_anon_rmap(struct page *page,
				       struct vm_area_struct *vma,
				       unsigned long address);

static void hugetlb_replace_page(struct mm_struct *mm,
				 struct vm_area_struct *vma,
				 unsigned long address, pte_t *ptep, pte_t pte,
				 struct page *old_page, struct page *new_page,
				 spinlock_t *ptl)
{
	unsigned long haddr = address & HPAGE_PMD_MASK;
	struct hstate *h = hstate_vma(vma);
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, mm, haddr, haddr + huge_page_size(h));
	mmu_notifier_invalidate_range_start(&range);

	/* Retake the lock: the pte may have changed meanwhile. */
	spin_lock(ptl);
	ptep = huge_pte_offset(mm, haddr, huge_page_size(h));
	if (ptep && pte_same(huge_ptep_get(ptep), pte)) {
		/* Break COW */
		huge_ptep_clear_flush(vma, haddr, ptep);
		mmu_notifier_invalidate_range(mm, range.start, range.end);
		set_huge_pte_at(mm, haddr, ptep, make_huge_pte(vma, new_page, 1));
		page_remove_rmap(old_page, true);
		hugepage_add_new_anon_rmap(new_page, vma, haddr);
	}
	spin_unlock(ptl);
	mmu_notifier_invalidate_range_end(&range);
}

int copy_hugetlb_page_range(struct mm_struct *dst, struct mm_struct *src,
			    struct vm_area_struct *vma)
{
	struct hstate *h = hstate_vma(vma);
	unsigned long sz = huge_page_size(h);
	struct mmu_notifier_range range;
	pte_t *src_pte, *dst_pte, entry;
	unsigned long addr;
	int ret = 0;
	int cow;

	cow = (vma->vm_flags & (VM_SHARED | VM_MAYWRITE)) == VM_MAYWRITE;

	if (cow) {
		mmu_notifier_range_init(&range, src, vma->vm_start,
					vma->vm_end);
		mmu_notifier_invalidate_range_start(&range);
	}

	for (addr = vma->vm_start; addr < vma->vm_end; addr += sz) {
		src_pte = huge_pte_offset(src, addr, sz);
		if (!src_pte)
			continue;
		dst_pte = huge_pte_alloc(dst, addr, sz);
		if (!dst_pte) {
			ret = -ENOMEM;
			break;
		}
		entry = huge_ptep_get(src_pte);
		if (huge_pte_none(entry))
			continue;
		/* Both parent and child map the page read-only. */
		if (cow)
			huge_ptep_set_wrprotect(src, addr, src_pte);
		entry = huge_ptep_get(src_pte);
		page_dup_rmap(pte_page(entry), true);
		set_huge_pte_at(dst, addr, dst_pte, entry);
	}

	if (cow)
		mmu_notifier_invalidate_range_end(&range);

	return ret;
}
