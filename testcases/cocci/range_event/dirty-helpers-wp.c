// SPDX-License-Identifier: GPL-2.0-only
/*
 * A mapping_dirty_helpers-style write-protect walk, written against the
 * 5.0 API: the pre-vma hook opens the range that the post-vma hook
 * closes, and the pte hook write-protects in between.  The end is in
 * another function; the pte hook of the walk's ops, what the walk does,
 * says MMU_NOTIFY_PROTECTION_PAGE.  The mm is walk->mm, no vma: NULL.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct mm_walk {
	struct mm_struct *mm;
	struct vm_area_struct *vma;
	void *private;
};

struct wp_walk {
	struct mmu_notifier_range range;
	unsigned long tlbflush_start;
	unsigned long tlbflush_end;
	unsigned long total;
};

static void wp_clean_pre_vma(unsigned long start, unsigned long end,
			     struct mm_walk *walk)
{
	struct wp_walk *wpwalk = walk->private;

	wpwalk->tlbflush_start = end;
	wpwalk->tlbflush_end = start;

	mmu_notifier_range_init(&wpwalk->range, walk->mm, start, end);
	mmu_notifier_invalidate_range_start(&wpwalk->range);
	flush_cache_range(walk->vma, start, end);
}

static int wp_clean_pte(pte_t *pte, unsigned long addr, unsigned long end,
			struct mm_walk *walk)
{
	struct wp_walk *wpwalk = walk->private;
	pte_t ptent = *pte;

	if (pte_write(ptent)) {
		set_pte_at(walk->mm, addr, pte, pte_wrprotect(ptent));
		wpwalk->total++;
		wpwalk->tlbflush_start = min(wpwalk->tlbflush_start, addr);
		wpwalk->tlbflush_end = max(wpwalk->tlbflush_end,
					   addr + PAGE_SIZE);
	}
	return 0;
}

static void wp_clean_post_vma(struct mm_walk *walk)
{
	struct wp_walk *wpwalk = walk->private;

	if (wpwalk->tlbflush_end > wpwalk->tlbflush_start)
		flush_tlb_range(walk->vma, wpwalk->tlbflush_start,
				wpwalk->tlbflush_end);
	mmu_notifier_invalidate_range_end(&wpwalk->range);
}

struct mm_walk_ops {
	int (*pte_entry)(pte_t *pte, unsigned long addr, unsigned long next,
			 struct mm_walk *walk);
	void (*pre_vma)(unsigned long start, unsigned long end,
			struct mm_walk *walk);
	void (*post_vma)(struct mm_walk *walk);
};

/* The walk the range spans: opened before each vma, closed after it. */
static const struct mm_walk_ops wp_clean_walk_ops = {
	.pte_entry	= wp_clean_pte,
	.pre_vma	= wp_clean_pre_vma,
	.post_vma	= wp_clean_post_vma,
};
