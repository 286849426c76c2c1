/*
 * struct migrate_vma selecting device-private pages: designated
 * initializers (nouveau), = { 0 } plus assignments (test_hmm, amdkfd),
 * memset plus assignments (powerpc uvmem), a pointer's fields.
 */
#include <linux/migrate.h>

struct drm {
	void *dev;
};

vm_fault_t designated_no_owner(struct vm_area_struct *vma, unsigned long addr,
			       unsigned long *src, unsigned long *dst)
{
	struct migrate_vma args = {
		.vma		= vma,
		.start		= addr,
		.end		= addr + PAGE_SIZE,
		.src		= src,
		.dst		= dst,
		.flags		= MIGRATE_VMA_SELECT_DEVICE_PRIVATE,
	};

	if (migrate_vma_setup(&args) < 0)
		return VM_FAULT_SIGBUS;
	return 0;
}

vm_fault_t designated_owner(struct drm *drm, struct vm_area_struct *vma,
			    unsigned long addr, unsigned long *src,
			    unsigned long *dst)
{
	struct migrate_vma args = {
		.vma		= vma,
		.start		= addr,
		.end		= addr + PAGE_SIZE,
		.src		= src,
		.dst		= dst,
		.pgmap_owner	= drm->dev,
		.flags		= MIGRATE_VMA_SELECT_DEVICE_PRIVATE,
	};

	if (migrate_vma_setup(&args) < 0)
		return VM_FAULT_SIGBUS;
	return 0;
}

int zero_then_assign(struct vm_area_struct *vma, unsigned long *src,
		     unsigned long *dst)
{
	struct migrate_vma args = { 0 };

	args.vma = vma;
	args.src = src;
	args.dst = dst;
	args.start = vma->vm_start;
	args.end = vma->vm_end;
	args.flags = MIGRATE_VMA_SELECT_SYSTEM | MIGRATE_VMA_SELECT_DEVICE_PRIVATE;
	return migrate_vma_setup(&args);
}

int memset_then_assign(struct vm_area_struct *vma, void *owner)
{
	struct migrate_vma mig;

	memset(&mig, 0, sizeof(mig));
	mig.vma = vma;
	mig.pgmap_owner = owner;
	mig.flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;
	return migrate_vma_setup(&mig);
}

int system_only(struct vm_area_struct *vma)
{
	struct migrate_vma mig = { 0 };

	mig.vma = vma;
	mig.flags = MIGRATE_VMA_SELECT_SYSTEM;
	return migrate_vma_setup(&mig);
}

int null_owner(struct vm_area_struct *vma)
{
	struct migrate_vma mig = { 0 };

	mig.vma = vma;
	mig.pgmap_owner = NULL;
	mig.flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;
	return migrate_vma_setup(&mig);
}

int no_flags(struct vm_area_struct *vma, void *owner)
{
	struct migrate_vma mig = { 0 };

	mig.vma = vma;
	mig.pgmap_owner = owner;
	return migrate_vma_setup(&mig);
}

int pointer_fields(struct migrate_vma *m, struct vm_area_struct *vma)
{
	m->vma = vma;
	m->flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;
	return migrate_vma_setup(m);
}

int pointer_untouched(struct migrate_vma *m)
{
	return migrate_vma_setup(m);
}

/*
 * check-name: migrate-no-owner: initializers, assignments, memset, pointers
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
migrate-owner.c:21:18: warning: 'args' selects device pages but sets no pgmap_owner: migrate_vma_setup() will not collect them [migrate-no-owner]
migrate-owner.c:58:9: warning: 'args' selects device pages but sets no pgmap_owner: migrate_vma_setup() will not collect them [migrate-no-owner]
migrate-owner.c:88:9: warning: 'mig' selects device pages but sets a NULL pgmap_owner: migrate_vma_setup() will not collect them [migrate-no-owner]
migrate-owner.c:98:16: warning: 'mig' reaches migrate_vma_setup() with no flags set: it selects no pages and migrates nothing [migrate-no-owner]
migrate-owner.c:104:9: warning: 'm' selects device pages but sets no pgmap_owner: migrate_vma_setup() will not collect them [migrate-no-owner]
 * check-error-end
 */
