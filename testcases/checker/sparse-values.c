/*
 * Values gcc and clang take but sparse 0.6.4 dies on (exit 1, which
 * stopped the kernel build): a C dialect newer than it knows, and riscv's
 * -march= with multi-letter extensions as kbuild gives it with
 * CHECKFLAGS' --arch=riscv.  The dialect becomes sparse's newest of the
 * same kind (gnu17), -march= keeps its single-letter extensions.
 */
#include <linux/mmu_notifier.h>

static bool sv_invalidate(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static const struct mmu_interval_notifier_ops sv_ops = {
	.invalidate = sv_invalidate,
};

/*
 * check-name: -std=gnu2x, riscv -march=..._zicsr: the file is checked
 * check-command: mncheck --arch=riscv -mabi=lp64 -march=rv64imac_zicsr_zifencei_zihintpause -std=gnu2x -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
sparse-values.c:10:13: warning: interval invalidate callback 'sv_invalidate' never reads 'range->event' [event-ignored]
 * check-error-end
 */
