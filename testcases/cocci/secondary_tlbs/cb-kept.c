// SPDX-License-Identifier: GPL-2.0-only
/*
 * Four notifiers of one accelerator driver whose TLB-hook callbacks are
 * named after the op.  One is renamed with it; the others keep their
 * names and are reported: one is also called directly, one is not static
 * (another file may call it), and one's new name is already taken.
 */
#include <linux/mmu_notifier.h>

struct xpu {
	struct mmu_notifier mn;
	struct mm_struct *mm;
	u32 pasid;
};

void xpu_flush_atc(struct xpu *xpu, unsigned long start, unsigned long end);

static void xpu_invalidate_range(struct mmu_notifier *mn,
				 struct mm_struct *mm,
				 unsigned long start, unsigned long end)
{
	xpu_flush_atc(container_of(mn, struct xpu, mn), start, end);
}

static void xpu_direct_invalidate_range(struct mmu_notifier *mn,
					struct mm_struct *mm,
					unsigned long start, unsigned long end)
{
	xpu_flush_atc(container_of(mn, struct xpu, mn), start, end);
}

static void xpu_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
	/* flush everything before the PASID goes */
	xpu_direct_invalidate_range(mn, mm, 0, ~0UL);
}

void xpu_shared_invalidate_range(struct mmu_notifier *mn,
				 struct mm_struct *mm,
				 unsigned long start, unsigned long end)
{
	xpu_flush_atc(container_of(mn, struct xpu, mn), start, end);
}

static void xpu_lite_invalidate_range(struct mmu_notifier *mn,
				      struct mm_struct *mm,
				      unsigned long start, unsigned long end)
{
	xpu_flush_atc(container_of(mn, struct xpu, mn), start, end);
}

static void xpu_lite_arch_invalidate_secondary_tlbs(struct xpu *xpu)
{
	xpu_flush_atc(xpu, 0, ~0UL);
}

static const struct mmu_notifier_ops xpu_mn_ops = {
	.invalidate_range = xpu_invalidate_range,
};

static const struct mmu_notifier_ops xpu_direct_mn_ops = {
	.release = xpu_release,
	.invalidate_range = xpu_direct_invalidate_range,
};

static const struct mmu_notifier_ops xpu_shared_mn_ops = {
	.invalidate_range = xpu_shared_invalidate_range,
};

static const struct mmu_notifier_ops xpu_lite_mn_ops = {
	.invalidate_range = xpu_lite_invalidate_range,
};
