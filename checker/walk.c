// SPDX-License-Identifier: GPL-2.0-only
/*
 * The shared walk (see walk.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "frontend.h"
#include "mncheck.h"
#include "report.h"
#include "scope.h"
#include "walk.h"

#define MAX_FRAMES	6	/* the callback and five helper levels */
#define MAX_ALIASES	16
#define HELPER_BUDGET	256	/* helper bodies entered per callback */

/* Hooks: as many as the rules add. */

#define HOOKS(type, name)	\
	static type *name;	\
	static int nr_##name, max_##name

HOOKS(expr_hook, expr_hooks_body);
HOOKS(expr_hook, expr_hooks_cb);
HOOKS(stmt_hook, stmt_hooks_body);
HOOKS(stmt_hook, stmt_hooks_cb);
HOOKS(callback_hook, cb_begin_hooks);
HOOKS(callback_hook, cb_end_hooks);
HOOKS(body_hook, body_begin_hooks);
HOOKS(body_hook, body_end_hooks);
HOOKS(init_hook, init_hooks);
HOOKS(file_hook, file_end_hooks);

#define ADD_HOOK(name, fn) do {					\
	GROW(name, max_##name, nr_##name);				\
	name[nr_##name++] = (fn);					\
} while (0)

#define CALL_HOOKS(name, ...) do {					\
	int i_;								\
	for (i_ = 0; i_ < nr_##name; i_++)				\
		name[i_](__VA_ARGS__);					\
} while (0)

void add_expr_hook(enum walk_kind kind, expr_hook fn)
{
	if (kind == IN_CALLBACK)
		ADD_HOOK(expr_hooks_cb, fn);
	else
		ADD_HOOK(expr_hooks_body, fn);
}

void add_stmt_hook(enum walk_kind kind, stmt_hook fn)
{
	if (kind == IN_CALLBACK)
		ADD_HOOK(stmt_hooks_cb, fn);
	else
		ADD_HOOK(stmt_hooks_body, fn);
}

void add_callback_hook(callback_hook begin, callback_hook end)
{
	if (begin)
		ADD_HOOK(cb_begin_hooks, begin);
	if (end)
		ADD_HOOK(cb_end_hooks, end);
}

void add_body_hook(body_hook begin, body_hook end)
{
	if (begin)
		ADD_HOOK(body_begin_hooks, begin);
	if (end)
		ADD_HOOK(body_end_hooks, end);
}

void add_init_hook(init_hook fn)
{
	ADD_HOOK(init_hooks, fn);
}

void add_file_end_hook(file_hook fn)
{
	ADD_HOOK(file_end_hooks, fn);
}

/* Walk state. */

struct frame {
	struct symbol *fn;
	struct expression *call;	/* in the frame below */
	struct symbol *ranges[MAX_ALIASES];
	struct symbol *events[MAX_ALIASES];
	int nr_ranges, nr_events;
	int parents_base;
};

struct parent {
	struct statement *stmt;
	int branch;
};

struct callback *cur_cb;
struct symbol *cur_fn;
static enum walk_kind cur_kind;
static struct frame frames[MAX_FRAMES];
static int nr_frames;
static struct parent *parents;
static int nr_parents, max_parents;
static int budget;

static struct callback **callbacks;
static int nr_cbs, max_cbs;

int nr_callbacks(void)
{
	return nr_cbs;
}

struct callback *get_callback(int nr)
{
	return nr >= 0 && nr < nr_cbs ? callbacks[nr] : NULL;
}

int walk_depth(void)
{
	return nr_frames > 0 ? nr_frames - 1 : 0;
}

struct expression *walk_entry_call(void)
{
	return nr_frames > 1 ? frames[1].call : NULL;
}

static struct frame *top_frame(void)
{
	return nr_frames ? &frames[nr_frames - 1] : NULL;
}

static void add_alias(struct symbol **list, int *nr, struct symbol *sym)
{
	int i;

	if (!sym)
		return;
	for (i = 0; i < *nr; i++)
		if (list[i] == sym)
			return;
	if (*nr < MAX_ALIASES)
		list[(*nr)++] = sym;
}

static bool has_alias(struct symbol *const *list, int nr, struct symbol *sym)
{
	int i;

	for (i = 0; i < nr; i++)
		if (list[i] == sym)
			return true;
	return false;
}

static void push_frame(struct symbol *fn, struct expression *call)
{
	struct frame *f = &frames[nr_frames++];

	memset(f, 0, sizeof(*f));
	f->fn = fn;
	f->call = call;
	f->parents_base = nr_parents;
}

bool walk_is_range(struct expression *expr)
{
	struct frame *f = top_frame();
	struct expression *e = strip_expr(expr);

	if (!e)
		return false;
	if (f && e->type == EXPR_SYMBOL &&
	    has_alias(f->ranges, f->nr_ranges, e->symbol))
		return true;
	return is_ptr_to_struct(expr_type(e), id.mmu_notifier_range);
}

bool walk_is_event(struct expression *expr)
{
	struct frame *f = top_frame();
	struct expression *e = strip_expr(expr);
	struct symbol *t;

	if (!e)
		return false;
	if (f && e->type == EXPR_SYMBOL &&
	    has_alias(f->events, f->nr_events, e->symbol))
		return true;
	if (is_range_member(e, id.event))
		return true;
	t = expr_type(e);
	return t && t->type == SYM_ENUM && t->ident == id.mmu_notifier_event;
}

/* Bind the parameters of @fn that receive the range or the event. */
static void push_call_frame(struct symbol *fn, struct expression *call)
{
	bool is_range[MAX_ALIASES] = { 0 }, is_event[MAX_ALIASES] = { 0 };
	struct expression *arg;
	struct frame *f;
	int i = 0;

	/* no break out of FOR_EACH_PTR: it would only leave one block of the list */
	FOR_EACH_PTR(call->args, arg) {
		if (i < MAX_ALIASES) {
			is_range[i] = walk_is_range(arg);
			is_event[i] = walk_is_event(arg);
		}
		i++;
	} END_FOR_EACH_PTR(arg);
	push_frame(fn, call);
	f = top_frame();
	for (i = 0; i < MAX_ALIASES; i++) {
		if (is_range[i])
			add_alias(f->ranges, &f->nr_ranges, fn_param(fn, i));
		if (is_event[i])
			add_alias(f->events, &f->nr_events, fn_param(fn, i));
	}
}

static bool on_call_chain(struct symbol *fn)
{
	int i;

	for (i = 0; i < nr_frames; i++)
		if (frames[i].fn == fn)
			return true;
	return false;
}

/* Tests of the event. */

static bool value_in(struct expression *expr, const long long *vals, int nr,
		     long long *which)
{
	long long v;
	int i;

	if (!const_value(expr, &v))
		return false;
	for (i = 0; i < nr; i++) {
		if (v == vals[i]) {
			*which = v;
			return true;
		}
	}
	return false;
}

static int tests_event(struct expression *e, const long long *vals, int nr,
		       struct position *pos, long long *which, int depth);

static bool returns_true(struct statement *stmt)
{
	long long v;

	if (stmt && stmt->type == STMT_COMPOUND)
		stmt = last_ptr_list((struct ptr_list *)stmt->stmts);
	return stmt && stmt->type == STMT_RETURN &&
	       const_value(stmt->ret_value, &v) && v;
}

/* A helper such as is_foreign_migration(range->event): what it returns. */
static int helper_tests_event(struct expression *call, const long long *vals,
			      int nr, struct position *pos, long long *which,
			      int depth)
{
	struct symbol *fn = call_target(call);
	struct statement *body = fn_body(fn), *s;
	struct position inner;
	int r = 0;

	if (!body || !is_local_function(fn) || on_call_chain(fn) ||
	    nr_frames >= MAX_FRAMES || body->type != STMT_COMPOUND)
		return 0;
	push_call_frame(fn, call);
	FOR_EACH_PTR(body->stmts, s) {
		if (r)
			continue;
		if (s->type == STMT_RETURN && s->ret_value)
			r = tests_event(s->ret_value, vals, nr, &inner, which, depth + 1);
		else if (s->type == STMT_IF && returns_true(s->if_true))
			r = tests_event(s->if_conditional, vals, nr, &inner, which, depth + 1);
	} END_FOR_EACH_PTR(s);
	nr_frames--;
	if (r)
		*pos = expr_start(call);
	return r;
}

static int tests_event(struct expression *e, const long long *vals, int nr,
		       struct position *pos, long long *which, int depth)
{
	int r;

	e = strip_expr(e);
	if (!e || depth > 16)
		return 0;
	switch (e->type) {
	case EXPR_PREOP:
		if (e->op != '!')
			return 0;
		return -tests_event(e->unop, vals, nr, pos, which, depth + 1);
	case EXPR_LOGICAL:
		r = tests_event(e->left, vals, nr, pos, which, depth + 1);
		if (!r)
			r = tests_event(e->right, vals, nr, pos, which, depth + 1);
		return r;
	case EXPR_COMPARE:
		if (e->op != SPECIAL_EQUAL && e->op != SPECIAL_NOTEQUAL)
			return 0;
		if (!(walk_is_event(e->left) && value_in(e->right, vals, nr, which)) &&
		    !(walk_is_event(e->right) && value_in(e->left, vals, nr, which)))
			return 0;
		*pos = expr_start(e);
		return e->op == SPECIAL_EQUAL ? 1 : -1;
	case EXPR_CALL:
		return helper_tests_event(e, vals, nr, pos, which, depth);
	default:
		return 0;
	}
}

int walk_tests_event(struct expression *cond, const long long *vals, int nr,
		     struct position *pos, long long *which)
{
	return tests_event(cond, vals, nr, pos, which, 0);
}

/* Enclosing statements. */

struct statement *walk_parent(int nr, int *branch)
{
	struct frame *f = top_frame();
	int i = nr_parents - 1 - nr;

	if (nr < 0 || i < (f ? f->parents_base : 0))
		return NULL;
	if (branch)
		*branch = parents[i].branch;
	return parents[i].stmt;
}

bool walk_in_exiting_branch(void)
{
	struct statement *s;
	int n, branch;

	for (n = 0; (s = walk_parent(n, &branch)); n++) {
		if (s->type != STMT_IF)
			continue;
		if ((branch == 1 && stmt_exits(s->if_true)) ||
		    (branch == 2 && stmt_exits(s->if_false)))
			return true;
	}
	return false;
}

/* The visitor the walks share. */

static void dispatch_inits(struct symbol *type, struct expression *init,
			   struct symbol *var);

static void on_stmt(struct statement *stmt, void *data)
{
	if (nr_parents == max_parents) {
		max_parents = max_parents ? max_parents * 2 : 256;
		parents = realloc(parents, max_parents * sizeof(*parents));
		if (!parents) {
			fprintf(stderr, "mncheck: out of memory\n");
			exit(1);
		}
	}
	parents[nr_parents].stmt = stmt;
	parents[nr_parents].branch = -1;
	nr_parents++;
	if (cur_kind == IN_CALLBACK)
		CALL_HOOKS(stmt_hooks_cb, stmt);
	else
		CALL_HOOKS(stmt_hooks_body, stmt);
}

static void on_stmt_end(struct statement *stmt, void *data)
{
	if (nr_parents > 0)
		nr_parents--;
}

static void on_branch(struct statement *stmt, int branch, void *data)
{
	if (nr_parents > 0 && parents[nr_parents - 1].stmt == stmt)
		parents[nr_parents - 1].branch = branch;
}

static void track_alias(struct symbol *sym, struct expression *value)
{
	struct frame *f = top_frame();

	if (!f || !sym || !value)
		return;
	if (walk_is_range(value))
		add_alias(f->ranges, &f->nr_ranges, sym);
	else if (walk_is_event(value))
		add_alias(f->events, &f->nr_events, sym);
}

static void on_decl(struct symbol *sym, void *data)
{
	if (!sym->initializer)
		return;
	track_alias(sym, sym->initializer);
	if (cur_kind == IN_BODY)
		dispatch_inits(sym->ctype.base_type, sym->initializer, sym);
}

static void on_expr(struct expression *expr, void *data)
{
	struct expression *left;

	if (expr->type == EXPR_ASSIGNMENT && expr->op == '=') {
		left = strip_expr(expr->left);
		if (left && left->type == EXPR_SYMBOL)
			track_alias(left->symbol, expr->right);
	}
	/* compound literal: (struct migrate_vma){ .flags = ... } */
	if (cur_kind == IN_BODY && expr->type == EXPR_CAST &&
	    expr->cast_expression &&
	    expr->cast_expression->type == EXPR_INITIALIZER)
		dispatch_inits(expr->cast_type, expr->cast_expression, NULL);
	if (cur_kind == IN_CALLBACK)
		CALL_HOOKS(expr_hooks_cb, expr);
	else
		CALL_HOOKS(expr_hooks_body, expr);
}

static void on_call(struct expression *call, void *data);

static struct visitor walker = {
	.stmt = on_stmt,
	.stmt_end = on_stmt_end,
	.branch = on_branch,
	.expr = on_expr,
	.call = on_call,
	.decl = on_decl,
};

/* Enter a same-file function the callback calls. */
static void on_call(struct expression *call, void *data)
{
	struct symbol *fn = call_target(call), *saved_fn;
	int saved_parents;

	if (cur_kind != IN_CALLBACK || !is_local_function(fn) ||
	    nr_frames >= MAX_FRAMES || budget <= 0 || on_call_chain(fn))
		return;
	budget--;
	push_call_frame(fn, call);
	saved_fn = cur_fn;
	saved_parents = nr_parents;
	cur_fn = fn;
	visit_stmt(&walker, fn_body(fn));
	nr_parents = saved_parents;
	cur_fn = saved_fn;
	nr_frames--;
}

/* Initializers of the main file, for the init hooks. */

static struct symbol *init_var;

static void init_hook_call(struct symbol *owner, struct ident *member,
			   struct expression *value, struct position pos,
			   void *data)
{
	CALL_HOOKS(init_hooks, owner, member, value, pos, init_var);
}

static void dispatch_inits(struct symbol *type, struct expression *init,
			   struct symbol *var)
{
	struct symbol *saved = init_var;

	init_var = var;
	for_each_member_init(type, init, init_hook_call, NULL);
	init_var = saved;
}

/* Finding the callbacks. */

static void add_callback(struct symbol *fn, enum callback_kind kind,
			 struct ident *ops, struct position where)
{
	struct callback *cb;
	int i, nr;

	for (i = 0; i < nr_cbs; i++)
		if (callbacks[i]->fn == fn && callbacks[i]->kind == kind)
			return;
	if (nr_cbs == max_cbs) {
		max_cbs = max_cbs ? max_cbs * 2 : 16;
		callbacks = realloc(callbacks, max_cbs * sizeof(*callbacks));
	}
	cb = calloc(1, sizeof(*cb));
	if (!callbacks || !cb) {
		fprintf(stderr, "mncheck: out of memory\n");
		exit(1);
	}
	cb->fn = fn;
	cb->kind = kind;
	cb->ops = ops;
	cb->where = where;
	nr = fn_nr_params(fn);
	for (i = 0; i < nr; i++) {
		struct symbol *p = fn_param(fn, i);

		if (p && is_ptr_to_struct(p->ctype.base_type, id.mmu_notifier_range)) {
			cb->range = p;
			break;
		}
	}
	/* 4.19: (mn, mm, start, end, bool blockable) */
	if (kind == CB_START && !cb->range && nr == 5)
		cb->blockable = fn_param(fn, 4);
	callbacks[nr_cbs++] = cb;
}

static bool callback_member(struct symbol *owner, struct ident *member,
			    enum callback_kind *kind)
{
	/* ops->invalidate_range_start = fn through a base we cannot type: the
	 * name is distinctive enough; .invalidate alone is not (nouveau ltc) */
	if (!owner && member == id.invalidate_range_start) {
		*kind = CB_START;
		return true;
	}
	if (is_struct_named(owner, id.mmu_notifier_ops)) {
		if (member == id.invalidate_range_start)
			*kind = CB_START;
		else if (member == id.invalidate_range)
			*kind = CB_TLB;
		else
			return false;
		return true;
	}
	if (is_struct_named(owner, id.mmu_interval_notifier_ops) &&
	    member == id.invalidate) {
		*kind = CB_INTERVAL;
		return true;
	}
	return false;
}

/*
 * The parameter that should be the range has another type: a struct of
 * the module's own (a compat name), or what sparse made of a type it could
 * not resolve.  Interval callbacks are (mni, range, cur_seq); start ones
 * (mn, range) since 5.0, and (mn, mm, start, end[, blockable]) before.
 */
static bool bad_range_param(struct symbol *fn, enum callback_kind kind,
			    struct symbol **param)
{
	int nr = fn_nr_params(fn);

	if (kind == CB_INTERVAL ? nr < 2 : kind != CB_START || nr != 2)
		return false;
	*param = fn_param(fn, 1);
	return !*param ||
	       !is_ptr_to_struct((*param)->ctype.base_type, id.mmu_notifier_range);
}

/*
 * Callback @value, registered at @pos.  One the walk cannot follow gets a
 * note instead (report.h), never silence: one whose definition sparse
 * could not parse whole (what is missing may be the very read a rule
 * looks for, so its findings would be guesses), one whose range
 * parameter is not typed as the range.
 */
static void register_value(struct symbol *owner, struct ident *member,
			   struct expression *value, struct position pos,
			   struct ident *ops)
{
	enum callback_kind kind;
	struct symbol *decl, *fn, *param;
	const char *where;

	if (!callback_member(owner, member, &kind))
		return;
	value = strip_expr(value);
	if (value && value->type == EXPR_PREOP && value->op == '&')
		value = strip_expr(value->unop);
	if (!value || value->type != EXPR_SYMBOL || !is_function_sym(value->symbol))
		return;
	decl = value->symbol;
	fn = decl->definition ? decl->definition : decl;
	if (!fn_body(fn)) {
		/* defined in another file, unless sparse lost the definition */
		where = decl_error(decl);
		if (where)
			callback_lost(decl, decl->pos,
				      "sparse could not parse its definition (error at %s)",
				      where);
		return;
	}
	where = decl_error(fn);
	if (where) {
		callback_lost(fn, fn->pos,
			      "sparse could not parse all of its definition (error at %s)",
			      where);
		return;
	}
	if (bad_range_param(fn, kind, &param)) {
		callback_lost(fn, fn->pos,
			      "its range parameter '%s' is no struct mmu_notifier_range pointer",
			      sym_name(param));
		return;
	}
	add_callback(fn, kind, ops, pos);
}

static struct ident *init_ops;

static void register_init(struct symbol *owner, struct ident *member,
			  struct expression *value, struct position pos,
			  void *data)
{
	register_value(owner, member, value, pos, init_ops);
}

static void register_initializer(struct symbol *type, struct expression *init,
				 struct ident *ops)
{
	init_ops = ops;
	for_each_member_init(type, init, register_init, NULL);
	init_ops = NULL;
}

static void find_runtime_ops(struct expression *expr, void *data)
{
	struct expression *left, *base;
	struct symbol *owner;
	struct ident *ops = NULL;

	if (expr->type == EXPR_CAST && expr->cast_expression &&
	    expr->cast_expression->type == EXPR_INITIALIZER) {
		register_initializer(expr->cast_type, expr->cast_expression, NULL);
		return;
	}
	if (expr->type != EXPR_ASSIGNMENT || expr->op != '=')
		return;
	left = strip_expr(expr->left);
	if (!left || left->type != EXPR_DEREF)
		return;
	owner = deref_struct(left);
	base = strip_expr(left->deref);
	if (base && base->type == EXPR_SYMBOL && base->symbol_name)
		ops = base->symbol_name;
	register_value(owner, left->member, expr->right, expr_start(expr), ops);
}

static void find_local_ops(struct symbol *sym, void *data)
{
	if (sym->initializer)
		register_initializer(sym->ctype.base_type, sym->initializer, sym->ident);
}

/* The file's symbols. */

static struct symbol **defs, **vars;
static int nr_defs, nr_vars, max_defs, max_vars;
static struct ptr_set seen;

static void push_sym(struct symbol ***array, int *nr, int *max,
		     struct symbol *sym)
{
	if (*nr == *max) {
		*max = *max ? *max * 2 : 256;
		*array = realloc(*array, *max * sizeof(**array));
		if (!*array) {
			fprintf(stderr, "mncheck: out of memory\n");
			exit(1);
		}
	}
	(*array)[(*nr)++] = sym;
}

static void collect(struct symbol *sym)
{
	if (!sym || sym->type != SYM_NODE || sym->namespace != NS_SYMBOL ||
	    sym->enum_member || !ptr_set_add(&seen, sym))
		return;
	if (is_function_sym(sym)) {
		if (sym->definition == sym && fn_body(sym))
			push_sym(&defs, &nr_defs, &max_defs, sym);
	} else if (sym->initializer) {
		push_sym(&vars, &nr_vars, &max_vars, sym);
	}
}

static void collect_list(struct symbol_list *list)
{
	struct symbol *sym;

	FOR_EACH_PTR(list, sym) {
		collect(sym);
	} END_FOR_EACH_PTR(sym);
}

static int by_position(const void *a, const void *b)
{
	const struct symbol *x = *(struct symbol *const *)a;
	const struct symbol *y = *(struct symbol *const *)b;

	return pos_cmp(x->pos, y->pos);
}

static void walk_callback(struct callback *cb)
{
	struct frame *f;

	cur_kind = IN_CALLBACK;
	cur_cb = cb;
	cur_fn = cb->fn;
	nr_frames = 0;
	nr_parents = 0;
	budget = HELPER_BUDGET;
	push_frame(cb->fn, NULL);
	f = top_frame();
	add_alias(f->ranges, &f->nr_ranges, cb->range);
	CALL_HOOKS(cb_begin_hooks, cb);
	visit_stmt(&walker, fn_body(cb->fn));
	CALL_HOOKS(cb_end_hooks, cb);
	nr_frames = 0;
	cur_cb = NULL;
	cur_fn = NULL;
}

static void walk_body(struct symbol *sym)
{
	cur_kind = IN_BODY;
	cur_fn = sym;
	nr_frames = 0;
	nr_parents = 0;
	push_frame(sym, NULL);
	CALL_HOOKS(body_begin_hooks, sym);
	if (is_function_sym(sym)) {
		visit_stmt(&walker, fn_body(sym));
	} else {
		dispatch_inits(sym->ctype.base_type, sym->initializer, sym);
		visit_expr(&walker, sym->initializer);
	}
	CALL_HOOKS(body_end_hooks, sym);
	nr_frames = 0;
	cur_fn = NULL;
}

void walk_file(struct symbol_list *list)
{
	struct visitor finder = {
		.expr = find_runtime_ops,
		.decl = find_local_ops,
	};
	int i;

	collect_list(list);
	collect_list(file_scope->symbols);
	collect_list(global_scope->symbols);
	if (nr_defs)
		qsort(defs, nr_defs, sizeof(*defs), by_position);
	if (nr_vars)
		qsort(vars, nr_vars, sizeof(*vars), by_position);

	for (i = 0; i < nr_vars; i++)
		register_initializer(vars[i]->ctype.base_type, vars[i]->initializer,
				     vars[i]->ident);
	for (i = 0; i < nr_defs; i++)
		if (in_main_file(defs[i]->pos))
			visit_stmt(&finder, fn_body(defs[i]));

	for (i = 0; i < nr_cbs; i++)
		walk_callback(callbacks[i]);

	for (i = 0; i < nr_vars; i++)
		if (in_main_file(vars[i]->pos))
			walk_body(vars[i]);
	for (i = 0; i < nr_defs; i++)
		if (in_main_file(defs[i]->pos))
			walk_body(defs[i]);

	CALL_HOOKS(file_end_hooks);
}

/* Reads of the range's owner, in @expr or the same-file helpers it calls. */
static int owner_depth;

static void find_owner_read(struct expression *expr, void *data)
{
	struct symbol *fn;

	if (is_range_member(expr, id.owner) ||
	    is_range_member(expr, id.migrate_pgmap_owner))
		*(bool *)data = true;
	fn = call_target(expr);
	if (*(bool *)data || !is_local_function(fn) || owner_depth >= 2)
		return;
	owner_depth++;
	scan_stmt(fn_body(fn), find_owner_read, data);
	owner_depth--;
}

bool walk_reads_owner(struct expression *expr)
{
	bool found = false;

	scan_expr(expr, find_owner_read, &found);
	return found;
}
