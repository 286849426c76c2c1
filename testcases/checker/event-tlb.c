/*
 * The secondary TLB hook (.invalidate_range) gets no range at all: never
 * flagged for the event or the owner.  The start callback next to it is.
 */
#include <linux/mmu_notifier.h>

static void iommu_tlb(struct mmu_notifier *mn, struct mm_struct *mm,
		      unsigned long start, unsigned long end)
{
	flush_tlb_range(NULL, start, end);
}

static int iommu_start(struct mmu_notifier *mn,
		       const struct mmu_notifier_range *range)
{
	if (!mmu_notifier_range_blockable(range))
		return -EAGAIN;
	return 0;
}

static const struct mmu_notifier_ops iommu_ops = {
	.invalidate_range = iommu_tlb,
	.invalidate_range_start = iommu_start,
};

/*
 * check-name: event-ignored: .invalidate_range callbacks are never flagged
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
event-tlb.c:13:12: warning: invalidate_range_start callback 'iommu_start' never reads 'range->event' [event-ignored]
 * check-error-end
 */
