// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: dst entries already in the 5.16 form, and a
 * driver's own lock flags (a chunk bit, a pfn flag of its page tables)
 * stored into arrays named dst.
 * mntest: before=5.16 after=5.16
 */
#include <linux/migrate.h>

#define DMEM_CHUNK_LOCKED	BIT(0)
#define GPU_PFN_LOCKED		BIT(62)

struct dmem_chunk {
	unsigned long flags;
	unsigned long dst_pte[16];
};

static void dmem_fill(struct migrate_vma *args, struct dmem_chunk *chunk,
		      struct page *dpage)
{
	unsigned long *dst = chunk->dst_pte;

	args->dst[0] = migrate_pfn(page_to_pfn(dpage));
	if (args->src[0] & MIGRATE_PFN_WRITE)
		args->dst[0] |= MIGRATE_PFN_WRITE;
	chunk->flags |= DMEM_CHUNK_LOCKED;
	dst[0] = page_to_pfn(dpage) | GPU_PFN_LOCKED;
	*dst |= GPU_PFN_LOCKED;
}
