/*
 * --target with its value in the next argument: a version is ours
 * (old-api against 6.6 here), anything shaped like a triple is clang's and
 * skipped with its value, never taken for an input file.  A --target with
 * no value after it (last, or before an option or a .c file) is told
 * about and ignored; the file after it is still checked.
 */
#include <linux/mmu_notifier.h>

static bool ts_invalidate(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	return range->event != MMU_NOTIFY_RELEASE;
}

static const struct mmu_interval_notifier_ops ts_ops = {
	.invalidate = ts_invalidate,
};

void ts_zap(struct vm_area_struct *vma, void *owner,
	    unsigned long start, unsigned long end)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init_migrate(&range, 0, vma, vma->vm_mm, start, end,
					owner);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);
}

/*
 * check-name: --target <version> is ours, --target <triple> clang's
 * check-command: mncheck --target aarch64-linux-gnu --target 6.6 -DLINUX_VERSION_CODE=KERNEL_VERSION(5,10,0) --target $file --target
 *
 * check-error-start
mncheck: warning: --target without a value (a kernel version such as 6.1); ignored
mncheck: warning: --target without a value (a kernel version such as 6.1); ignored
target-separate.c:27:9: warning: mmu_notifier_range_init_migrate() is gone since 5.14: cocci/range_owner_rename.cocci converts it [old-api]
 * check-error-end
 */
