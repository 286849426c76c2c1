/*
 * A 4.19 module checked against --target=6.10: old-api names a step only
 * for the sites it converts.  The ones each step leaves to a human get no
 * step: a start callback that another op calls directly (range_callbacks),
 * a write of range->blockable (range_blockable), a read of range->vma
 * (range_no_vma), an invalidate_range hook next to start/end
 * (secondary_tlbs), migrate_vma() whose result is used inside an
 * expression (migrate_vma_setup).  set_pte_at_notify(), which
 * change_pte_removed converts since it became set_pte_at() everywhere,
 * names its step.
 */
#include <linux/mmu_notifier.h>
#include <linux/migrate.h>

struct gdev {
	struct mmu_notifier mn;
	struct mm_struct *mm;
	void *pgmap_owner;
};

static int gdev_start(struct mmu_notifier *mn, struct mm_struct *mm,
		      unsigned long start, unsigned long end, bool blockable)
{
	return blockable ? 0 : -EAGAIN;
}

static int gdev_start_direct(struct mmu_notifier *mn, struct mm_struct *mm,
			     unsigned long start, unsigned long end,
			     bool blockable)
{
	return 0;
}

static void gdev_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
	gdev_start_direct(mn, mm, 0, ~0UL, true);
}

static void gdev_tlb(struct mmu_notifier *mn, struct mm_struct *mm,
		     unsigned long start, unsigned long end)
{
}

static const struct mmu_notifier_ops gdev_ops = {
	.release = gdev_release,
	.invalidate_range_start = gdev_start_direct,
};

static const struct mmu_notifier_ops gdev_tlb_ops = {
	.invalidate_range_start = gdev_start,
	.invalidate_range = gdev_tlb,
};

static int gdev_range_start(struct mmu_notifier *mn,
			    const struct mmu_notifier_range *range)
{
	struct mmu_notifier_range *r = (struct mmu_notifier_range *)range;

	r->blockable = false;
	return range->vma ? 0 : -EINVAL;
}

static const struct mmu_notifier_ops gdev_range_ops = {
	.invalidate_range_start = gdev_range_start,
};

static void gdev_copy(struct vm_area_struct *vma, const unsigned long *src,
		      unsigned long *dst, unsigned long start,
		      unsigned long end, void *private)
{
}

static void gdev_map(struct vm_area_struct *vma, const unsigned long *src,
		     const unsigned long *dst, unsigned long start,
		     unsigned long end, void *private)
{
}

static const struct migrate_vma_ops gdev_migrate_ops = {
	.alloc_and_copy = gdev_copy,
	.finalize_and_map = gdev_map,
};

int gdev_migrate(struct gdev *g, struct vm_area_struct *vma,
		 unsigned long start, unsigned long end,
		 unsigned long *src, unsigned long *dst)
{
	int ret;

	ret = migrate_vma(&gdev_migrate_ops, vma, start, end, src, dst, g);
	if (ret)
		return ret;
	return migrate_vma(&gdev_migrate_ops, vma, start, end, src, dst, g) ?: 1;
}

void gdev_ksm(struct mm_struct *mm, unsigned long addr, pte_t *ptep, pte_t pte)
{
	set_pte_at_notify(mm, addr, ptep, pte);
}

/*
 * check-name: old-api: no step named for the sites the steps refuse
 * check-command: mncheck --target=6.10 -Wno-event-ignored -Wno-blockable-ignored -DLINUX_VERSION_CODE=KERNEL_VERSION(4,19,0) $file
 *
 * check-error-start
old-api-refused.c:21:12: warning: an invalidate_range_start callback without a range is gone since 5.0: cocci/range_callbacks.cocci converts it [old-api]
old-api-refused.c:27:12: warning: an invalidate_range_start callback without a range is gone since 5.0: no step converts this site, change it by hand [old-api]
old-api-refused.c:51:10: warning: mmu_notifier_ops.invalidate_range is gone since 6.6: no step converts this site, change it by hand [old-api]
old-api-refused.c:59:9: warning: mmu_notifier_range.blockable is gone since 5.2: no step converts this site, change it by hand [old-api]
old-api-refused.c:60:16: warning: mmu_notifier_range.vma is gone since 6.3: no step converts this site, change it by hand [old-api]
old-api-refused.c:90:15: warning: migrate_vma() with 7 arguments is gone since 5.4: cocci/migrate_vma_setup.cocci converts it [old-api]
old-api-refused.c:93:16: warning: migrate_vma() with 7 arguments is gone since 5.4: no step converts this site, change it by hand [old-api]
old-api-refused.c:98:9: warning: set_pte_at_notify() is gone since 6.10: cocci/change_pte_removed.cocci converts it [old-api]
 * check-error-end
 */
