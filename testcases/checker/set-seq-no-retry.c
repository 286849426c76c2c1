/*
 * A driver that never uses mmu_interval_read_retry() (radeon, gntdev) has
 * no reader to tell: no mmu_interval_set_seq() needed.
 */
#include <linux/mmu_notifier.h>

struct radeon_bo {
	struct mmu_interval_notifier notifier;
	bool bound;
};

static bool radeon_mn_invalidate(struct mmu_interval_notifier *mn,
				 const struct mmu_notifier_range *range,
				 unsigned long cur_seq)
{
	struct radeon_bo *bo = container_of(mn, struct radeon_bo, notifier);

	if (!bo->bound)
		return true;
	if (!mmu_notifier_range_blockable(range))
		return false;
	bo->bound = range->event == MMU_NOTIFY_SOFT_DIRTY;
	return true;
}

static const struct mmu_interval_notifier_ops radeon_mn_ops = {
	.invalidate = radeon_mn_invalidate,
};

int radeon_mn_register(struct radeon_bo *bo, unsigned long addr)
{
	int ret = mmu_interval_notifier_insert(&bo->notifier, current->mm, addr,
					       PAGE_SIZE, &radeon_mn_ops);

	if (ret)
		return ret;
	mmu_interval_read_begin(&bo->notifier);
	return 0;
}

/*
 * check-name: set-seq-missing: no read_retry in the file
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 */
