/*
 * KVM reads mmu_notifier_range_blockable() inside a designated initializer
 * before it takes anything: checked.  It never reads the event.
 */
#include <linux/mmu_notifier.h>

struct kvm {
	struct mmu_notifier mmu_notifier;
	spinlock_t mn_invalidate_lock;
	struct mutex slots_lock;
	unsigned long mn_active_invalidate_count;
};

struct kvm_hva_range {
	unsigned long start;
	unsigned long end;
	bool may_block;
};

static int kvm_handle_hva_range(struct kvm *kvm, const struct kvm_hva_range *range)
{
	if (range->may_block)
		mutex_lock(&kvm->slots_lock);
	mutex_unlock(&kvm->slots_lock);
	return 0;
}

static int kvm_mmu_notifier_invalidate_range_start(struct mmu_notifier *mn,
					const struct mmu_notifier_range *range)
{
	struct kvm *kvm = container_of(mn, struct kvm, mmu_notifier);
	const struct kvm_hva_range hva_range = {
		.start		= range->start,
		.end		= range->end,
		.may_block	= mmu_notifier_range_blockable(range),
	};

	spin_lock(&kvm->mn_invalidate_lock);
	kvm->mn_active_invalidate_count++;
	spin_unlock(&kvm->mn_invalidate_lock);

	kvm_handle_hva_range(kvm, &hva_range);
	return 0;
}

static const struct mmu_notifier_ops kvm_mmu_notifier_ops = {
	.invalidate_range_start	= kvm_mmu_notifier_invalidate_range_start,
};

/*
 * check-name: blockable-ignored: KVM's check in a designated initializer
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
blockable-kvm.c:28:12: warning: invalidate_range_start callback 'kvm_mmu_notifier_invalidate_range_start' never reads 'range->event' [event-ignored]
 * check-error-end
 */
