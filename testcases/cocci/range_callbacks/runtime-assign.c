// SPDX-License-Identifier: GPL-2.0-only
/*
 * A vendor driver that fills its ops at run time, through the object and
 * through a pointer, in the void form of a 4.16-4.18 vendor kernel with
 * the flags set the same way.  The assignments name the callbacks just as
 * an initializer does; the flags assignment goes.
 * mntest: before=4.17
 */
#include <linux/mmu_notifier.h>
#include <linux/rwsem.h>

struct accel_ctx {
	struct mmu_notifier mn;
	struct rw_semaphore sem;
	unsigned long busy_start, busy_end;
};

static struct mmu_notifier_ops accel_mn_ops;

static void accel_mn_range_start(struct mmu_notifier *mn, struct mm_struct *mm,
				 unsigned long start, unsigned long end)
{
	struct accel_ctx *ctx = container_of(mn, struct accel_ctx, mn);

	down_write(&ctx->sem);
	ctx->busy_start = start;
	ctx->busy_end = end;
}

static void accel_mn_range_end(struct mmu_notifier *mn, struct mm_struct *mm,
			       unsigned long start, unsigned long end)
{
	struct accel_ctx *ctx = container_of(mn, struct accel_ctx, mn);

	ctx->busy_start = ctx->busy_end = 0;
	up_write(&ctx->sem);
}

static void accel_fill_ops(struct mmu_notifier_ops *ops)
{
	ops->invalidate_range_end = accel_mn_range_end;
	ops->flags = MMU_INVALIDATE_DOES_NOT_BLOCK;
}

int accel_mn_register(struct accel_ctx *ctx, struct mm_struct *mm)
{
	accel_mn_ops.invalidate_range_start = accel_mn_range_start;
	accel_fill_ops(&accel_mn_ops);
	init_rwsem(&ctx->sem);
	ctx->mn.ops = &accel_mn_ops;
	return mmu_notifier_register(&ctx->mn, mm);
}
