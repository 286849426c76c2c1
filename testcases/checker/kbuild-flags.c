/*
 * The command line kbuild gives $(CHECK) (C=1/C=2): CHECKFLAGS, the whole
 * gcc command line with -Werror, -Wp,-MMD, -nostdinc, -include, -c and
 * -o.  All accepted, the -o file never opened (-o . would fail to open for
 * writing, and -E, which would make sparse write it, is dropped), exit 0.
 */
#include <linux/mmu_notifier.h>

static bool kb_invalidate(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	return KBUILD_MODNAME[0] != 'x';
}

static const struct mmu_interval_notifier_ops kb_ops = {
	.invalidate = kb_invalidate,
};

/*
 * check-name: kbuild command line: gcc flags accepted, -o never written
 * check-command: mncheck -D__linux__ -Dlinux -D__STDC__ -Dunix -D__unix__ -Wbitwise -Wno-return-void -Wno-unknown-attribute -Wno-owner-ignored -D__x86_64__ --arch=x86 -mlittle-endian -m64 -Wp,-MMD,/nonexistent/.kbuild-flags.o.d -nostdinc -include ../include/linux/version.h -D__KERNEL__ -fmacro-prefix-map=./= -Wall -Wundef -Werror=strict-prototypes -Wno-trigraphs -fno-strict-aliasing -fno-common -fshort-wchar -fno-PIE -Werror=implicit-function-declaration -std=gnu11 -mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx -fcf-protection=none -falign-jumps=1 -mno-red-zone -mcmodel=kernel -mindirect-branch=thunk-extern -mfunction-return=thunk-extern -O2 -Wframe-larger-than=2048 -fstack-protector-strong -Wimplicit-fallthrough=5 -pg -mrecord-mcount -mfentry -DCC_USING_FENTRY -g -gdwarf-5 -DMODULE -DKBUILD_BASENAME="kbuild_flags" -DKBUILD_MODNAME="kbuild_flags" -D__KBUILD_MODNAME=kmod_kbuild_flags -Werror -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) -E -c -o . $file
 *
 * check-error-start
kbuild-flags.c:9:13: warning: interval invalidate callback 'kb_invalidate' never reads 'range->event' [event-ignored]
 * check-error-end
 */
