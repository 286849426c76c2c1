// SPDX-License-Identifier: GPL-2.0-only
/*
 * A device-mirror interval notifier in the 5.9-5.13 form, as the HMM test
 * driver writes it: the range sits in a local copy of the pointer, and
 * the owner is compared on a range passed on to a helper too.
 */
#include <linux/mmu_notifier.h>
#include <linux/mutex.h>

struct mirror_device;

struct mirror {
	struct mmu_interval_notifier notifier;
	struct mirror_device *mdevice;
	struct mutex mutex;
};

void mirror_do_update(struct mirror *mirror, unsigned long start,
		      unsigned long end);

static bool mirror_own_migration(const struct mmu_notifier_range *r,
				 struct mirror *mirror)
{
	return r->event == MMU_NOTIFY_MIGRATE &&
	       r->migrate_pgmap_owner == mirror->mdevice;
}

static bool mirror_interval_invalidate(struct mmu_interval_notifier *mni,
				const struct mmu_notifier_range *range,
				unsigned long cur_seq)
{
	struct mirror *mirror = container_of(mni, struct mirror, notifier);
	struct mmu_notifier_range copy = *range;

	if (mirror_own_migration(range, mirror))
		return true;
	if (copy.event == MMU_NOTIFY_MIGRATE && !copy.migrate_pgmap_owner)
		pr_debug("migration without owner\n");

	if (mmu_notifier_range_blockable(range))
		mutex_lock(&mirror->mutex);
	else if (!mutex_trylock(&mirror->mutex))
		return false;

	mmu_interval_set_seq(mni, cur_seq);
	mirror_do_update(mirror, range->start, range->end);
	mutex_unlock(&mirror->mutex);
	return true;
}

static const struct mmu_interval_notifier_ops mirror_min_ops = {
	.invalidate = mirror_interval_invalidate,
};
