// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched and unreported: a mirror layer with its own ops
 * struct whose members are called invalidate_range_start/_end and take the
 * old parameters (set statically and at run time), and a device ops struct
 * with a member of the same name.  Only struct mmu_notifier_ops names
 * callbacks of the notifier API.
 */
#include <linux/mmu_notifier.h>

struct gpu_mirror;

struct gpu_mirror_ops {
	int (*invalidate_range_start)(struct mmu_notifier *mn,
				      struct mm_struct *mm,
				      unsigned long start, unsigned long end,
				      bool blockable);
	void (*invalidate_range_end)(struct mmu_notifier *mn,
				     struct mm_struct *mm,
				     unsigned long start, unsigned long end);
	void (*release)(struct gpu_mirror *mirror);
};

struct gpu_mirror {
	struct gpu_mirror_ops ops;
	struct mmu_notifier mn;
};

struct dma_dev_ops {
	void (*invalidate_range_start)(struct mmu_notifier *mn,
				       struct mm_struct *mm,
				       unsigned long start, unsigned long end);
};

static int mirror_start(struct mmu_notifier *mn, struct mm_struct *mm,
			unsigned long start, unsigned long end, bool blockable)
{
	return blockable ? 0 : -EAGAIN;
}

static void mirror_end(struct mmu_notifier *mn, struct mm_struct *mm,
		       unsigned long start, unsigned long end)
{
	pr_debug("%lx-%lx\n", start, end);
}

static void dma_dev_start(struct mmu_notifier *mn, struct mm_struct *mm,
			  unsigned long start, unsigned long end)
{
}

static const struct gpu_mirror_ops mirror_default_ops = {
	.invalidate_range_start = mirror_start,
	.invalidate_range_end = mirror_end,
};

static const struct dma_dev_ops dma_ops = {
	.invalidate_range_start = dma_dev_start,
};

void gpu_mirror_init(struct gpu_mirror *mirror, struct gpu_mirror_ops *ops)
{
	mirror->ops = mirror_default_ops;
	mirror->ops.invalidate_range_end = mirror_end;
	ops->invalidate_range_start = mirror_start;
	(void)dma_ops;
}

int gpu_mirror_notify(struct gpu_mirror *mirror, struct mm_struct *mm,
		      unsigned long start, unsigned long end)
{
	int ret;

	ret = mirror->ops.invalidate_range_start(&mirror->mn, mm, start, end,
						 true);
	mirror->ops.invalidate_range_end(&mirror->mn, mm, start, end);
	return ret;
}
