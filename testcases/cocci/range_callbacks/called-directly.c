// SPDX-License-Identifier: GPL-2.0-only
/*
 * A grant-mapping device whose release path calls its own start callback
 * with the old arguments to unmap everything.  The callback is converted
 * with its caller, which builds a range for the call; the end callback,
 * only reached through the ops, is converted as usual.
 */
#include <linux/mmu_notifier.h>
#include <linux/mutex.h>

struct grant_map {
	struct list_head next;
	struct vm_area_struct *vma;
	int index;
	int count;
};

struct gntdev_priv {
	struct mmu_notifier mn;
	struct mutex lock;
	struct list_head maps;
	int unmapping;
};

static int unmap_if_in_range(struct grant_map *map, unsigned long start,
			     unsigned long end, bool blockable)
{
	if (!map->vma || map->vma->vm_start >= end || map->vma->vm_end <= start)
		return 0;
	if (!blockable)
		return -EAGAIN;
	map->count = 0;
	return 0;
}

static int mn_invl_range_start(struct mmu_notifier *mn,
			       struct mm_struct *mm,
			       unsigned long start, unsigned long end,
			       bool blockable)
{
	struct gntdev_priv *priv = container_of(mn, struct gntdev_priv, mn);
	struct grant_map *map;
	int ret = 0;

	if (blockable)
		mutex_lock(&priv->lock);
	else if (!mutex_trylock(&priv->lock))
		return -EAGAIN;

	list_for_each_entry(map, &priv->maps, next) {
		ret = unmap_if_in_range(map, start, end, blockable);
		if (ret)
			break;
	}
	mutex_unlock(&priv->lock);

	return ret;
}

static void mn_invl_range_end(struct mmu_notifier *mn, struct mm_struct *mm,
			      unsigned long start, unsigned long end)
{
	struct gntdev_priv *priv = container_of(mn, struct gntdev_priv, mn);

	priv->unmapping = 0;
}

static void mn_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
	mn_invl_range_start(mn, mm, 0, ~0UL, true);
}

static const struct mmu_notifier_ops gntdev_mmu_ops = {
	.release                = mn_release,
	.invalidate_range_start = mn_invl_range_start,
	.invalidate_range_end   = mn_invl_range_end,
};

int gntdev_open_notifier(struct gntdev_priv *priv, struct mm_struct *mm)
{
	priv->mn.ops = &gntdev_mmu_ops;
	return mmu_notifier_register(&priv->mn, mm);
}
