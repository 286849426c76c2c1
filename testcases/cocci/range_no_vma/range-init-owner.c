// SPDX-License-Identifier: GPL-2.0-only
/*
 * mmu_notifier_range_init_owner() in the 5.14-6.2 form: a device driver
 * that takes a page for exclusive device access and tags its own
 * invalidation with its owner cookie, so its interval notifier can skip
 * it.  The vma argument goes; the owner stays last.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct dmirror_device {
	struct mmu_interval_notifier notifier;
	struct mutex mutex;
};

static int dmirror_exclusive_page(struct dmirror_device *mdevice,
				  struct vm_area_struct *vma,
				  unsigned long addr)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init_owner(&range, MMU_NOTIFY_EXCLUSIVE, 0, vma,
				      vma->vm_mm, addr, addr + PAGE_SIZE,
				      mdevice);
	mmu_notifier_invalidate_range_start(&range);
	mutex_lock(&mdevice->mutex);
	mutex_unlock(&mdevice->mutex);
	mmu_notifier_invalidate_range_end(&range);
	return 0;
}
