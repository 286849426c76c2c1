// SPDX-License-Identifier: GPL-2.0-only
/*
 * owner-ignored: a callback that skips or shortens its invalidation on
 * MMU_NOTIFY_MIGRATE or MMU_NOTIFY_EXCLUSIVE must first check that the
 * migration is its own (range->owner, migrate_pgmap_owner on 5.9-5.13):
 * the same events come from every other device's migrate_vma_setup() and
 * make_device_exclusive_range(), and skipping those leaves the device
 * reading pages that moved: data corruption.
 *
 * Skip forms: an if on the event that leaves (return, goto, break), an if
 * on "event != X" that does the work only for other events, a switch case
 * that leaves at once, the event first copied into a local, or tested by a
 * same-file helper it is passed to.
 */
#include "api.h"
#include "mncheck.h"
#include "walk.h"

struct skip {
	struct position pos;
	struct symbol *fn;
	long long value;
};

static int my_id;
static struct skip *skips;
static int nr_skips, max_skips;
static bool read_owner;
static long long values[2];
static int nr_values;

static void add_skip(struct position pos, long long value)
{
	int i;

	for (i = 0; i < nr_skips; i++)
		if (skips[i].pos.line == pos.line && skips[i].pos.pos == pos.pos &&
		    skips[i].pos.stream == pos.stream)
			return;
	GROW(skips, max_skips, nr_skips);
	skips[nr_skips].pos = pos;
	skips[nr_skips].fn = cur_fn;
	skips[nr_skips].value = value;
	nr_skips++;
}

static void cb_begin(struct callback *cb)
{
	nr_skips = 0;
	read_owner = false;
	nr_values = 0;
	if (cb->kind == CB_TLB)
		return;
	if (api.has_migrate)
		values[nr_values++] = api.ev_migrate;
	if (api.has_exclusive)
		values[nr_values++] = api.ev_exclusive;
}

static void match_expr(struct expression *expr)
{
	if (is_range_member(expr, id.owner) ||
	    is_range_member(expr, id.migrate_pgmap_owner))
		read_owner = true;
}

static bool is_break(struct statement *stmt)
{
	return stmt && stmt->type == STMT_GOTO && stmt->goto_label &&
	       stmt->goto_label->ident == &break_ident;
}

static bool case_has(struct statement *label, long long *which)
{
	long long lo, hi;
	int i;

	if (!const_value(label->case_expression, &lo))
		return false;
	hi = lo;
	if (label->case_to && !const_value(label->case_to, &hi))
		return false;
	for (i = 0; i < nr_values; i++) {
		if (values[i] >= lo && values[i] <= hi) {
			*which = values[i];
			return true;
		}
	}
	return false;
}

/*
 * switch (range->event) { case MMU_NOTIFY_MIGRATE: return true; ... }
 * A case that only breaks skips the work when a default case does it.
 */
static void match_switch(struct statement *sw)
{
	struct statement *body = sw->switch_statement, *s, *label, *first;
	bool has_default = false;
	long long which;

	if (!body || body->type != STMT_COMPOUND)
		return;
	FOR_EACH_PTR(body->stmts, s) {
		for (label = s; label && label->type == STMT_CASE; label = label->case_statement)
			if (!label->case_expression)
				has_default = true;
	} END_FOR_EACH_PTR(s);
	FOR_EACH_PTR(body->stmts, s) {
		first = s;
		while (first && first->type == STMT_CASE)
			first = first->case_statement;
		if (!(is_break(first) ? has_default : stmt_exits(first)))
			continue;
		for (label = s; label && label->type == STMT_CASE; label = label->case_statement)
			if (label->case_expression && case_has(label, &which))
				add_skip(expr_start(label->case_expression), which);
	} END_FOR_EACH_PTR(s);
}

static void match_stmt(struct statement *stmt)
{
	struct position pos;
	long long which;
	int r;

	if (!nr_values)
		return;
	if (stmt->type == STMT_SWITCH && walk_is_event(stmt->switch_expression)) {
		match_switch(stmt);
		return;
	}
	if (stmt->type != STMT_IF)
		return;
	r = walk_tests_event(stmt->if_conditional, values, nr_values, &pos, &which);
	if ((r > 0 && stmt_exits(stmt->if_true)) ||
	    (r < 0 && !stmt->if_false && !stmt_exits(stmt->if_true)) ||
	    (r < 0 && stmt_exits(stmt->if_false)))
		add_skip(pos, which);
}

static void cb_end(struct callback *cb)
{
	const char *owner = api.range_owner ? ident_str(api.range_owner) : "owner";
	int i;

	if (read_owner)
		return;
	for (i = 0; i < nr_skips; i++) {
		bool migrate = api.has_migrate && skips[i].value == api.ev_migrate;

		report(my_id, skips[i].pos, skips[i].fn,
		       "'%s' skips its invalidation on %s without checking '%s->%s': "
		       "another device's %s then goes unnoticed",
		       sym_name(cb->fn), migrate ? "MMU_NOTIFY_MIGRATE" : "MMU_NOTIFY_EXCLUSIVE",
		       sym_name(cb->range), owner,
		       migrate ? "migration" : "exclusive access");
	}
}

void register_owner_ignored(int rule)
{
	my_id = rule;
	add_callback_hook(cb_begin, cb_end);
	add_expr_hook(IN_CALLBACK, match_expr);
	add_stmt_hook(IN_CALLBACK, match_stmt);
}

const char explain_owner_ignored[] =
"Why: migrate_vma_setup() sends MMU_NOTIFY_MIGRATE (make_device_exclusive_range()\n"
"sends MMU_NOTIFY_EXCLUSIVE) to every notifier on the mm, with range->owner\n"
"set to the pgmap_owner of the driver that migrates.  A driver may skip the\n"
"invalidation only for its own migrations, because it then invalidates its\n"
"device mappings itself inside the migration.  Skipping on the event alone\n"
"also skips migrations started by another device, by another driver, or by\n"
"the core: the device keeps mapping pages that have moved, and reads or\n"
"writes stale memory.  On 5.9-5.13 the field is range->migrate_pgmap_owner.\n"
"\n"
"Fix: compare the owner with the value the driver passes as pgmap_owner.\n"
"\n"
"Before:\n"
"	if (range->event == MMU_NOTIFY_MIGRATE)\n"
"		return true;\n"
"\n"
"After:\n"
"	if (range->event == MMU_NOTIFY_MIGRATE &&\n"
"	    range->owner == dmirror->mdevice)\n"
"		return true;\n";
