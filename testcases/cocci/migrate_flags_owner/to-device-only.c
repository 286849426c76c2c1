// SPDX-License-Identifier: GPL-2.0-only
/*
 * An accelerator driver in the 5.7-5.8 form that only migrates system
 * memory to its device here, with a notifier beside it: its way back (and
 * so its owner) is in another file, or it has none.  Nothing is invented:
 * the SYSTEM flags only, a report that the owner was not found in this
 * file, and no word on the notifier.
 * mntest: before=5.7
 */
#include <linux/migrate.h>
#include <linux/mmu_notifier.h>

struct accel_ctx {
	struct mmu_interval_notifier notifier;
	struct device *dev;
};

struct accel_ctx *notifier_to_ctx(struct mmu_interval_notifier *mni);
void accel_unmap(struct accel_ctx *ctx, unsigned long start,
		 unsigned long end);
void accel_copy_in(struct accel_ctx *ctx, struct migrate_vma *args);

static bool accel_invalidate(struct mmu_interval_notifier *mni,
			     const struct mmu_notifier_range *range,
			     unsigned long cur_seq)
{
	struct accel_ctx *ctx = notifier_to_ctx(mni);

	mmu_interval_set_seq(mni, cur_seq);
	accel_unmap(ctx, range->start, range->end);
	return true;
}

static const struct mmu_interval_notifier_ops accel_mn_ops = {
	.invalidate = accel_invalidate,
};

int accel_migrate_in(struct accel_ctx *ctx, struct vm_area_struct *vma,
		     unsigned long start, unsigned long end,
		     unsigned long *src, unsigned long *dst)
{
	struct migrate_vma args = {
		.vma	= vma,
		.start	= start,
		.end	= end,
		.src	= src,
		.dst	= dst,
	};

	if (migrate_vma_setup(&args))
		return -EINVAL;
	accel_copy_in(ctx, &args);
	migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}
