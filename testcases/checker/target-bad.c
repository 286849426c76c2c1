/*
 * --target=<value> that is no kernel version is clang's target triple:
 * kbuild passes it with LLVM=1 (KBUILD_CFLAGS reach $(CHECK) too).  It is
 * ignored, silently: the file is checked as without it, so old-api stays
 * off and the 5.10 form below is not reported.  It used to be a usage
 * error (exit 2), which stopped the kernel build.
 */
#include <linux/mmu_notifier.h>

static bool tr_invalidate(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static const struct mmu_interval_notifier_ops tr_ops = {
	.invalidate = tr_invalidate,
};

void tr_zap(struct vm_area_struct *vma, void *owner,
	    unsigned long start, unsigned long end)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init_migrate(&range, 0, vma, vma->vm_mm, start, end,
					owner);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);
}

/*
 * check-name: --target=<triple> is clang's: ignored, the file checked
 * check-command: mncheck --target=x86_64-unknown-linux-gnu -DLINUX_VERSION_CODE=KERNEL_VERSION(5,10,0) $file
 *
 * check-error-start
target-bad.c:10:13: warning: interval invalidate callback 'tr_invalidate' never reads 'range->event' [event-ignored]
 * check-error-end
 */
