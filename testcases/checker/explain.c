/*
 * --explain <rule> prints why the rule matters and a before/after example.
 */

/*
 * check-name: --explain
 * check-command: mncheck --explain owner-ignored
 *
 * check-output-start
owner-ignored: callback skips MMU_NOTIFY_MIGRATE/EXCLUSIVE without checking range->owner

Why: migrate_vma_setup() sends MMU_NOTIFY_MIGRATE (make_device_exclusive_range()
sends MMU_NOTIFY_EXCLUSIVE) to every notifier on the mm, with range->owner
set to the pgmap_owner of the driver that migrates.  A driver may skip the
invalidation only for its own migrations, because it then invalidates its
device mappings itself inside the migration.  Skipping on the event alone
also skips migrations started by another device, by another driver, or by
the core: the device keeps mapping pages that have moved, and reads or
writes stale memory.  On 5.9-5.13 the field is range->migrate_pgmap_owner.

Fix: compare the owner with the value the driver passes as pgmap_owner.

Before:
	if (range->event == MMU_NOTIFY_MIGRATE)
		return true;

After:
	if (range->event == MMU_NOTIFY_MIGRATE &&
	    range->owner == dmirror->mdevice)
		return true;
 * check-output-end
 */
