// SPDX-License-Identifier: GPL-2.0-only
/*
 * Uses of MIGRATE_PFN_LOCKED that are not a value stored into a dst
 * entry: a debug check of the src entries, a mask that clears the bit,
 * and a copy into a driver's own record; and a dst entry locked by the
 * only statement of a branch, whose removal would leave it empty.  None
 * has a mechanical 5.16 form: all are reported and left alone.
 * mntest: before=5.14 after=-
 */
#include <linux/migrate.h>

struct dmem_trace {
	unsigned long pfn_flags;
};

static unsigned long dmem_count_locked(struct migrate_vma *args)
{
	unsigned long i, n = 0;

	for (i = 0; i < args->npages; i++)
		if (args->src[i] & MIGRATE_PFN_LOCKED)
			n++;
	return n;
}

static void dmem_trace_entry(struct dmem_trace *t, unsigned long mpfn)
{
	t->pfn_flags = mpfn & ~MIGRATE_PFN_LOCKED;
	t->pfn_flags |= MIGRATE_PFN_LOCKED;
}

static void dmem_finish_entry(struct migrate_vma *args, unsigned long i,
			      struct page *dpage)
{
	args->dst[i] = migrate_pfn(page_to_pfn(dpage));
	if (dpage)
		args->dst[i] |= MIGRATE_PFN_LOCKED;
}
