// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: a driver's own "blockable" members, and a callback
 * already in the 5.2 form.
 * mntest: before=5.2 after=5.2
 */
#include <linux/mmu_notifier.h>

struct dma_fence_wait {
	bool blockable;
	unsigned long timeout;
};

struct gntdev_unmap {
	struct dma_fence_wait *wait;
	bool blockable;
};

static bool may_wait(struct gntdev_unmap *u)
{
	return u->blockable && u->wait->blockable;
}

static int done_start(struct mmu_notifier *mn,
		      const struct mmu_notifier_range *range)
{
	if (!mmu_notifier_range_blockable(range))
		return -EAGAIN;
	return 0;
}

static const struct mmu_notifier_ops done_ops = {
	.invalidate_range_start = done_start,
};
