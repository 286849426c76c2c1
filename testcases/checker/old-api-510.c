/*
 * 5.10 forms: with --target=6.6 every one is reported with its step, if one
 * converts it; with an earlier target only those gone (see old-api-514.c).
 */
#include <linux/mmu_notifier.h>
#include <linux/migrate.h>

struct drv {
	struct mmu_notifier mn;
	void *owner;
};

static void drv_tlb(struct mmu_notifier *mn, struct mm_struct *mm,
		    unsigned long start, unsigned long end)
{
}

static const struct mmu_notifier_ops drv_ops = {
	.invalidate_range = drv_tlb,
};

static int drv_start(struct mmu_notifier *mn,
		     const struct mmu_notifier_range *range)
{
	struct drv *drv = container_of(mn, struct drv, mn);

	if (range->event == MMU_NOTIFY_MIGRATE &&
	    range->migrate_pgmap_owner == drv->owner)
		return 0;
	return range->vma ? 0 : -EINVAL;
}

static const struct mmu_notifier_ops drv_ops2 = {
	.invalidate_range_start = drv_start,
};

void drv_migrate(struct vm_area_struct *vma, struct drv *drv,
		 unsigned long start, unsigned long end)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init_migrate(&range, 0, vma, vma->vm_mm, start, end,
					drv->owner);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, vma, vma->vm_mm,
				start, end);
	mmu_notifier_invalidate_range_only_end(&range);
}

void drv_clear(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep,
	       pmd_t *pmdp)
{
	ptep_clear_flush_notify(vma, addr, ptep);
	pmdp_huge_clear_flush_notify(vma, addr & HPAGE_PMD_MASK, pmdp);
}

/*
 * check-name: old-api: 5.10 forms against --target=6.6
 * check-command: mncheck --target=6.6 -DLINUX_VERSION_CODE=KERNEL_VERSION(5,10,0) $file
 *
 * check-error-start
old-api-510.c:19:10: warning: mmu_notifier_ops.invalidate_range is gone since 6.6: cocci/secondary_tlbs.cocci converts it [old-api]
old-api-510.c:28:13: warning: mmu_notifier_range.migrate_pgmap_owner is gone since 5.14: cocci/range_owner_rename.cocci converts it [old-api]
old-api-510.c:30:16: warning: mmu_notifier_range.vma is gone since 6.3: no step converts this site, change it by hand [old-api]
old-api-510.c:42:9: warning: mmu_notifier_range_init_migrate() is gone since 5.14: cocci/range_owner_rename.cocci converts it [old-api]
old-api-510.c:45:9: warning: mmu_notifier_range_init() with 7 arguments is gone since 6.3: cocci/range_no_vma.cocci converts it [old-api]
old-api-510.c:47:9: warning: mmu_notifier_invalidate_range_only_end() with 1 argument is gone since 6.6: cocci/secondary_tlbs.cocci converts it [old-api]
old-api-510.c:53:9: warning: ptep_clear_flush_notify() with 3 arguments is gone since 6.6: cocci/secondary_tlbs.cocci converts it [old-api]
old-api-510.c:54:9: warning: pmdp_huge_clear_flush_notify() with 3 arguments is gone since 6.6: cocci/secondary_tlbs.cocci converts it [old-api]
 * check-error-end
 */
