// SPDX-License-Identifier: GPL-2.0-only
/*
 * A compute driver's SVM migration helpers in the 5.7-5.8 form, in the
 * amdkfd style: the struct is allocated by the caller and filled through
 * a pointer, with the owner set through migrate->src_owner (the device's
 * own pages when evicting VRAM, NULL when prefetching system memory).
 * mntest: before=5.7
 */
#include <linux/migrate.h>

struct svm_adev {
	void *pgmap_owner;
};

#define SVM_ADEV_PGMAP_OWNER(adev)	((adev)->pgmap_owner)

int svm_migrate_copy_to_ram(struct svm_adev *adev,
			    struct migrate_vma *migrate);
int svm_migrate_copy_to_vram(struct svm_adev *adev,
			     struct migrate_vma *migrate);

static int svm_migrate_vma_to_ram(struct svm_adev *adev,
				  struct vm_area_struct *vma,
				  unsigned long start, unsigned long end,
				  struct migrate_vma *migrate)
{
	int r;

	migrate->vma = vma;
	migrate->start = start;
	migrate->end = end;
	migrate->src_owner = SVM_ADEV_PGMAP_OWNER(adev);

	r = migrate_vma_setup(migrate);
	if (r)
		return r;
	if (migrate->cpages) {
		svm_migrate_copy_to_ram(adev, migrate);
		migrate_vma_pages(migrate);
	}
	migrate_vma_finalize(migrate);
	return 0;
}

static int svm_migrate_vma_to_vram(struct svm_adev *adev,
				   struct vm_area_struct *vma,
				   unsigned long start, unsigned long end,
				   struct migrate_vma *migrate)
{
	int r;

	migrate->vma = vma;
	migrate->start = start;
	migrate->end = end;
	migrate->src_owner = NULL;

	r = migrate_vma_setup(migrate);
	if (r)
		return r;
	if (migrate->cpages) {
		svm_migrate_copy_to_vram(adev, migrate);
		migrate_vma_pages(migrate);
	}
	migrate_vma_finalize(migrate);
	return 0;
}
