// SPDX-License-Identifier: GPL-2.0-only
/*
 * A secure-memory driver in the 5.9-5.13 form that tells the other
 * mirrors about a range it is about to take back, marking the
 * invalidation with its own page-map owner so its own notifier can skip
 * it.  One call fits on a line, the other is split the way mm/migrate.c
 * split it.
 */
#include <linux/mmu_notifier.h>
#include <linux/memremap.h>

struct uvmem_slot {
	struct vm_area_struct *vma;
	unsigned long start;
	unsigned long end;
};

static struct dev_pagemap uvmem_pgmap;

void uvmem_drop_range(struct uvmem_slot *slot);

static void uvmem_notify_page(struct vm_area_struct *vma, unsigned long addr)
{
	struct mmu_notifier_range r;

	mmu_notifier_range_init_migrate(&r, 0, vma, vma->vm_mm, addr,
					addr + PAGE_SIZE, &uvmem_pgmap);
	mmu_notifier_invalidate_range_start(&r);
	mmu_notifier_invalidate_range_end(&r);
}

static void uvmem_evict_slot(struct uvmem_slot *slot)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init_migrate(&range, 0, slot->vma,
		slot->vma->vm_mm, slot->start, slot->end, &uvmem_pgmap);
	mmu_notifier_invalidate_range_start(&range);
	uvmem_drop_range(slot);
	mmu_notifier_invalidate_range_end(&range);
}
