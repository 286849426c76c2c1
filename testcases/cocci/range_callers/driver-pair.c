// SPDX-License-Identifier: GPL-2.0-only
/*
 * A compute accelerator that rewrites a user buffer in place: the CPU's
 * view of the range is invalidated around the device operation.  The
 * bounds are locals the driver also hands to the hardware, so they stay;
 * the second helper has no declarations at all.
 */
#include <linux/mmu_notifier.h>
#include <linux/mutex.h>

struct accel_dev {
	struct mutex lock;
	struct device *dev;
};

struct accel_req {
	struct mm_struct *mm;
	unsigned long addr;
	unsigned long size;
};

int accel_hw_rewrite(struct accel_dev *adev, unsigned long start,
		     unsigned long npages);
void accel_hw_flush(struct accel_dev *adev);

static int accel_rewrite_user(struct accel_dev *adev, struct accel_req *req)
{
	unsigned long start = req->addr & PAGE_MASK;
	unsigned long end = (req->addr + req->size + PAGE_SIZE - 1) & PAGE_MASK;
	int ret;

	mutex_lock(&adev->lock);
	mmu_notifier_invalidate_range_start(req->mm, start, end);
	ret = accel_hw_rewrite(adev, start, (end - start) >> PAGE_SHIFT);
	mmu_notifier_invalidate_range_end(req->mm, start, end);
	mutex_unlock(&adev->lock);

	return ret;
}

static void accel_flush_user(struct accel_dev *adev, struct mm_struct *mm,
			     unsigned long start, unsigned long end)
{
	mmu_notifier_invalidate_range_start(mm, start, end);
	accel_hw_flush(adev);
	mmu_notifier_invalidate_range_end(mm, start, end);
}
