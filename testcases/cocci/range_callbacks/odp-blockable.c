// SPDX-License-Identifier: GPL-2.0-only
/*
 * An on-demand-paging notifier in the 4.19 form: the start callback takes
 * its lock according to blockable, then walks the registered memory
 * regions in the range and passes blockable on to the walker; the end
 * callback only reads the bounds.
 */
#include <linux/mmu_notifier.h>
#include <linux/rwsem.h>

struct odp_per_mm {
	struct mmu_notifier mn;
	struct rw_semaphore umem_rwsem;
	struct rb_root_cached umem_tree;
	bool active;
};

typedef int (*umem_call_back)(void *item, unsigned long start,
			      unsigned long end, void *cookie);

int odp_for_each_in_range(struct rb_root_cached *root, unsigned long start,
			  unsigned long last, umem_call_back cb,
			  bool blockable, void *cookie);

static int invalidate_range_start_trampoline(void *item, unsigned long start,
					     unsigned long end, void *cookie)
{
	return 0;
}

static int invalidate_range_end_trampoline(void *item, unsigned long start,
					   unsigned long end, void *cookie)
{
	return 0;
}

static int odp_notifier_invalidate_range_start(struct mmu_notifier *mn,
					       struct mm_struct *mm,
					       unsigned long start,
					       unsigned long end,
					       bool blockable)
{
	struct odp_per_mm *per_mm = container_of(mn, struct odp_per_mm, mn);

	if (blockable)
		down_read(&per_mm->umem_rwsem);
	else if (!down_read_trylock(&per_mm->umem_rwsem))
		return -EAGAIN;

	if (!per_mm->active) {
		up_read(&per_mm->umem_rwsem);
		/*
		 * active only ever goes from true to false: range_end sees
		 * the same value and skips the unlock too.
		 */
		return 0;
	}

	return odp_for_each_in_range(&per_mm->umem_tree, start, end,
				     invalidate_range_start_trampoline,
				     blockable, NULL);
}

static void odp_notifier_invalidate_range_end(struct mmu_notifier *mn,
					      struct mm_struct *mm,
					      unsigned long start,
					      unsigned long end)
{
	struct odp_per_mm *per_mm = container_of(mn, struct odp_per_mm, mn);

	if (!per_mm->active)
		return;

	odp_for_each_in_range(&per_mm->umem_tree, start, end,
			      invalidate_range_end_trampoline, true, NULL);
	up_read(&per_mm->umem_rwsem);
}

static const struct mmu_notifier_ops odp_mn_ops = {
	.invalidate_range_start = odp_notifier_invalidate_range_start,
	.invalidate_range_end = odp_notifier_invalidate_range_end,
};

int odp_register(struct odp_per_mm *per_mm, struct mm_struct *mm)
{
	per_mm->mn.ops = &odp_mn_ops;
	init_rwsem(&per_mm->umem_rwsem);
	return mmu_notifier_register(&per_mm->mn, mm);
}
