// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human and reported: an end whose arguments differ from its
 * start's, in the style of migrate_vma_pages() (the start is taken at the
 * first page that needs it, the end names another variable), and bounds
 * that move between the start and the end, which a range would freeze.
 * mntest: after=-
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct mv_migrate {
	struct vm_area_struct *vma;
	unsigned long start;
	unsigned long end;
	unsigned long npages;
	unsigned long *src;
};

int mv_needs_notify(struct mv_migrate *migrate, unsigned long i);
void mv_move_page(struct mv_migrate *migrate, unsigned long i);
void mv_clear_one(struct mm_struct *mm, unsigned long addr);

static void mv_pages(struct mv_migrate *migrate)
{
	struct mm_struct *mm = migrate->vma->vm_mm;
	unsigned long addr, i, mmu_start;
	bool notified = false;

	for (i = 0, addr = migrate->start; i < migrate->npages;
	     addr += PAGE_SIZE, i++) {
		if (mv_needs_notify(migrate, i) && !notified) {
			mmu_start = addr;
			notified = true;
			mmu_notifier_invalidate_range_start(mm, addr,
							    migrate->end);
		}
		mv_move_page(migrate, i);
	}

	if (notified)
		mmu_notifier_invalidate_range_only_end(mm, mmu_start,
						       migrate->end);
}

static void mv_clear(struct mm_struct *mm, unsigned long start,
		     unsigned long end)
{
	mmu_notifier_invalidate_range_start(mm, start, end);
	while (start < end) {
		mv_clear_one(mm, start);
		start += PAGE_SIZE;
	}
	mmu_notifier_invalidate_range_end(mm, start, end);
}
