// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: callers already in the 5.0 form (a range on the
 * stack, a range in a driver structure), and the TLB hook, which keeps
 * its (mm, start, end) arguments.
 * mntest: before=5.0 after=5.0
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct svm_job {
	struct mm_struct *mm;
	struct mmu_notifier_range range;
};

int svm_job_run(struct svm_job *job);

static int svm_job_exec(struct svm_job *job, unsigned long start,
			unsigned long end)
{
	int ret;

	mmu_notifier_range_init(&job->range, job->mm, start, end);
	mmu_notifier_invalidate_range_start(&job->range);
	ret = svm_job_run(job);
	mmu_notifier_invalidate_range_end(&job->range);
	return ret;
}

static void svm_clear_young(struct mm_struct *mm, unsigned long start,
			    unsigned long end)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, mm, start, end);
	if (mmu_notifier_invalidate_range_start_nonblock(&range))
		return;
	mmu_notifier_invalidate_range(mm, start, end);
	mmu_notifier_invalidate_range_only_end(&range);
}
