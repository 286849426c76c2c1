// SPDX-License-Identifier: GPL-2.0-only
/*
 * A range read through a container_of() helper macro: spatch cannot see
 * the type of to_inval_job(w), so the member is not renamed but reported
 * for a human.  The read through a typed pointer is renamed.
 * mntest: before=5.9 after=-
 */
#include <linux/mmu_notifier.h>
#include <linux/workqueue.h>

struct inval_job {
	struct work_struct work;
	struct mmu_notifier_range range;
	void *own;
};

#define to_inval_job(w) container_of(w, struct inval_job, work)

void inval_job_flush(struct inval_job *job);

static void inval_job_worker(struct work_struct *w)
{
	struct inval_job *job = to_inval_job(w);

	if (to_inval_job(w)->range.migrate_pgmap_owner == job->own)
		return;
	if (job->range.migrate_pgmap_owner)
		pr_debug("foreign migration\n");
	inval_job_flush(job);
}
