// SPDX-License-Identifier: GPL-2.0-only
/*
 * IOMMU notifiers of a 4.16-4.18 vendor kernel that name no range
 * callback, only the TLB hook, and promise not to block through the ops
 * flags: one in an initializer, one filled at run time.  The flags go (the
 * field is gone after 4.18), the TLB hook stays as it is.
 * mntest: before=4.17
 */
#include <linux/mmu_notifier.h>

struct svm_dev {
	struct mmu_notifier notifier;
	unsigned int pasid;
};

static void svm_flush(unsigned int pasid, unsigned long start,
		      unsigned long end)
{
}

static void svm_invalidate_range(struct mmu_notifier *mn,
				 struct mm_struct *mm,
				 unsigned long start, unsigned long end)
{
	struct svm_dev *sdev = container_of(mn, struct svm_dev, notifier);

	svm_flush(sdev->pasid, start, end);
}

static void svm_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
}

static const struct mmu_notifier_ops svm_mmuops = {
	.flags = MMU_INVALIDATE_DOES_NOT_BLOCK,
	.release = svm_release,
	.invalidate_range = svm_invalidate_range,
};

static struct mmu_notifier_ops svm_legacy_mmuops;

int svm_bind_mm(struct svm_dev *sdev, struct mm_struct *mm, bool legacy)
{
	if (legacy) {
		svm_legacy_mmuops.invalidate_range = svm_invalidate_range;
		svm_legacy_mmuops.flags = MMU_INVALIDATE_DOES_NOT_BLOCK;
		sdev->notifier.ops = &svm_legacy_mmuops;
	} else {
		sdev->notifier.ops = &svm_mmuops;
	}
	return mmu_notifier_register(&sdev->notifier, mm);
}
