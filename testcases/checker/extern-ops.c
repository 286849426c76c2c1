/*
 * mlx5's shape: the ops are declared extern (in a header), used, then
 * defined non-static further down.
 */
#include <linux/mmu_notifier.h>

extern const struct mmu_interval_notifier_ops mlx5_mn_ops;

struct umem_odp {
	struct mmu_interval_notifier notifier;
	struct mutex umem_mutex;
};

int odp_init(struct umem_odp *odp, unsigned long start)
{
	return mmu_interval_notifier_insert(&odp->notifier, current->mm, start,
					    PAGE_SIZE, &mlx5_mn_ops);
}

static bool mlx5_ib_invalidate_range(struct mmu_interval_notifier *mni,
				     const struct mmu_notifier_range *range,
				     unsigned long cur_seq)
{
	struct umem_odp *odp = container_of(mni, struct umem_odp, notifier);

	if (!mmu_notifier_range_blockable(range))
		return false;
	mutex_lock(&odp->umem_mutex);
	mmu_interval_set_seq(mni, cur_seq);
	mutex_unlock(&odp->umem_mutex);
	return true;
}

const struct mmu_interval_notifier_ops mlx5_mn_ops = {
	.invalidate = mlx5_ib_invalidate_range,
};

/*
 * check-name: mlx5: extern ops declared, then defined
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
extern-ops.c:20:13: warning: interval invalidate callback 'mlx5_ib_invalidate_range' never reads 'range->event' [event-ignored]
 * check-error-end
 */
