/*
 * A driver written the way the 6.1 HMM test driver and nouveau are: owner
 * filter, blockable check or try-lock, mmu_interval_set_seq() under the
 * lock, migrate_vma with flags and owner, no lock held across setup.
 * Nothing to report.
 */
#include <linux/mmu_notifier.h>
#include <linux/migrate.h>

struct dmirror_device {
	struct dev_pagemap pagemap;
};

struct dmirror {
	struct dmirror_device *mdevice;
	struct mmu_interval_notifier notifier;
	struct mutex mutex;
	struct xarray pt;
};

static void dmirror_do_update(struct dmirror *dmirror, unsigned long start,
			      unsigned long end)
{
	unsigned long pfn;

	for (pfn = start >> PAGE_SHIFT; pfn < end >> PAGE_SHIFT; pfn++)
		xa_erase(&dmirror->pt, pfn);
}

static bool dmirror_interval_invalidate(struct mmu_interval_notifier *mni,
					const struct mmu_notifier_range *range,
					unsigned long cur_seq)
{
	struct dmirror *dmirror = container_of(mni, struct dmirror, notifier);

	/*
	 * Ignore invalidation callbacks for device private pages since
	 * the invalidation is handled as part of the migration process.
	 */
	if (range->event == MMU_NOTIFY_MIGRATE &&
	    range->owner == dmirror->mdevice)
		return true;

	if (mmu_notifier_range_blockable(range))
		mutex_lock(&dmirror->mutex);
	else if (!mutex_trylock(&dmirror->mutex))
		return false;

	mmu_interval_set_seq(mni, cur_seq);
	dmirror_do_update(dmirror, range->start, range->end);

	mutex_unlock(&dmirror->mutex);
	return true;
}

static const struct mmu_interval_notifier_ops dmirror_min_ops = {
	.invalidate = dmirror_interval_invalidate,
};

int dmirror_range_fault(struct dmirror *dmirror, unsigned long start)
{
	unsigned long seq;
	int ret;

	ret = mmu_interval_notifier_insert(&dmirror->notifier, current->mm,
					   start, PAGE_SIZE, &dmirror_min_ops);
	if (ret)
		return ret;
	do {
		seq = mmu_interval_read_begin(&dmirror->notifier);
		mutex_lock(&dmirror->mutex);
		if (!mmu_interval_read_retry(&dmirror->notifier, seq))
			break;
		mutex_unlock(&dmirror->mutex);
	} while (true);
	mutex_unlock(&dmirror->mutex);
	return 0;
}

int dmirror_migrate_to_device(struct dmirror *dmirror,
			      struct vm_area_struct *vma,
			      unsigned long *src, unsigned long *dst)
{
	struct migrate_vma args = { 0 };
	int ret;

	mmap_read_lock(vma->vm_mm);
	args.vma = vma;
	args.src = src;
	args.dst = dst;
	args.start = vma->vm_start;
	args.end = vma->vm_end;
	args.pgmap_owner = dmirror->mdevice;
	args.flags = MIGRATE_VMA_SELECT_SYSTEM;
	ret = migrate_vma_setup(&args);
	mmap_read_unlock(vma->vm_mm);
	if (ret)
		return ret;
	mutex_lock(&dmirror->mutex);
	migrate_vma_pages(&args);
	mutex_unlock(&dmirror->mutex);
	migrate_vma_finalize(&args);
	return 0;
}

/*
 * check-name: a correct 6.1 driver: nothing to report
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 */
