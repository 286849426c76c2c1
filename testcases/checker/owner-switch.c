/*
 * The event in a switch: a case that leaves at once skips the work; a case
 * that only breaks skips it when the default case does the work; a case
 * with work of its own skips nothing.
 */
#include <linux/mmu_notifier.h>

struct svm {
	struct mmu_interval_notifier notifier;
	void *owner;
	unsigned long evicted;
};

static bool switch_return(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	struct svm *svm = container_of(mni, struct svm, notifier);

	switch (range->event) {
	case MMU_NOTIFY_RELEASE:
	case MMU_NOTIFY_MIGRATE:
		return true;
	default:
		break;
	}
	mmu_interval_set_seq(mni, cur_seq);
	svm->evicted++;
	return true;
}

static bool switch_break(struct mmu_interval_notifier *mni,
			 const struct mmu_notifier_range *range,
			 unsigned long cur_seq)
{
	struct svm *svm = container_of(mni, struct svm, notifier);

	mmu_interval_set_seq(mni, cur_seq);
	switch (range->event) {
	case MMU_NOTIFY_MIGRATE:
		break;
	default:
		svm->evicted++;
		break;
	}
	return true;
}

static bool switch_work(struct mmu_interval_notifier *mni,
			const struct mmu_notifier_range *range,
			unsigned long cur_seq)
{
	struct svm *svm = container_of(mni, struct svm, notifier);

	mmu_interval_set_seq(mni, cur_seq);
	switch (range->event) {
	case MMU_NOTIFY_UNMAP:
		svm->evicted = 0;
		break;
	case MMU_NOTIFY_MIGRATE:
		svm->evicted += 2;
		break;
	default:
		svm->evicted++;
	}
	return true;
}

static bool switch_owner(struct mmu_interval_notifier *mni,
			 const struct mmu_notifier_range *range,
			 unsigned long cur_seq)
{
	struct svm *svm = container_of(mni, struct svm, notifier);

	switch (range->event) {
	case MMU_NOTIFY_MIGRATE:
		if (range->owner == svm->owner)
			return true;
		break;
	default:
		break;
	}
	mmu_interval_set_seq(mni, cur_seq);
	svm->evicted++;
	return true;
}

static const struct mmu_interval_notifier_ops ops[] = {
	{ .invalidate = switch_return },
	{ .invalidate = switch_break },
	{ .invalidate = switch_work },
	{ .invalidate = switch_owner },
};

/*
 * check-name: owner-ignored: switch on the event
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
owner-switch.c:22:14: warning: 'switch_return' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner': another device's migration then goes unnoticed [owner-ignored]
owner-switch.c:40:14: warning: 'switch_break' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner': another device's migration then goes unnoticed [owner-ignored]
 * check-error-end
 */
