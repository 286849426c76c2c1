// SPDX-License-Identifier: GPL-2.0-only
/*
 * set-seq-missing: an interval notifier's invalidate callback must call
 * mmu_interval_set_seq() (under the driver lock) when the driver checks
 * mmu_interval_read_retry(): the sequence number is what makes the
 * reader retry.  Without it a reader that raced with the invalidation
 * programs the device with pages that are gone.
 *
 * Only notifiers whose insertion and read_retry() use the same member
 * (&tidbuf->notifier vs &node->notifier in hfi1) are tied together when
 * both are visible; otherwise any read_retry() in the file counts.
 * Early returns before the call are fine when they return false (could not
 * lock) or are filtered on the owner (a driver's own migration, as in the
 * HMM test driver and nouveau) or on MMU_NOTIFY_RELEASE (the mm is gone).
 */
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "mncheck.h"
#include "walk.h"

#define MAX_RETURNS	8
#define SHAPE		128

struct seq_result {
	struct callback *cb;
	bool calls_set_seq;
	int nr_returns;
	struct position returns[MAX_RETURNS];
};

struct insert {
	struct ident *ops;
	char shape[SHAPE];
};

static int my_id;
static struct seq_result *results, *cur;
static int nr_results;
static bool uses_retry;
static char (*retry_shapes)[SHAPE];
static int nr_retry;
static struct insert *inserts;
static int nr_inserts;

static void *grow(void *p, int nr, size_t size)
{
	/* capacity is the next power of two: grow when nr reaches one */
	if (nr & (nr - 1) || !nr)
		return nr ? p : calloc(1, size);
	p = realloc(p, 2 * nr * size);
	if (!p)
		abort();
	return p;
}

static void cb_begin(struct callback *cb)
{
	cur = NULL;
	if (cb->kind != CB_INTERVAL)
		return;
	results = grow(results, nr_results, sizeof(*results));
	cur = &results[nr_results++];
	memset(cur, 0, sizeof(*cur));
	cur->cb = cb;
}

static void match_cb_expr(struct expression *expr)
{
	if (cur && expr->type == EXPR_CALL &&
	    is_api_call(expr, "mmu_interval_set_seq"))
		cur->calls_set_seq = true;
}

static bool filtered(struct expression *cond)
{
	struct position pos;
	long long which;

	if (api.has_release &&
	    walk_tests_event(cond, &api.ev_release, 1, &pos, &which) > 0)
		return true;
	return walk_reads_owner(cond);
}

static void match_cb_stmt(struct statement *stmt)
{
	struct statement *s;
	long long v;
	int n, branch;

	if (!cur || cur->calls_set_seq || walk_depth() || stmt->type != STMT_RETURN)
		return;
	if (const_value(stmt->ret_value, &v) && !v)
		return;
	for (n = 0; (s = walk_parent(n, &branch)); n++)
		if (s->type == STMT_IF && branch > 0 && filtered(s->if_conditional))
			return;
	if (cur->nr_returns < MAX_RETURNS)
		cur->returns[cur->nr_returns++] = stmt->pos;
}

/* &x->notifier: "struct x.notifier"; anything else matches everything. */
static void notifier_shape(struct expression *arg, char *shape)
{
	arg = strip_expr(arg);
	shape[0] = '\0';
	if (arg && arg->type == EXPR_PREOP && arg->op == '&')
		lvalue_shape(arg, shape, SHAPE);
	if (strncmp(shape, "struct ", 7))
		shape[0] = '\0';
}

static void match_body_expr(struct expression *expr)
{
	const char *name = expr->type == EXPR_CALL ? api_call(expr) : NULL;
	struct expression *ops;

	if (!name)
		return;
	if (!strcmp(name, "mmu_interval_read_retry") ||
	    !strcmp(name, "mmu_interval_check_retry")) {
		uses_retry = true;
		retry_shapes = grow(retry_shapes, nr_retry, sizeof(*retry_shapes));
		notifier_shape(call_arg(expr, 0), retry_shapes[nr_retry++]);
	} else if (!strcmp(name, "mmu_interval_notifier_insert") ||
		   !strcmp(name, "mmu_interval_notifier_insert_locked")) {
		ops = strip_expr(call_arg(expr, 4));
		if (ops && ops->type == EXPR_PREOP && ops->op == '&')
			ops = strip_expr(ops->unop);
		if (!ops || ops->type != EXPR_SYMBOL)
			return;
		inserts = grow(inserts, nr_inserts, sizeof(*inserts));
		inserts[nr_inserts].ops = ops->symbol_name;
		notifier_shape(call_arg(expr, 0), inserts[nr_inserts].shape);
		nr_inserts++;
	}
}

/* Is the notifier of @cb one that a read_retry() in this file checks? */
static bool checked_by_retry(struct callback *cb)
{
	bool inserted = false;
	int i, j;

	for (i = 0; i < nr_inserts; i++) {
		if (!cb->ops || inserts[i].ops != cb->ops)
			continue;
		inserted = true;
		if (!inserts[i].shape[0])
			return true;
		for (j = 0; j < nr_retry; j++)
			if (!retry_shapes[j][0] ||
			    !strcmp(retry_shapes[j], inserts[i].shape))
				return true;
	}
	return !inserted;
}

static void file_end(void)
{
	struct seq_result *r;
	int i, j;

	if (!uses_retry)
		return;
	for (i = 0; i < nr_results; i++) {
		r = &results[i];
		if (!checked_by_retry(r->cb))
			continue;
		if (!r->calls_set_seq) {
			report(my_id, r->cb->fn->pos, r->cb->fn,
			       "'%s' never calls mmu_interval_set_seq(), but this file "
			       "relies on mmu_interval_read_retry()",
			       sym_name(r->cb->fn));
			continue;
		}
		for (j = 0; j < r->nr_returns; j++)
			report(my_id, r->returns[j], r->cb->fn,
			       "'%s' returns before mmu_interval_set_seq() without an "
			       "owner check: readers do not see this invalidation",
			       sym_name(r->cb->fn));
	}
}

void register_set_seq_missing(int rule)
{
	my_id = rule;
	add_callback_hook(cb_begin, NULL);
	add_expr_hook(IN_CALLBACK, match_cb_expr);
	add_stmt_hook(IN_CALLBACK, match_cb_stmt);
	add_expr_hook(IN_BODY, match_body_expr);
	add_file_end_hook(file_end);
}

const char explain_set_seq_missing[] =
"Why: an interval notifier pairs with a reader that does\n"
"	seq = mmu_interval_read_begin(&sub);  ... fault pages ...\n"
"	lock; if (mmu_interval_read_retry(&sub, seq)) { unlock; retry; }\n"
"The retry only fires if the invalidate callback called\n"
"mmu_interval_set_seq(sub, cur_seq) under the same lock.  A callback that\n"
"does not (or returns early without it) lets the reader install pages the\n"
"core is about to free or migrate.  Returning false (could not take the\n"
"lock in a non-blocking invalidation), and returning early for the driver's\n"
"own migrations (checked with range->owner) are fine.\n"
"\n"
"Fix: call mmu_interval_set_seq() under the driver lock on every path that\n"
"returns true.\n"
"\n"
"Before:\n"
"	mutex_lock(&foo->lock);\n"
"	foo_unmap(foo, range->start, range->end);\n"
"	mutex_unlock(&foo->lock);\n"
"	return true;\n"
"\n"
"After:\n"
"	mutex_lock(&foo->lock);\n"
"	mmu_interval_set_seq(mni, cur_seq);\n"
"	foo_unmap(foo, range->start, range->end);\n"
"	mutex_unlock(&foo->lock);\n"
"	return true;\n";
