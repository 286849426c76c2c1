// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: migrations already in the 5.9 form (flags chosen
 * at run time, flags without an owner, pgmap_owner set before flags), a
 * driver's own struct with a src_owner member, and the owner of a
 * dev_pagemap.
 * mntest: before=5.9 after=5.9
 */
#include <linux/migrate.h>
#include <linux/memremap.h>

struct svm_adev {
	struct dev_pagemap pgmap;
	bool coherent;
};

/* A copy-engine job: src_owner here is the engine that owns the source. */
struct copy_job {
	void *src_owner;
	void *dst_owner;
};

static void copy_job_init(struct copy_job *job, struct svm_adev *adev)
{
	struct copy_job tmp = { .src_owner = adev, .dst_owner = NULL };

	*job = tmp;
	job->src_owner = &adev->pgmap;
	adev->pgmap.owner = adev;
}

static int svm_migrate_to_ram(struct svm_adev *adev, struct vm_area_struct *vma,
			      unsigned long start, unsigned long end,
			      unsigned long *buf)
{
	struct migrate_vma migrate = { 0 };

	memset(&migrate, 0, sizeof(migrate));
	migrate.vma = vma;
	migrate.start = start;
	migrate.end = end;
	migrate.src = buf;
	migrate.dst = buf + ((end - start) >> PAGE_SHIFT);
	migrate.pgmap_owner = adev->pgmap.owner;
	if (adev->coherent)
		migrate.flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;
	else
		migrate.flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;

	if (migrate_vma_setup(&migrate))
		return -EINVAL;
	migrate_vma_finalize(&migrate);
	return 0;
}

static int svm_page_in(struct vm_area_struct *vma, unsigned long start,
		       unsigned long *src_pfn, unsigned long *dst_pfn)
{
	struct migrate_vma mig = { 0 };

	mig.vma = vma;
	mig.start = start;
	mig.end = start + PAGE_SIZE;
	mig.src = src_pfn;
	mig.dst = dst_pfn;
	mig.flags = MIGRATE_VMA_SELECT_SYSTEM;

	return migrate_vma_setup(&mig);
}

static int dmem_migrate_vma(struct svm_adev *adev, struct vm_area_struct *vma,
			    unsigned long start, unsigned long end)
{
	struct migrate_vma args = {
		.vma		= vma,
		.start		= start,
		.end		= end,
		.pgmap_owner	= adev->pgmap.owner,
		.flags		= MIGRATE_VMA_SELECT_SYSTEM,
	};

	return migrate_vma_setup(&args);
}
