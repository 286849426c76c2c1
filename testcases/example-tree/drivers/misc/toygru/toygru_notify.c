// SPDX-License-Identifier: GPL-2.0-only
/*
 * toygru: a coprocessor TLB that mirrors the CPU page tables.  Its notifier
 * never sleeps, and it also implements the TLB hook.
 */
#include <linux/mmu_notifier.h>

struct toygru_mm {
	struct mmu_notifier ms_notifier;
	spinlock_t ms_lock;
	int ms_range_active;
};

static void toygru_flush_tlb(struct toygru_mm *gms, unsigned long start,
			     unsigned long len)
{
	gms->ms_range_active += len ? 0 : 1;
}

static int toygru_invalidate_range_start(struct mmu_notifier *mn,
					 struct mm_struct *mm,
					 unsigned long start,
					 unsigned long end,
					 bool blockable)
{
	struct toygru_mm *gms = container_of(mn, struct toygru_mm, ms_notifier);

	spin_lock(&gms->ms_lock);
	gms->ms_range_active++;
	spin_unlock(&gms->ms_lock);
	toygru_flush_tlb(gms, start, end - start);
	return 0;
}

static void toygru_invalidate_range_end(struct mmu_notifier *mn,
					struct mm_struct *mm,
					unsigned long start,
					unsigned long end)
{
	struct toygru_mm *gms = container_of(mn, struct toygru_mm, ms_notifier);

	spin_lock(&gms->ms_lock);
	gms->ms_range_active--;
	spin_unlock(&gms->ms_lock);
}

/* The TLB hook keeps its (mm, start, end) form. */
static void toygru_invalidate_range(struct mmu_notifier *mn,
				    struct mm_struct *mm,
				    unsigned long start, unsigned long end)
{
	struct toygru_mm *gms = container_of(mn, struct toygru_mm, ms_notifier);

	toygru_flush_tlb(gms, start, end - start);
}

static const struct mmu_notifier_ops toygru_mmuops = {
	.invalidate_range_start = toygru_invalidate_range_start,
	.invalidate_range_end = toygru_invalidate_range_end,
	.invalidate_range = toygru_invalidate_range,
};

int toygru_register(struct toygru_mm *gms, struct mm_struct *mm)
{
	gms->ms_notifier.ops = &toygru_mmuops;
	return mmu_notifier_register(&gms->ms_notifier, mm);
}
