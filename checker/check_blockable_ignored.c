// SPDX-License-Identifier: GPL-2.0-only
/*
 * blockable-ignored: the OOM reaper invalidates with a non-blocking range
 * (mmu_notifier_invalidate_range_start_nonblock()), and a callback must
 * not sleep then: it returns -EAGAIN (start) or false (interval) instead.
 * So anything that may sleep (a mutex or rwsem, waiting, a GFP_KERNEL
 * allocation, a same-file helper that does) must come after a check of
 * mmu_notifier_range_blockable(), of range->blockable (5.0-5.1) or of the
 * bool blockable parameter (4.19-4.20).  "After" is in walk order: KVM
 * reads the helper inside a designated initializer, first thing.
 */
#include <stdio.h>

#include "api.h"
#include "mncheck.h"
#include "walk.h"

static int my_id;
static bool active, checked;

static void cb_begin(struct callback *cb)
{
	active = cb->kind != CB_TLB && (cb->range || cb->blockable);
	checked = false;
}

static bool is_check(struct expression *expr)
{
	if (expr->type == EXPR_CALL)
		return is_api_call(expr, "mmu_notifier_range_blockable");
	if (expr->type == EXPR_SYMBOL)
		return cur_cb->blockable && expr->symbol == cur_cb->blockable;
	return is_range_member(expr, id.blockable) ||
	       is_range_member(expr, id.flags);
}

static void match_expr(struct expression *expr)
{
	struct expression *site;
	const char *what;
	char check[128];

	if (!active || checked)
		return;
	if (is_check(expr)) {
		checked = true;
		return;
	}
	if (expr->type != EXPR_CALL || !(what = sleeping_call(expr)))
		return;
	if (cur_cb->blockable)
		snprintf(check, sizeof(check), "'%s'", sym_name(cur_cb->blockable));
	else
		snprintf(check, sizeof(check), "mmu_notifier_range_blockable()");
	site = walk_entry_call();
	if (site)
		report(my_id, expr_start(site), cur_cb->fn,
		       "'%s' may sleep in %s() (through %s()) before checking %s",
		       sym_name(cur_cb->fn), what, call_name(site), check);
	else
		report(my_id, expr_start(expr), cur_cb->fn,
		       "'%s' may sleep in %s() before checking %s",
		       sym_name(cur_cb->fn), what, check);
	/* one finding per callback: the first place it may sleep */
	active = false;
}

void register_blockable_ignored(int rule)
{
	my_id = rule;
	add_callback_hook(cb_begin, NULL);
	add_expr_hook(IN_CALLBACK, match_expr);
}

const char explain_blockable_ignored[] =
"Why: the OOM reaper and other non-blocking paths call the notifiers with a\n"
"range that may not block (mmu_notifier_range_blockable() is false).  A\n"
"callback that sleeps there (mutex_lock(), down_read(), waiting for a fence\n"
"or a completion, kmalloc(GFP_KERNEL), ...) can deadlock the reaper while\n"
"the system is out of memory.  Such a callback must give up instead:\n"
"return -EAGAIN from invalidate_range_start, false from an interval\n"
"notifier's invalidate, and the core retries later.\n"
"\n"
"Fix: check before the first thing that may sleep, or try-lock.\n"
"\n"
"Before:\n"
"	mutex_lock(&foo->lock);\n"
"	mmu_interval_set_seq(mni, cur_seq);\n"
"\n"
"After:\n"
"	if (mmu_notifier_range_blockable(range))\n"
"		mutex_lock(&foo->lock);\n"
"	else if (!mutex_trylock(&foo->lock))\n"
"		return false;\n"
"	mmu_interval_set_seq(mni, cur_seq);\n";
