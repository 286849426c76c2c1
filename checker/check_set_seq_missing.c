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
 *
 * A callback that hands its cur_seq on to a function (a GPU driver's
 * userptr eviction path calls a helper in another file, which calls
 * mmu_interval_set_seq()) counts as setting it there: that is how such
 * callbacks delegate, and the helper's body is out of sight.  Locals the
 * callback copies cur_seq into count too.
 */
#include <string.h>

#include "api.h"
#include "mncheck.h"
#include "walk.h"

#define SHAPE		128

struct seq_result {
	struct callback *cb;
	bool calls_set_seq;
	struct position *returns;
	int nr_returns, max_returns;
};

struct insert {
	struct ident *ops;
	char shape[SHAPE];
};

static int my_id;
static struct seq_result *results, *cur;
static int nr_results, max_results;
static bool uses_retry;
static char (*retry_shapes)[SHAPE];
static int nr_retry, max_retry;
static struct insert *inserts;
static int nr_inserts, max_inserts;

/* cur_seq, and the locals of the callback that hold a copy of it. */
static struct symbol **seqs;
static int nr_seqs, max_seqs;

static bool has_seq(struct symbol *sym)
{
	int i;

	for (i = 0; sym && i < nr_seqs; i++)
		if (seqs[i] == sym)
			return true;
	return false;
}

static bool is_seq(struct expression *expr)
{
	expr = strip_expr(expr);
	return expr && expr->type == EXPR_SYMBOL && has_seq(expr->symbol);
}

static void add_seq(struct symbol *sym)
{
	if (!sym || has_seq(sym))
		return;
	GROW(seqs, max_seqs, nr_seqs);
	seqs[nr_seqs++] = sym;
}

static void cb_begin(struct callback *cb)
{
	cur = NULL;
	if (cb->kind != CB_INTERVAL)
		return;
	GROW(results, max_results, nr_results);
	cur = &results[nr_results++];
	cur->cb = cb;
	/* (mni, range, cur_seq) */
	nr_seqs = 0;
	add_seq(fn_param(cb->fn, 2));
}

/* A call that gets cur_seq as an argument. */
static bool hands_on_seq(struct expression *call)
{
	struct expression *arg;
	bool found = false;

	/* no break out of FOR_EACH_PTR: it would only leave one block */
	FOR_EACH_PTR(call->args, arg) {
		if (is_seq(arg))
			found = true;
	} END_FOR_EACH_PTR(arg);
	return found;
}

static bool sets_seq(struct expression *expr)
{
	return expr->type == EXPR_CALL &&
	       (is_api_call(expr, "mmu_interval_set_seq") || hands_on_seq(expr));
}

static void match_cb_expr(struct expression *expr)
{
	struct expression *left;

	if (!cur)
		return;
	if (expr->type == EXPR_ASSIGNMENT && expr->op == '=' && is_seq(expr->right)) {
		left = strip_expr(expr->left);
		if (left && left->type == EXPR_SYMBOL)
			add_seq(left->symbol);
	}
	if (sets_seq(expr))
		cur->calls_set_seq = true;
}

static void find_sets_seq(struct expression *expr, void *data)
{
	if (sets_seq(expr))
		*(bool *)data = true;
}

/* return helper(..., cur_seq): the value is computed before it returns */
static bool returns_after_set(struct statement *stmt)
{
	bool found = false;

	scan_expr(stmt->ret_value, find_sets_seq, &found);
	return found;
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
	struct symbol *s_sym;
	struct statement *s;
	long long v;
	int n, branch;

	if (cur && stmt->type == STMT_DECLARATION) {
		FOR_EACH_PTR(stmt->declaration, s_sym) {
			if (is_seq(s_sym->initializer))
				add_seq(s_sym);
		} END_FOR_EACH_PTR(s_sym);
	}
	if (!cur || cur->calls_set_seq || walk_depth() || stmt->type != STMT_RETURN)
		return;
	if ((const_value(stmt->ret_value, &v) && !v) || returns_after_set(stmt))
		return;
	for (n = 0; (s = walk_parent(n, &branch)); n++)
		if (s->type == STMT_IF && branch > 0 && filtered(s->if_conditional))
			return;
	GROW(cur->returns, cur->max_returns, cur->nr_returns);
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
		GROW(retry_shapes, max_retry, nr_retry);
		notifier_shape(call_arg(expr, 0), retry_shapes[nr_retry++]);
	} else if (!strcmp(name, "mmu_interval_notifier_insert") ||
		   !strcmp(name, "mmu_interval_notifier_insert_locked")) {
		ops = strip_expr(call_arg(expr, 4));
		if (ops && ops->type == EXPR_PREOP && ops->op == '&')
			ops = strip_expr(ops->unop);
		if (!ops || ops->type != EXPR_SYMBOL)
			return;
		GROW(inserts, max_inserts, nr_inserts);
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
