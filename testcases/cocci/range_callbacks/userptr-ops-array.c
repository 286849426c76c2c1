// SPDX-License-Identifier: GPL-2.0-only
/*
 * A GPU userptr notifier in the 4.19 form with one ops per client type in
 * an array indexed by the type: the start callbacks take the lock through
 * a helper that gets blockable, walk an interval tree with the bounds, and
 * one turns the exclusive end into an inclusive one by writing to its
 * parameter; both types share the end callback.
 */
#include <linux/mmu_notifier.h>
#include <linux/interval_tree.h>
#include <linux/rwsem.h>

enum gpu_mn_type {
	GPU_MN_TYPE_GFX,
	GPU_MN_TYPE_HSA,
};

struct gpu_mn {
	struct mmu_notifier mn;
	enum gpu_mn_type type;
	struct rw_semaphore lock;
	struct rb_root_cached objects;
};

struct gpu_mn_node {
	struct interval_tree_node it;
	struct list_head bos;
};

static int gpu_mn_read_lock(struct gpu_mn *gmn, bool blockable)
{
	if (blockable)
		down_read(&gmn->lock);
	else if (!down_read_trylock(&gmn->lock))
		return -EAGAIN;
	return 0;
}

static void gpu_mn_read_unlock(struct gpu_mn *gmn)
{
	up_read(&gmn->lock);
}

static void gpu_mn_invalidate_node(struct gpu_mn_node *node,
				   unsigned long start, unsigned long end)
{
	pr_debug("invalidate %lx-%lx\n", start, end);
}

static void gpu_mn_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
}

static int gpu_mn_invalidate_range_start_gfx(struct mmu_notifier *mn,
					     struct mm_struct *mm,
					     unsigned long start,
					     unsigned long end,
					     bool blockable)
{
	struct gpu_mn *gmn = container_of(mn, struct gpu_mn, mn);
	struct interval_tree_node *it;

	/* notification is exclusive, but interval is inclusive */
	end -= 1;

	if (gpu_mn_read_lock(gmn, blockable))
		return -EAGAIN;

	it = interval_tree_iter_first(&gmn->objects, start, end);
	while (it) {
		struct gpu_mn_node *node;

		if (!blockable) {
			gpu_mn_read_unlock(gmn);
			return -EAGAIN;
		}

		node = container_of(it, struct gpu_mn_node, it);
		it = interval_tree_iter_next(it, start, end);

		gpu_mn_invalidate_node(node, start, end);
	}

	return 0;
}

static int gpu_mn_invalidate_range_start_hsa(struct mmu_notifier *mn,
					     struct mm_struct *mm,
					     unsigned long start,
					     unsigned long end,
					     bool blockable)
{
	struct gpu_mn *gmn = container_of(mn, struct gpu_mn, mn);
	struct interval_tree_node *it;

	if (gpu_mn_read_lock(gmn, blockable))
		return -EAGAIN;

	it = interval_tree_iter_first(&gmn->objects, start, end - 1);
	while (it) {
		struct gpu_mn_node *node;

		node = container_of(it, struct gpu_mn_node, it);
		it = interval_tree_iter_next(it, start, end - 1);
		gpu_mn_invalidate_node(node, start, end);
	}

	return 0;
}

static void gpu_mn_invalidate_range_end(struct mmu_notifier *mn,
					struct mm_struct *mm,
					unsigned long start,
					unsigned long end)
{
	struct gpu_mn *gmn = container_of(mn, struct gpu_mn, mn);

	gpu_mn_read_unlock(gmn);
}

static const struct mmu_notifier_ops gpu_mn_ops[] = {
	[GPU_MN_TYPE_GFX] = {
		.release = gpu_mn_release,
		.invalidate_range_start = gpu_mn_invalidate_range_start_gfx,
		.invalidate_range_end = gpu_mn_invalidate_range_end,
	},
	[GPU_MN_TYPE_HSA] = {
		.release = gpu_mn_release,
		.invalidate_range_start = gpu_mn_invalidate_range_start_hsa,
		.invalidate_range_end = gpu_mn_invalidate_range_end,
	},
};

int gpu_mn_register(struct gpu_mn *gmn, struct mm_struct *mm)
{
	gmn->mn.ops = &gpu_mn_ops[gmn->type];
	return mmu_notifier_register(&gmn->mn, mm);
}
