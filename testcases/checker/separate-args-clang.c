/*
 * clang options that take their value in the next argument, none of them
 * known to sparse: -target (clang's old spelling of --target=), -arch,
 * -mllvm, -Xclang, -Xarch_<arch>, -Xopenmp-target=<triple>, -MJ,
 * -include-pch, -gcc-toolchain, -resource-dir.  Skipped with their value,
 * which may itself look like an option: an -mllvm value starting with -x
 * (the x86 backend's options are -x86-...) used to be sparse's -x, which
 * swallowed the file to check.  Exit 0, one finding.
 */
#include <linux/mmu_notifier.h>

static bool sc_invalidate(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static const struct mmu_interval_notifier_ops sc_ops = {
	.invalidate = sc_invalidate,
};

/*
 * check-name: clang options with a separate value: never an input file
 * check-command: mncheck -target x86_64-linux-gnu -arch x86_64 -Xclang -load -Xclang plugin.so -Xarch_x86_64 -O1 -Xopenmp-target=nvptx64 -march=sm_70 -MJ compile_commands.json -include-pch pre.pch -gcc-toolchain /usr -resource-dir resource-dir -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) -mllvm -x86-asm-syntax=intel $file
 *
 * check-error-start
separate-args-clang.c:12:13: warning: interval invalidate callback 'sc_invalidate' never reads 'range->event' [event-ignored]
 * check-error-end
 */
