// SPDX-License-Identifier: GPL-2.0-only
/*
 * event-ignored: a start or interval invalidate callback that never reads
 * range->event treats every invalidation as the worst case.  Since 5.2 the
 * event says why the range goes away (unmap, protection change, soft-dirty,
 * release, migration, exclusive access), and since 5.9 it is what lets a
 * device driver recognise its own migrations.
 */
#include "api.h"
#include "mncheck.h"
#include "walk.h"

static int my_id;
static bool read_event;

static void cb_begin(struct callback *cb)
{
	read_event = false;
}

static void match_expr(struct expression *expr)
{
	if (is_range_member(expr, id.event))
		read_event = true;
}

static void cb_end(struct callback *cb)
{
	/* the TLB hook gets no range, and trees before 5.2 have no event */
	if (cb->kind == CB_TLB || !cb->range || !api.range_has_event || read_event)
		return;
	report(my_id, cb->fn->pos, cb->fn,
	       "%s callback '%s' never reads '%s->event'",
	       cb->kind == CB_START ? "invalidate_range_start" : "interval invalidate",
	       sym_name(cb->fn), sym_name(cb->range));
}

void register_event_ignored(int rule)
{
	my_id = rule;
	add_callback_hook(cb_begin, cb_end);
	add_expr_hook(IN_CALLBACK, match_expr);
}

const char explain_event_ignored[] =
"Why: since Linux 5.2 every invalidation carries range->event (UNMAP, CLEAR,\n"
"PROTECTION_VMA, PROTECTION_PAGE, SOFT_DIRTY, and later RELEASE, MIGRATE,\n"
"EXCLUSIVE).  A callback that never looks at it tears down its device\n"
"mappings for every event, including the ones it could handle cheaply or\n"
"must treat specially: its own MMU_NOTIFY_MIGRATE invalidations (device\n"
"memory) and MMU_NOTIFY_RELEASE at exit.  The read may also happen in a\n"
"helper of the same file the range is passed to.\n"
"\n"
"Fix: read the event and decide what each one needs; if every event really\n"
"needs a full invalidation, say so where the callback is (and silence the\n"
"rule there with a comment).\n"
"\n"
"Before:\n"
"	static bool foo_invalidate(struct mmu_interval_notifier *mni,\n"
"				   const struct mmu_notifier_range *range,\n"
"				   unsigned long cur_seq)\n"
"	{\n"
"		...\n"
"		foo_unmap(foo, range->start, range->end);\n"
"		return true;\n"
"	}\n"
"\n"
"After:\n"
"	static bool foo_invalidate(struct mmu_interval_notifier *mni,\n"
"				   const struct mmu_notifier_range *range,\n"
"				   unsigned long cur_seq)\n"
"	{\n"
"		if (range->event == MMU_NOTIFY_RELEASE)\n"
"			return true;	// the mm is going away\n"
"		...\n"
"		foo_unmap(foo, range->start, range->end);\n"
"		return true;\n"
"	}\n";
