// SPDX-License-Identifier: GPL-2.0-only
/*
 * Locals that only carried the vma to mmu_notifier_range_init().  A pure
 * copy of walk->vma goes with the argument; one set by a lookup call, or
 * assigned after its declaration, is kept (it compiles, unused) and
 * reported for a human.
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
	unsigned long total;
};

static int wp_clean_pre_vma(unsigned long start, unsigned long end,
			    struct mm_walk *walk)
{
	struct wp_walk *wpwalk = walk->private;
	struct vm_area_struct *vma = walk->vma;

	mmu_notifier_range_init(&wpwalk->range, MMU_NOTIFY_PROTECTION_PAGE, 0,
				vma, walk->mm, start, end);
	mmu_notifier_invalidate_range_start(&wpwalk->range);
	return 0;
}

static void collapse_notify(struct mm_struct *mm, unsigned long address)
{
	struct vm_area_struct *vma = find_vma(mm, address);
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, vma, mm,
				address, address + HPAGE_PMD_SIZE);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);
}

static void replace_notify(struct mm_struct *mm, unsigned long addr)
{
	struct mmu_notifier_range range;
	struct vm_area_struct *vma;

	vma = find_vma(mm, addr);
	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, vma, mm, addr,
				addr + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);
}
