// SPDX-License-Identifier: GPL-2.0-only
/*
 * HMM device migration (5.0 mm/migrate.c): the collect step invalidates
 * the whole range around a page walk, the pages step opens the range
 * lazily at the first new page and closes it with _only_end().  Both
 * MMU_NOTIFY_CLEAR.  The collect step's mm comes from the walk, so no vma;
 * the pages step passes migrate->vma->vm_mm, which gives the vma
 * (upstream's own SmPL only took a plain identifier there and wrote NULL).
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct mm_walk {
	struct mm_struct *mm;
	void *private;
};

struct hmm_migrate {
	struct vm_area_struct *vma;
	unsigned long *dst;
	unsigned long *src;
	unsigned long cpages;
	unsigned long npages;
	unsigned long start;
	unsigned long end;
};

#define HMM_PFN_MIGRATE	(1UL << 1)

extern int walk_page_range(unsigned long start, unsigned long end,
			   struct mm_walk *walk);
extern struct page *hmm_pfn_to_page(unsigned long pfn);
extern void hmm_insert_page(struct hmm_migrate *migrate, unsigned long addr,
			    struct page *page, unsigned long *src,
			    unsigned long *dst);
extern int migrate_page(struct page *newpage, struct page *page);

static void hmm_migrate_collect(struct hmm_migrate *migrate)
{
	struct mmu_notifier_range range;
	struct mm_walk mm_walk = {
		.private = migrate,
	};

	mm_walk.mm = migrate->vma->vm_mm;

	mmu_notifier_range_init(&range, mm_walk.mm, migrate->start,
				migrate->end);
	mmu_notifier_invalidate_range_start(&range);
	walk_page_range(migrate->start, migrate->end, &mm_walk);
	mmu_notifier_invalidate_range_end(&range);

	migrate->end = migrate->start + (migrate->npages << PAGE_SHIFT);
}

static void hmm_migrate_pages(struct hmm_migrate *migrate)
{
	const unsigned long npages = migrate->npages;
	const unsigned long start = migrate->start;
	struct mmu_notifier_range range;
	unsigned long addr, i;
	bool notified = false;

	for (i = 0, addr = start; i < npages; addr += PAGE_SIZE, i++) {
		struct page *newpage = hmm_pfn_to_page(migrate->dst[i]);
		struct page *page = hmm_pfn_to_page(migrate->src[i]);

		if (!newpage) {
			migrate->src[i] &= ~HMM_PFN_MIGRATE;
			continue;
		}

		if (!page) {
			if (!(migrate->src[i] & HMM_PFN_MIGRATE))
				continue;
			if (!notified) {
				notified = true;

				mmu_notifier_range_init(&range,
							migrate->vma->vm_mm,
							addr, migrate->end);
				mmu_notifier_invalidate_range_start(&range);
			}
			hmm_insert_page(migrate, addr, newpage,
					&migrate->src[i], &migrate->dst[i]);
			continue;
		}

		if (migrate_page(newpage, page))
			migrate->src[i] &= ~HMM_PFN_MIGRATE;
	}

	/* The pte updates above already called the TLB hook. */
	if (notified)
		mmu_notifier_invalidate_range_only_end(&range);
}
