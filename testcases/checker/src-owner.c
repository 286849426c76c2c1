/*
 * 5.7/5.8 code: src_owner in a designated initializer (nouveau), through
 * the variable (test_hmm) and through a pointer.  Another struct's
 * src_owner member is not migrate_vma's.  Without flags in this tree's
 * struct, migrate-no-owner has nothing to say.
 */
#include <linux/migrate.h>

struct drm {
	void *dev;
	void *src_owner;
};

int nouveau_fault(struct drm *drm, struct vm_area_struct *vma,
		  unsigned long addr, unsigned long *src, unsigned long *dst)
{
	struct migrate_vma args = {
		.vma		= vma,
		.start		= addr,
		.end		= addr + PAGE_SIZE,
		.src		= src,
		.dst		= dst,
		.src_owner	= drm->dev,
	};

	return migrate_vma_setup(&args);
}

int dmirror_fault(struct drm *drm, struct vm_area_struct *vma)
{
	struct migrate_vma args = { 0 };

	args.vma = vma;
	args.src_owner = drm->src_owner;
	return migrate_vma_setup(&args);
}

void set_owner(struct migrate_vma *mig, struct drm *drm)
{
	mig->src_owner = drm->dev;
	drm->src_owner = NULL;
}

/*
 * check-name: src-owner: every use of migrate_vma.src_owner
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(5,7,0) $file
 *
 * check-error-start
src-owner.c:23:18: warning: migrate_vma.src_owner was removed in 5.9: set pgmap_owner and flags (MIGRATE_VMA_SELECT_DEVICE_PRIVATE) instead [src-owner]
src-owner.c:34:9: warning: migrate_vma.src_owner was removed in 5.9: set pgmap_owner and flags (MIGRATE_VMA_SELECT_DEVICE_PRIVATE) instead [src-owner]
src-owner.c:40:9: warning: migrate_vma.src_owner was removed in 5.9: set pgmap_owner and flags (MIGRATE_VMA_SELECT_DEVICE_PRIVATE) instead [src-owner]
 * check-error-end
 */
