/*
 * MMU_NOTIFY_EXCLUSIVE (5.14+): nouveau's interval notifier filters on it
 * with its owner; one without the owner test is flagged.  The same for a
 * plain mmu_notifier with the range named "update" (nouveau's name).
 */
#include <linux/mmu_notifier.h>

struct nouveau_svmm {
	struct mmu_notifier notifier;
	struct mutex mutex;
	void *dev;
};

struct svm_notifier {
	struct mmu_interval_notifier notifier;
	struct nouveau_svmm *svmm;
};

static bool nouveau_svm_range_invalidate(struct mmu_interval_notifier *mni,
					 const struct mmu_notifier_range *range,
					 unsigned long cur_seq)
{
	struct svm_notifier *sn = container_of(mni, struct svm_notifier, notifier);

	if (range->event == MMU_NOTIFY_EXCLUSIVE &&
	    range->owner == sn->svmm->dev)
		return true;

	if (mmu_notifier_range_blockable(range))
		mutex_lock(&sn->svmm->mutex);
	else if (!mutex_trylock(&sn->svmm->mutex))
		return false;
	mmu_interval_set_seq(mni, cur_seq);
	mutex_unlock(&sn->svmm->mutex);
	return true;
}

static bool exclusive_no_owner(struct mmu_interval_notifier *mni,
			       const struct mmu_notifier_range *range,
			       unsigned long cur_seq)
{
	if (range->event == MMU_NOTIFY_EXCLUSIVE)
		return true;
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static int nouveau_svmm_invalidate_range_start(struct mmu_notifier *mn,
					       const struct mmu_notifier_range *update)
{
	struct nouveau_svmm *svmm = container_of(mn, struct nouveau_svmm, notifier);

	if (!mmu_notifier_range_blockable(update))
		return -EAGAIN;

	mutex_lock(&svmm->mutex);
	if (update->event == MMU_NOTIFY_MIGRATE &&
	    update->owner == svmm->dev)
		goto out;
	flush_tlb_range(NULL, update->start, update->end);
out:
	mutex_unlock(&svmm->mutex);
	return 0;
}

static int update_no_owner(struct mmu_notifier *mn,
			   const struct mmu_notifier_range *update)
{
	struct nouveau_svmm *svmm = container_of(mn, struct nouveau_svmm, notifier);

	if (update->event != MMU_NOTIFY_MIGRATE)
		flush_tlb_range(NULL, update->start, update->end);
	return svmm ? 0 : -EINVAL;
}

static const struct mmu_interval_notifier_ops nouveau_svm_mni_ops = {
	.invalidate = nouveau_svm_range_invalidate,
};

static const struct mmu_interval_notifier_ops plain_mni_ops = {
	.invalidate = exclusive_no_owner,
};

static const struct mmu_notifier_ops nouveau_mn_ops = {
	.invalidate_range_start = nouveau_svmm_invalidate_range_start,
};

static const struct mmu_notifier_ops plain_mn_ops = {
	.invalidate_range_start = update_no_owner,
};

/*
 * check-name: owner-ignored: EXCLUSIVE, the range named update, != tests
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
owner-exclusive.c:42:13: warning: 'exclusive_no_owner' skips its invalidation on MMU_NOTIFY_EXCLUSIVE without checking 'range->owner': another device's exclusive access then goes unnoticed [owner-ignored]
owner-exclusive.c:71:13: warning: 'update_no_owner' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'update->owner': another device's migration then goes unnoticed [owner-ignored]
 * check-error-end
 */
