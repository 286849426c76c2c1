/*
 * --list-rules: rule, on/off, description, tab-separated, reflecting the
 * options before it (here old-api switched on, event-ignored off).
 */

/*
 * check-name: --list-rules
 * check-command: mncheck -Wold-api -Wno-event-ignored --list-rules
 *
 * check-output-start
event-ignored	off	invalidate callback never reads range->event
owner-ignored	on	callback skips MMU_NOTIFY_MIGRATE/EXCLUSIVE without checking range->owner
migrate-no-owner	on	struct migrate_vma selects device pages without pgmap_owner, or sets no flags
src-owner	on	use of migrate_vma.src_owner, removed in 5.9
set-seq-missing	on	interval invalidate callback does not call mmu_interval_set_seq()
blockable-ignored	on	callback may sleep before checking mmu_notifier_range_blockable()
migrate-self-deadlock	on	lock held across migrate_vma_setup() is also taken by the notifier callback
old-api	on	API form older than --target=<version>, with the cocci step converting it
 * check-output-end
 */
