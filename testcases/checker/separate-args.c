/*
 * gcc options that take their value in the next argument.  sparse takes
 * some of them itself (-I -D -U -include -imacros -isystem -idirafter -MF
 * -MT -MQ -o -x --param) and they must still work: the #errors below say
 * if not.  The others would leave their value to sparse as a file to
 * check (or, for -xc, make sparse take the file as the language): they
 * are skipped with it.  -iquote becomes -I (sparse has no quote-only
 * path).  Exit 0, one finding.
 */
#include "quoted.h"
#include <sysonly.h>
#include <after.h>
#include <linux/mmu_notifier.h>

#if !defined(QUOTED) || !defined(SYSONLY) || !defined(AFTER) || \
    !defined(FROM_INCLUDE) || !defined(FROM_IMACROS)
#error a header given on the command line was not used
#endif
#if SEPARATE_D != 2
#error -D SEPARATE_D=2 was not seen
#endif
#ifdef UNDONE
#error -U UNDONE was not seen
#endif

static bool sa_invalidate(struct mmu_interval_notifier *mni,
			  const struct mmu_notifier_range *range,
			  unsigned long cur_seq)
{
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

static const struct mmu_interval_notifier_ops sa_ops = {
	.invalidate = sa_invalidate,
};

/*
 * check-name: gcc options with a separate value: never an input file
 * check-command: mncheck -iquote separate-args/q -isystem separate-args/s -idirafter separate-args/a -include separate-args/pre.h -imacros separate-args/macros.h -aux-info aux-info.out -Xlinker -z -Xlinker noexecstack -Xassembler --noexecstack -Xpreprocessor -P -MF .separate-args.o.d -MT separate-args.o -MQ separate-args.o -o separate-args.o -x c -D SEPARATE_D=2 -DUNDONE -U UNDONE -I separate-args --param max-inline-insns-single=1000 -dumpdir dumpdir -L libdir -l m -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) -xc $file
 *
 * check-error-start
separate-args.c:26:13: warning: interval invalidate callback 'sa_invalidate' never reads 'range->event' [event-ignored]
 * check-error-end
 */
