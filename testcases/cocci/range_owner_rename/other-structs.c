// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: a driver's own struct with a member called
 * migrate_pgmap_owner, unrelated owner members, and a notifier already in
 * the 5.14 form (range->owner, mmu_notifier_range_init_owner()).
 * mntest: before=5.14 after=5.14
 */
#include <linux/mmu_notifier.h>
#include <linux/memremap.h>

/* Bookkeeping of an SVM prefetch, as a compute driver keeps it. */
struct svm_migrate_job {
	void *migrate_pgmap_owner;
	void *owner;
	unsigned long start, last;
};

struct svm_dev {
	struct dev_pagemap pgmap;
	struct mmu_interval_notifier notifier;
};

static bool svm_job_is_ours(struct svm_migrate_job *job, struct svm_dev *sdev)
{
	struct svm_migrate_job copy = *job;

	return job->migrate_pgmap_owner == sdev->pgmap.owner &&
	       copy.migrate_pgmap_owner == copy.owner;
}

static bool svm_range_invalidate(struct mmu_interval_notifier *mni,
				 const struct mmu_notifier_range *range,
				 unsigned long cur_seq)
{
	struct svm_dev *sdev = container_of(mni, struct svm_dev, notifier);

	if (range->event == MMU_NOTIFY_MIGRATE &&
	    range->owner == sdev->pgmap.owner)
		return true;
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static void svm_notify_own(struct svm_dev *sdev, struct vm_area_struct *vma,
			   unsigned long start, unsigned long end)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init_owner(&range, MMU_NOTIFY_MIGRATE, 0, vma,
				      vma->vm_mm, start, end,
				      sdev->pgmap.owner);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);
}

static const struct mmu_interval_notifier_ops svm_mn_ops = {
	.invalidate = svm_range_invalidate,
};
