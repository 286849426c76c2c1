// SPDX-License-Identifier: GPL-2.0-only
/*
 * A file shaped like mm/migrate.c of 5.10, which implements the
 * migrate_vma API: its collection walk locks each page and marks the
 * entry with MIGRATE_PFN_LOCKED, its lock pass tests and sets the bit, and
 * it fills the dst entries of a helper with the bit too.  All of it is
 * the implementation that 5.16's core commit rewrote; the step, which
 * converts the drivers' dst entries, leaves this file alone: nothing is
 * rewritten, nothing reported (the output still builds at 5.14, its API).
 *
 * mntest: path=mm/migrate.c before=5.14 after=5.14
 */
#include <linux/mm.h>
#include <linux/migrate.h>

bool mig_trylock(unsigned long pfn);

static void mig_collect_one(struct migrate_vma *migrate, unsigned long pfn,
			    bool writable)
{
	unsigned long mpfn;

	mpfn = migrate_pfn(pfn) | MIGRATE_PFN_MIGRATE;
	mpfn |= writable ? MIGRATE_PFN_WRITE : 0;
	if (mig_trylock(pfn))
		mpfn |= MIGRATE_PFN_LOCKED;
	migrate->dst[migrate->npages] = 0;
	migrate->src[migrate->npages++] = mpfn;
}

static void mig_lock(struct migrate_vma *migrate)
{
	unsigned long i;

	for (i = 0; i < migrate->npages; i++) {
		if (!(migrate->src[i] & MIGRATE_PFN_LOCKED)) {
			if (!mig_trylock(migrate->src[i] >> MIGRATE_PFN_SHIFT)) {
				migrate->src[i] = 0;
				continue;
			}
			migrate->src[i] |= MIGRATE_PFN_LOCKED;
		}
	}
}

/* The core's own copy of an entry for a page it allocates itself. */
void mig_fill_dst(struct migrate_vma *migrate, unsigned long i,
		  unsigned long pfn)
{
	migrate->dst[i] = migrate_pfn(pfn) | MIGRATE_PFN_LOCKED;
	mig_collect_one(migrate, pfn, true);
	mig_lock(migrate);
}
