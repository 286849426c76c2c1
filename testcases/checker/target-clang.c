/*
 * The command line kbuild gives $(CHECK) when it builds with clang
 * (make LLVM=1 C=1 CHECK=mncheck): CHECKFLAGS, then clang's c_flags with
 * --target=x86_64-linux-gnu, -fintegrated-as, -Werror=unknown-warning-option
 * and, with KASAN, -mllvm <llvm option> pairs.  The triple is clang's, not
 * a kernel version: ignored.  Accepted as a whole, exit 0 as under gcc.
 */
#include <linux/mmu_notifier.h>

static bool kc_invalidate(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	return KBUILD_MODNAME[0] != 'x';
}

static const struct mmu_interval_notifier_ops kc_ops = {
	.invalidate = kc_invalidate,
};

/*
 * check-name: kbuild with clang: --target=<triple> and clang's flags
 * check-command: mncheck -D__linux__ -Dlinux -D__STDC__ -Dunix -D__unix__ -Wbitwise -Wno-return-void -Wno-unknown-attribute -D__x86_64__ --arch=x86 -mlittle-endian -m64 -Wp,-MMD,/nonexistent/.target-clang.o.d -nostdinc -include ../include/linux/version.h -D__KERNEL__ -Qunused-arguments -fmacro-prefix-map=./= -Wall -Wundef -Werror=strict-prototypes -Wno-trigraphs -fno-strict-aliasing -fno-common -fshort-wchar -fno-PIE -Werror=implicit-function-declaration -Werror=implicit-int -Werror=return-type -Wno-format-security -std=gnu11 --target=x86_64-linux-gnu -fintegrated-as -Werror=unknown-warning-option -Werror=ignored-optimization-argument -Werror=option-ignored -Werror=unused-command-line-argument -mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx -fcf-protection=none -falign-loops=1 -mno-80387 -mno-fp-ret-in-387 -mstack-alignment=8 -mskip-rax-setup -mtune=generic -mno-red-zone -mcmodel=kernel -mretpoline-external-thunk -fno-delete-null-pointer-checks -Wno-frame-address -Wno-address-of-packed-member -O2 -Wframe-larger-than=2048 -fstack-protector-strong -Wno-gnu -Wno-unused-but-set-variable -Wno-unused-const-variable -pg -mfentry -DCC_USING_NOP_MCOUNT -DCC_USING_FENTRY -flto=thin -fsplit-lto-unit -fvisibility=hidden -fsanitize=kernel-address -mllvm -asan-mapping-offset=0xdffffc0000000000 -mllvm -asan-instrumentation-with-call-threshold=0 -mllvm -asan-stack=1 -mllvm -asan-globals=1 -Wno-initializer-overrides -Wno-format -Wno-pointer-to-enum-cast -g -gdwarf-5 -DMODULE -DKBUILD_BASENAME="target_clang" -DKBUILD_MODNAME="target_clang" -D__KBUILD_MODNAME=kmod_target_clang -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
target-clang.c:10:13: warning: interval invalidate callback 'kc_invalidate' never reads 'range->event' [event-ignored]
 * check-error-end
 */
