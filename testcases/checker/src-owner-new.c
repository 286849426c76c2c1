/*
 * Against 5.9+ headers src_owner no longer exists; sparse's parser does
 * not mind, the rule still names the field.
 */
#include <linux/migrate.h>

int stale(struct vm_area_struct *vma, void *owner)
{
	struct migrate_vma args = { 0 };

	args.vma = vma;
	args.src_owner = owner;
	args.flags = MIGRATE_VMA_SELECT_SYSTEM;
	return migrate_vma_setup(&args);
}

/*
 * check-name: src-owner: against newer headers
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
src-owner-new.c:12:9: warning: migrate_vma.src_owner was removed in 5.9: set pgmap_owner and flags (MIGRATE_VMA_SELECT_DEVICE_PRIVATE) instead [src-owner]
 * check-error-end
 */
