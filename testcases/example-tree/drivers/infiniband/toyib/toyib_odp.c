// SPDX-License-Identifier: GPL-2.0-only
/*
 * toyib: on-demand paging for memory regions.  The notifier invalidates the
 * device translations of every region overlapping the range; the callbacks
 * are declared before the ops table and defined after it.
 */
#include <linux/mmu_notifier.h>

struct toyib_mr {
	unsigned long start, end;
	int npages_mapped;
	struct toyib_mr *next;
};

struct toyib_ucontext {
	struct mmu_notifier mn;
	struct rw_semaphore umem_rwsem;
	struct toyib_mr *mrs;
	int notifier_count;
};

static int toyib_invalidate_range_start(struct mmu_notifier *mn,
					struct mm_struct *mm,
					unsigned long start,
					unsigned long end, bool blockable);
static void toyib_invalidate_range_end(struct mmu_notifier *mn,
				       struct mm_struct *mm,
				       unsigned long start,
				       unsigned long end);

static const struct mmu_notifier_ops toyib_mn_ops = {
	.invalidate_range_start = toyib_invalidate_range_start,
	.invalidate_range_end = toyib_invalidate_range_end,
};

static void toyib_mr_invalidate(struct toyib_mr *mr, unsigned long start,
				unsigned long end)
{
	if (mr->start < end && start < mr->end)
		mr->npages_mapped = 0;
}

static int toyib_invalidate_range_start(struct mmu_notifier *mn,
					struct mm_struct *mm,
					unsigned long start,
					unsigned long end, bool blockable)
{
	struct toyib_ucontext *ctx = container_of(mn, struct toyib_ucontext, mn);
	struct toyib_mr *mr;

	if (!blockable)
		return -EAGAIN;
	down_read(&ctx->umem_rwsem);
	ctx->notifier_count++;
	for (mr = ctx->mrs; mr; mr = mr->next)
		toyib_mr_invalidate(mr, start, end);
	up_read(&ctx->umem_rwsem);
	return 0;
}

static void toyib_invalidate_range_end(struct mmu_notifier *mn,
				       struct mm_struct *mm,
				       unsigned long start,
				       unsigned long end)
{
	struct toyib_ucontext *ctx = container_of(mn, struct toyib_ucontext, mn);

	down_read(&ctx->umem_rwsem);
	ctx->notifier_count--;
	up_read(&ctx->umem_rwsem);
}

int toyib_ucontext_init(struct toyib_ucontext *ctx, struct mm_struct *mm)
{
	ctx->mn.ops = &toyib_mn_ops;
	return mmu_notifier_register(&ctx->mn, mm);
}
