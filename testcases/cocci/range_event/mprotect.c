// SPDX-License-Identifier: GPL-2.0-only
/*
 * mprotect's pmd walker: the range is opened lazily on the first populated
 * pmd, then every pte gets the new protection; a huge pmd that does not
 * fit is split on the way.  The protection change wins over the split:
 * MMU_NOTIFY_PROTECTION_VMA, and the vma is the walker's parameter.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

extern pmd_t *pmd_offset(pud_t *pud, unsigned long addr);
extern unsigned long pmd_addr_end(unsigned long addr, unsigned long end);
extern int pmd_none_or_clear_bad(pmd_t *pmd);
extern int pmd_trans_huge(pmd_t pmd);
extern void __split_huge_pmd(struct vm_area_struct *vma, pmd_t *pmd,
			     unsigned long address, bool freeze,
			     struct page *page);
extern int change_huge_pmd(struct vm_area_struct *vma, pmd_t *pmd,
			   unsigned long addr, pgprot_t newprot, int prot_numa);
extern unsigned long change_pte_range(struct vm_area_struct *vma, pmd_t *pmd,
				      unsigned long addr, unsigned long end,
				      pgprot_t newprot, int dirty_accountable,
				      int prot_numa);

static unsigned long change_pmd_range(struct vm_area_struct *vma,
		pud_t *pud, unsigned long addr, unsigned long end,
		pgprot_t newprot, int dirty_accountable, int prot_numa)
{
	struct mm_struct *mm = vma->vm_mm;
	struct mmu_notifier_range range;
	unsigned long pages = 0;
	unsigned long next;
	pmd_t *pmd;

	range.start = 0;

	pmd = pmd_offset(pud, addr);
	do {
		next = pmd_addr_end(addr, end);
		if (!pmd_trans_huge(*pmd) && pmd_none_or_clear_bad(pmd))
			goto next;

		/* open the range at the first populated pmd only */
		if (!range.start) {
			mmu_notifier_range_init(&range, mm, addr, end);
			mmu_notifier_invalidate_range_start(&range);
		}

		if (pmd_trans_huge(*pmd)) {
			if (next - addr != HPAGE_PMD_SIZE) {
				__split_huge_pmd(vma, pmd, addr, false, NULL);
			} else if (change_huge_pmd(vma, pmd, addr, newprot,
						   prot_numa)) {
				pages += 512;
				goto next;
			}
		}
		pages += change_pte_range(vma, pmd, addr, next, newprot,
					  dirty_accountable, prot_numa);
next:
		cond_resched();
	} while (pmd++, addr = next, addr != end);

	if (range.start)
		mmu_notifier_invalidate_range_end(&range);

	return pages;
}

/* A driver helper that re-protects a window through the core helper. */
static unsigned long gpu_svm_protect(struct vm_area_struct *vma,
				     unsigned long start, unsigned long end,
				     pgprot_t prot)
{
	struct mmu_notifier_range range;
	unsigned long pages;

	mmu_notifier_range_init(&range, vma->vm_mm, start, end);
	mmu_notifier_invalidate_range_start(&range);
	pages = change_protection(vma, start, end, prot, 0);
	mmu_notifier_invalidate_range_end(&range);
	return pages;
}
