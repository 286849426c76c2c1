// SPDX-License-Identifier: GPL-2.0-only
/*
 * A compute driver's SVM migration in the 5.14 form, as amdkfd writes it:
 * the dst entry is computed first and the lock bit is set by a statement
 * of its own, on the struct's array and on a local array named after dst.
 * The bit also appears first in an or-chain, inside parentheses and
 * next to the write bit.
 */
#include <linux/migrate.h>

struct svm_adev {
	unsigned long vram_base_pfn;
};

static unsigned long svm_migrate_addr_to_pfn(struct svm_adev *adev,
					     unsigned long addr)
{
	return (addr >> PAGE_SHIFT) + adev->vram_base_pfn;
}

static void svm_migrate_copy_to_vram(struct svm_adev *adev,
				     struct migrate_vma *migrate,
				     unsigned long *dst)
{
	unsigned long i;

	for (i = 0; i < migrate->npages; i++) {
		if (!(migrate->src[i] & MIGRATE_PFN_MIGRATE))
			continue;
		migrate->dst[i] = svm_migrate_addr_to_pfn(adev, dst[i]);
		migrate->dst[i] = migrate_pfn(migrate->dst[i]);
		migrate->dst[i] |= MIGRATE_PFN_LOCKED;
	}
}

void svm_migrate_log(const unsigned long *pfns, unsigned long n);

static void svm_migrate_copy_to_ram(struct migrate_vma *migrate,
				    struct page **dpages)
{
	unsigned long dst_pfns[16];
	unsigned long i;

	for (i = 0; i < migrate->npages && i < 16; i++) {
		if (!dpages[i])
			continue;
		lock_page(dpages[i]);
		dst_pfns[i] = page_to_pfn(dpages[i]) << MIGRATE_PFN_SHIFT;
		dst_pfns[i] |= MIGRATE_PFN_VALID;
		dst_pfns[i] |= MIGRATE_PFN_LOCKED;
		if (migrate->src[i] & MIGRATE_PFN_WRITE)
			migrate->dst[i] = MIGRATE_PFN_LOCKED |
					  migrate_pfn(page_to_pfn(dpages[i])) |
					  MIGRATE_PFN_WRITE;
		else
			migrate->dst[i] = (migrate_pfn(page_to_pfn(dpages[i])) |
					   MIGRATE_PFN_LOCKED);
	}
	svm_migrate_log(dst_pfns, i);
	migrate->dst[0] |= MIGRATE_PFN_WRITE | MIGRATE_PFN_LOCKED;
}
