/*
 * nouveau's pattern: the notifier takes svmm->mutex before looking at the
 * owner, so migrating under that mutex deadlocks.  Shapes match across the
 * two functions whatever the variables are called.
 */
#include <linux/mmu_notifier.h>
#include <linux/migrate.h>

struct nouveau_svmm {
	struct mmu_notifier notifier;
	struct mutex mutex;
	struct mutex other;
	void *dev;
};

static int svmm_invalidate(struct mmu_notifier *mn,
			   const struct mmu_notifier_range *update)
{
	struct nouveau_svmm *svmm = container_of(mn, struct nouveau_svmm, notifier);

	if (!mmu_notifier_range_blockable(update))
		return -EAGAIN;
	mutex_lock(&svmm->mutex);
	if (update->event == MMU_NOTIFY_MIGRATE && update->owner == svmm->dev)
		goto out;
	flush_tlb_range(NULL, update->start, update->end);
out:
	mutex_unlock(&svmm->mutex);
	return 0;
}

static const struct mmu_notifier_ops svmm_ops = {
	.invalidate_range_start = svmm_invalidate,
};

static int migrate_range(struct nouveau_svmm *s, struct migrate_vma *args)
{
	return migrate_vma_setup(args);
}

int held_across(struct nouveau_svmm *s, struct migrate_vma *args)
{
	int ret;

	mutex_lock(&s->mutex);
	ret = migrate_vma_setup(args);
	mutex_unlock(&s->mutex);
	return ret;
}

int released_first(struct nouveau_svmm *s, struct migrate_vma *args)
{
	mutex_lock(&s->mutex);
	s->dev = NULL;
	mutex_unlock(&s->mutex);
	return migrate_vma_setup(args);
}

int error_path_unlock(struct nouveau_svmm *s, struct migrate_vma *args)
{
	int ret;

	mutex_lock(&s->mutex);
	if (!s->dev) {
		mutex_unlock(&s->mutex);
		return -ENODEV;
	}
	ret = migrate_vma_setup(args);
	mutex_unlock(&s->mutex);
	return ret;
}

int through_helper(struct nouveau_svmm *s, struct migrate_vma *args)
{
	int ret;

	mutex_lock(&s->mutex);
	ret = migrate_range(s, args);
	mutex_unlock(&s->mutex);
	return ret;
}

int other_lock(struct nouveau_svmm *s, struct migrate_vma *args)
{
	int ret;

	mutex_lock(&s->other);
	ret = migrate_vma_setup(args);
	mutex_unlock(&s->other);
	return ret;
}

/*
 * check-name: migrate-self-deadlock: the notifier's lock held across setup
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
deadlock.c:46:15: warning: migrate_vma_setup() runs with 'struct nouveau_svmm.mutex' held, which the notifier 'svmm_invalidate' also takes: its MMU_NOTIFY_MIGRATE invalidation deadlocks [migrate-self-deadlock]
deadlock.c:68:15: warning: migrate_vma_setup() runs with 'struct nouveau_svmm.mutex' held, which the notifier 'svmm_invalidate' also takes: its MMU_NOTIFY_MIGRATE invalidation deadlocks [migrate-self-deadlock]
deadlock.c:78:15: warning: migrate_vma_setup() (through migrate_range()) runs with 'struct nouveau_svmm.mutex' held, which the notifier 'svmm_invalidate' also takes: its MMU_NOTIFY_MIGRATE invalidation deadlocks [migrate-self-deadlock]
 * check-error-end
 */
