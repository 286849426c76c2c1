// SPDX-License-Identifier: GPL-2.0-only
/*
 * rmap's page_mkclean_one(): every pte (or huge pmd) that maps the page is
 * write-protected and cleaned so that the next write faults:
 * MMU_NOTIFY_PROTECTION_PAGE, vma from vma->vm_mm.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct page_vma_mapped_walk {
	struct page *page;
	struct vm_area_struct *vma;
	unsigned long address;
	pmd_t *pmd;
	pte_t *pte;
	spinlock_t *ptl;
};

extern bool page_vma_mapped_walk(struct page_vma_mapped_walk *pvmw);
extern unsigned long vma_address_end(struct page *page,
				     struct vm_area_struct *vma);
extern void flush_cache_page(struct vm_area_struct *vma, unsigned long addr,
			     unsigned long pfn);
extern pte_t ptep_clear_flush(struct vm_area_struct *vma, unsigned long addr,
			      pte_t *ptep);
extern pmd_t pmdp_invalidate(struct vm_area_struct *vma, unsigned long addr,
			     pmd_t *pmdp);
extern pmd_t pmd_wrprotect(pmd_t pmd);
extern pmd_t pmd_mkclean(pmd_t pmd);
extern void set_pmd_at(struct mm_struct *mm, unsigned long addr, pmd_t *pmdp,
		       pmd_t pmd);

static bool page_mkclean_one(struct page *page, struct vm_area_struct *vma,
			     unsigned long address, void *arg)
{
	struct page_vma_mapped_walk pvmw = {
		.page = page,
		.vma = vma,
		.address = address,
	};
	struct mmu_notifier_range range;
	int *cleaned = arg;

	/* Assume the worst case, a pmd, for the invalidation. */
	mmu_notifier_range_init(&range, vma->vm_mm, address,
				vma_address_end(page, vma));
	mmu_notifier_invalidate_range_start(&range);

	while (page_vma_mapped_walk(&pvmw)) {
		unsigned long cstart = pvmw.address;
		int ret = 0;

		address = pvmw.address;
		if (pvmw.pte) {
			pte_t *pte = pvmw.pte;
			pte_t entry;

			if (!pte_dirty(*pte) && !pte_write(*pte))
				continue;

			flush_cache_page(vma, address, pte_pfn(*pte));
			entry = ptep_clear_flush(vma, address, pte);
			entry = pte_wrprotect(entry);
			entry = pte_mkclean(entry);
			set_pte_at(vma->vm_mm, address, pte, entry);
			ret = 1;
		} else {
			pmd_t *pmd = pvmw.pmd;
			pmd_t entry;

			entry = pmdp_invalidate(vma, address, pmd);
			entry = pmd_wrprotect(entry);
			entry = pmd_mkclean(entry);
			set_pmd_at(vma->vm_mm, address, pmd, entry);
			ret = 1;
		}

		if (ret) {
			mmu_notifier_invalidate_range(vma->vm_mm, cstart,
						      cstart + PAGE_SIZE);
			(*cleaned)++;
		}
	}

	mmu_notifier_invalidate_range_end(&range);

	return true;
}
