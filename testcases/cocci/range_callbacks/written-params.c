// SPDX-License-Identifier: GPL-2.0-only
/*
 * Callbacks that write to their by-value parameters: an inclusive end made
 * from the exclusive one (end--, end -= 1), a start rounded down, a bound
 * whose address is taken, an mm defaulted, blockable forced off.  The
 * range is const, so each written parameter becomes a local initialised
 * from it; the parameters only read come from the range.  The driver
 * names its notifier parameter _mn.
 */
#include <linux/mmu_notifier.h>
#include <linux/interval_tree.h>
#include <linux/spinlock.h>

struct userptr_notifier {
	struct mmu_notifier mn;
	spinlock_t lock;
	struct rb_root_cached objects;
	unsigned long serial;
};

static void userptr_cancel(struct interval_tree_node *it)
{
}

static void clamp_to_huge(unsigned long *addr)
{
	*addr &= HPAGE_PMD_MASK;
}

static int
userptr_mn_invalidate_range_start(struct mmu_notifier *_mn,
				  struct mm_struct *mm,
				  unsigned long start,
				  unsigned long end,
				  bool blockable)
{
	struct userptr_notifier *mn =
		container_of(_mn, struct userptr_notifier, mn);
	struct interval_tree_node *it;

	if (!mn->objects.rb_root.rb_node)
		return 0;

	/* interval ranges are inclusive, but invalidate range is exclusive */
	end--;

	spin_lock(&mn->lock);
	it = interval_tree_iter_first(&mn->objects, start, end);
	while (it) {
		if (!blockable) {
			spin_unlock(&mn->lock);
			return -EAGAIN;
		}
		userptr_cancel(it);
		it = interval_tree_iter_next(it, start, end);
	}
	mn->serial++;
	spin_unlock(&mn->lock);

	return 0;
}

static void userptr_mn_invalidate_range_end(struct mmu_notifier *_mn,
					    struct mm_struct *mm,
					    unsigned long start,
					    unsigned long end)
{
	start &= PAGE_MASK;
	end -= 1;
	clamp_to_huge(&start);
	pr_debug("mm %p: done %lx-%lx\n", mm, start, end);
}

/*
 * The variant used from atomic context never blocks, and falls back to the
 * current mm when the caller passes none.
 */
static int userptr_mn_atomic_range_start(struct mmu_notifier *_mn,
					 struct mm_struct *mm,
					 unsigned long start, unsigned long end,
					 bool blockable)
{
	if (!mm)
		mm = current->mm;
	blockable = false;
	pr_debug("mm %p: %lx-%lx%s\n", mm, start, end, blockable ? "" : " atomic");
	return 0;
}

static const struct mmu_notifier_ops userptr_notifier_ops = {
	.invalidate_range_start = userptr_mn_invalidate_range_start,
	.invalidate_range_end = userptr_mn_invalidate_range_end,
};

static const struct mmu_notifier_ops userptr_atomic_ops = {
	.invalidate_range_start = userptr_mn_atomic_range_start,
	.invalidate_range_end = userptr_mn_invalidate_range_end,
};

void userptr_notifier_init(struct userptr_notifier *mn, bool atomic)
{
	spin_lock_init(&mn->lock);
	mn->mn.ops = atomic ? &userptr_atomic_ops : &userptr_notifier_ops;
}
