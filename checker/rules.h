/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The rules, one line each:
 *	RULE(id, name, on by default, one-line description)
 * Rule `id` lives in checker/check_<id>.c, which defines
 *	void register_<id>(int rule)	(adds its hooks, see walk.h)
 *	const char explain_<id>[]	(the --explain text)
 * Adding a rule is that file plus one line here.  No include guard: each
 * user defines RULE() and includes this list.
 */
RULE(event_ignored, "event-ignored", 1,
     "invalidate callback never reads range->event")
RULE(owner_ignored, "owner-ignored", 1,
     "callback skips MMU_NOTIFY_MIGRATE/EXCLUSIVE without checking range->owner")
RULE(migrate_no_owner, "migrate-no-owner", 1,
     "struct migrate_vma selects device pages without pgmap_owner, or sets no flags")
RULE(src_owner, "src-owner", 1,
     "use of migrate_vma.src_owner, removed in 5.9")
RULE(set_seq_missing, "set-seq-missing", 1,
     "interval invalidate callback does not call mmu_interval_set_seq()")
RULE(blockable_ignored, "blockable-ignored", 1,
     "callback may sleep before checking mmu_notifier_range_blockable()")
RULE(migrate_self_deadlock, "migrate-self-deadlock", 1,
     "lock held across migrate_vma_setup() is also taken by the notifier callback")
RULE(old_api, "old-api", 0,
     "API form older than --target=<version>, with the cocci step converting it")
