/*
 * Fields set by a same-file helper through its parameter, flags computed
 * by a helper (test_hmm's dmirror_select_device()), the device-coherent
 * selection of 6.0, an owner set then wiped by memset, and the struct
 * passed to migrate_vma_setup() through a helper.
 */
#include <linux/migrate.h>

struct dmirror {
	void *mdevice;
	bool coherent;
};

static unsigned long dmirror_select_device(struct dmirror *dmirror)
{
	return dmirror->coherent ? MIGRATE_VMA_SELECT_DEVICE_COHERENT :
				   MIGRATE_VMA_SELECT_DEVICE_PRIVATE;
}

static void fill(struct migrate_vma *args, struct vm_area_struct *vma)
{
	args->vma = vma;
	args->start = vma->vm_start;
	args->end = vma->vm_end;
	args->flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;
}

static int do_setup(struct migrate_vma *args)
{
	return migrate_vma_setup(args);
}

int helper_owner(struct dmirror *dmirror, struct vm_area_struct *vma)
{
	struct migrate_vma args = { 0 };

	args.vma = vma;
	args.pgmap_owner = dmirror->mdevice;
	args.flags = dmirror_select_device(dmirror);
	return migrate_vma_setup(&args);
}

int helper_no_owner(struct dmirror *dmirror, struct vm_area_struct *vma)
{
	struct migrate_vma args = { 0 };

	args.vma = vma;
	args.flags = dmirror_select_device(dmirror);
	return migrate_vma_setup(&args);
}

int filled_by_helper(struct vm_area_struct *vma)
{
	struct migrate_vma args = { 0 };

	fill(&args, vma);
	return migrate_vma_setup(&args);
}

int filled_by_helper_owner(struct dmirror *dmirror, struct vm_area_struct *vma)
{
	struct migrate_vma args = { 0 };

	fill(&args, vma);
	args.pgmap_owner = dmirror->mdevice;
	return migrate_vma_setup(&args);
}

int coherent(struct vm_area_struct *vma)
{
	struct migrate_vma args = { .vma = vma };

	args.flags = MIGRATE_VMA_SELECT_DEVICE_COHERENT;
	return migrate_vma_setup(&args);
}

int owner_wiped(struct dmirror *dmirror, struct vm_area_struct *vma)
{
	struct migrate_vma args;

	args.pgmap_owner = dmirror->mdevice;
	memset(&args, 0, sizeof(args));
	args.vma = vma;
	args.flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;
	return migrate_vma_setup(&args);
}

int setup_in_helper(struct vm_area_struct *vma)
{
	struct migrate_vma args = { 0 };

	args.vma = vma;
	return do_setup(&args);
}

/*
 * check-name: migrate-no-owner: helpers, device-coherent, memset order
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
migrate-owner-helpers.c:48:9: warning: 'args' selects device pages but sets no pgmap_owner: migrate_vma_setup() will not collect them [migrate-no-owner]
migrate-owner-helpers.c:56:9: warning: 'args' selects device pages but sets no pgmap_owner: migrate_vma_setup() will not collect them [migrate-no-owner]
migrate-owner-helpers.c:73:9: warning: 'args' selects device pages but sets no pgmap_owner: migrate_vma_setup() will not collect them [migrate-no-owner]
migrate-owner-helpers.c:84:9: warning: 'args' selects device pages but sets no pgmap_owner: migrate_vma_setup() will not collect them [migrate-no-owner]
migrate-owner-helpers.c:93:16: warning: 'args' reaches migrate_vma_setup() with no flags set: it selects no pages and migrates nothing [migrate-no-owner]
 * check-error-end
 */
