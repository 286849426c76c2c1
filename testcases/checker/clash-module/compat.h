/*
 * An out-of-tree module's compat header: its own copy of the 5.0 range
 * struct, for the old kernels it still builds for.  Its guard is a macro
 * of the module's configure step that this build does not define, so the
 * copy clashes with the kernel's definition (sparse used to give up on the
 * whole file there), and the compat sequence type is not there.
 */
#ifndef CLASH_COMPAT_H
#define CLASH_COMPAT_H

#ifndef HAVE_MMU_NOTIFIER_RANGE
struct mmu_notifier_range {
	struct mm_struct *mm;
	unsigned long start;
	unsigned long end;
	bool blockable;
};
#endif

#ifdef HAVE_COMPAT_SEQ
typedef unsigned long compat_seq_t;
#endif

#endif
