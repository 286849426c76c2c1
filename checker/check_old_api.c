// SPDX-License-Identifier: GPL-2.0-only
/*
 * old-api: API forms that the kernel named by --target no longer has, each
 * pointing at the step of cocci/series that converts it, if one does.  Off
 * by default: code that must build on old kernels legitimately keeps old
 * forms.
 */
#include <stdio.h>
#include <string.h>

#include "api.h"
#include "mncheck.h"
#include "scope.h"
#include "walk.h"

/*
 * cocci/series: each step and the kernel version it converts to.  These
 * tables restate the facts that cocci/series gives each step (its version,
 * its old= forms); mk/step-facts.sh, run by make check, fails when they
 * differ, and a site found outside the tables takes its version from
 * steps[].  A step is named only when the series up to --target runs it:
 * one of a later version converts the rest of the driver past the target
 * too (a 4.19 form pointed at the 5.0 range_callbacks, which also moves
 * every range callback to 5.0's parameters).
 */
enum step {
	NO_STEP,		/* no step converts the site */
	RANGE_CALLBACKS, RANGE_CALLERS, RANGE_BLOCKABLE, RANGE_EVENT,
	MIGRATE_VMA_SETUP, MIGRATE_FLAGS_OWNER, RANGE_OWNER_RENAME,
	MIGRATE_PFN_LOCKED, RANGE_NO_VMA, SECONDARY_TLBS, CHANGE_PTE_REMOVED,
};

static const struct step_info {
	const char *name;
	int version;
} steps[] = {
	[RANGE_CALLBACKS]	= { "range_callbacks", KVER(5, 0, 0) },
	[RANGE_CALLERS]		= { "range_callers", KVER(5, 0, 0) },
	[RANGE_BLOCKABLE]	= { "range_blockable", KVER(5, 2, 0) },
	[RANGE_EVENT]		= { "range_event", KVER(5, 2, 0) },
	[MIGRATE_VMA_SETUP]	= { "migrate_vma_setup", KVER(5, 4, 0) },
	[MIGRATE_FLAGS_OWNER]	= { "migrate_flags_owner", KVER(5, 9, 0) },
	[RANGE_OWNER_RENAME]	= { "range_owner_rename", KVER(5, 14, 0) },
	[MIGRATE_PFN_LOCKED]	= { "migrate_pfn_locked", KVER(5, 16, 0) },
	[RANGE_NO_VMA]		= { "range_no_vma", KVER(6, 3, 0) },
	[SECONDARY_TLBS]	= { "secondary_tlbs", KVER(6, 6, 0) },
	[CHANGE_PTE_REMOVED]	= { "change_pte_removed", KVER(6, 10, 0) },
};

/*
 * Old forms: calls told apart by their number of arguments (the same
 * names took different lists over time), members by the struct that owns
 * them.  .step is the step that deals with the form; sites it leaves to a
 * human (it reports them) name no step: those of a form it never converts
 * (.converts 0 for members, NO_STEP for calls), and those whose shape it
 * refuses, as far as the checker can tell: migrate_vma_setup's,
 * secondary_tlbs' and range_callbacks' refusals are mirrored below
 * (checked against their testcases/cocci fixtures); range_callers' and
 * range_event's, which depend on the paths between calls, are not.
 */
struct old_call {
	const char *name;
	int nr_args;		/* -1: any */
	int gone;		/* first kernel without this form */
	enum step step;
};

static const struct old_call old_calls[] = {
	{ "mmu_notifier_invalidate_range_start", 3, KVER(5, 0, 0), RANGE_CALLERS },
	{ "mmu_notifier_invalidate_range_start_nonblock", 3, KVER(5, 0, 0), RANGE_CALLERS },
	{ "mmu_notifier_invalidate_range_end", 3, KVER(5, 0, 0), RANGE_CALLERS },
	{ "mmu_notifier_invalidate_range_only_end", 3, KVER(5, 0, 0), RANGE_CALLERS },
	{ "mmu_notifier_range_init", 4, KVER(5, 2, 0), RANGE_EVENT },
	{ "migrate_vma", 7, KVER(5, 4, 0), MIGRATE_VMA_SETUP },
	{ "mmu_notifier_range_init_migrate", -1, KVER(5, 14, 0), RANGE_OWNER_RENAME },
	{ "mmu_notifier_range_init", 7, KVER(6, 3, 0), RANGE_NO_VMA },
	{ "mmu_notifier_range_init_owner", 8, KVER(6, 3, 0), RANGE_NO_VMA },
	/* range_no_vma only reports this */
	{ "mmu_notifier_range_update_to_read_only", -1, KVER(6, 3, 0), NO_STEP },
	{ "mmu_notifier_invalidate_range", 3, KVER(6, 6, 0), SECONDARY_TLBS },
	{ "mmu_notifier_invalidate_range_only_end", 1, KVER(6, 6, 0), SECONDARY_TLBS },
	/* macros in the kernel: seen where a header declares them as functions */
	{ "ptep_clear_flush_notify", 3, KVER(6, 6, 0), SECONDARY_TLBS },
	{ "pmdp_huge_clear_flush_notify", 3, KVER(6, 6, 0), SECONDARY_TLBS },
	{ "pudp_huge_clear_flush_notify", 3, KVER(6, 6, 0), SECONDARY_TLBS },
	{ "set_pte_at_notify", -1, KVER(6, 10, 0), CHANGE_PTE_REMOVED },
	{ NULL, 0, 0, NO_STEP }
};

/* How a member is used. */
enum use {
	USE_INIT = 1,	/* in an initializer */
	USE_WRITE = 2,	/* assigned, incremented */
	USE_READ = 4,	/* anything else */
	USE_ALL = 7,
};

struct old_member {
	struct ident **owner;	/* struct tag */
	struct ident **member;
	int gone;
	enum step step;
	int converts;		/* the uses the step converts */
};

static const struct old_member old_members[] = {
	/* a write has no helper: range_blockable reports it */
	{ &id.mmu_notifier_range, &id.blockable, KVER(5, 2, 0), RANGE_BLOCKABLE, USE_READ },
	{ &id.migrate_vma, &id.src_owner, KVER(5, 9, 0), MIGRATE_FLAGS_OWNER,
	  USE_INIT | USE_WRITE },
	{ &id.mmu_notifier_range, &id.migrate_pgmap_owner, KVER(5, 14, 0),
	  RANGE_OWNER_RENAME, USE_ALL },
	/* range_no_vma reports every use */
	{ &id.mmu_notifier_range, &id.vma, KVER(6, 3, 0), RANGE_NO_VMA, 0 },
	/* 4.19 removed it; the 5.0 step drops it with the callbacks (@4.19) */
	{ &id.mmu_notifier_ops, &id.flags, KVER(4, 19, 0), RANGE_CALLBACKS,
	  USE_INIT | USE_WRITE },
	{ &id.mmu_notifier_ops, &id.invalidate_range, KVER(6, 6, 0), SECONDARY_TLBS,
	  USE_ALL },
	{ &id.mmu_notifier_ops, &id.change_pte, KVER(6, 10, 0), CHANGE_PTE_REMOVED,
	  USE_INIT | USE_WRITE },
	{ NULL, NULL, 0, NO_STEP, 0 }
};

static int my_id;

/* @what, at @pos, is gone since @gone; @step converts this site, if any. */
static void old_form(struct position pos, struct symbol *where, int gone,
		     enum step step, const char *what)
{
	if (gone > target_version)
		return;
	if (step == NO_STEP) {
		report(my_id, pos, where,
		       "%s is gone since %d.%d: no step converts this site, change it by hand",
		       what, gone >> 16, (gone >> 8) & 0xff);
		return;
	}
	if (steps[step].version > target_version) {
		report(my_id, pos, where,
		       "%s is gone since %d.%d: no step up to %d.%d converts it, change it by hand",
		       what, gone >> 16, (gone >> 8) & 0xff, target_version >> 16,
		       (target_version >> 8) & 0xff);
		return;
	}
	report(my_id, pos, where, "%s is gone since %d.%d: cocci/%s.cocci converts it",
	       what, gone >> 16, (gone >> 8) & 0xff, steps[step].name);
}

/*
 * migrate_vma_setup converts migrate_vma(&OPS, ...) only when OPS is a
 * static struct migrate_vma_ops defined before the call whose initializer
 * names both callbacks, as functions, with designators; not const, it
 * must have no other use; calls sharing it must pass the same private
 * pointer, one without side effects (the callbacks get it twice).  The
 * call must be a statement of its own, "ret = " one, the value of a
 * return or the condition of an if (compared with 0 at most), and the
 * function must not use the name the conversion declares (args; ret for
 * a return).  Uses of OPS are known at the end: decided there.
 */
struct vma_call {
	struct position pos;
	struct symbol *fn, *ops;
	struct expression *ops_expr, *private;
	bool refused;
};

static struct vma_call *vma_calls;
static int nr_vma_calls, max_vma_calls;
static struct ptr_set ops_used;		/* migrate_vma_ops used elsewhere */

static bool names_function(struct expression *init, struct ident *member)
{
	struct expression *e, *value;
	bool found = false;

	if (!init || init->type != EXPR_INITIALIZER)
		return false;
	FOR_EACH_PTR(init->expr_list, e) {
		if (!e || e->type != EXPR_IDENTIFIER || e->expr_ident != member)
			continue;
		value = strip_expr(e->ident_expression);
		if (value && value->type == EXPR_PREOP && value->op == '&')
			value = strip_expr(value->unop);
		if (value && value->type == EXPR_SYMBOL && is_function_sym(value->symbol))
			found = true;
	} END_FOR_EACH_PTR(e);
	return found;
}

static void find_effect(struct expression *expr, void *data)
{
	if (expr->type == EXPR_CALL || expr->type == EXPR_ASSIGNMENT ||
	    ((expr->type == EXPR_PREOP || expr->type == EXPR_POSTOP) &&
	     (expr->op == SPECIAL_INCREMENT || expr->op == SPECIAL_DECREMENT)))
		*(bool *)data = true;
}

static bool has_effect(struct expression *expr)
{
	bool found = false;

	scan_expr(expr, find_effect, &found);
	return found;
}

/* Does the current function use a symbol called @name? */
static void find_name(struct expression *expr, void *data)
{
	struct ident *name = *(struct ident **)data;

	if (expr->type == EXPR_SYMBOL && expr->symbol_name == name)
		*(struct ident **)data = NULL;
}

static void find_decl_name(struct symbol *sym, void *data)
{
	if (sym->ident == *(struct ident **)data)
		*(struct ident **)data = NULL;
}

static bool uses_name(const char *name)
{
	struct ident *id_name = built_in_ident(name);
	struct visitor v = { .expr = find_name, .decl = find_decl_name, .data = &id_name };
	int i, nr = fn_nr_params(cur_fn);

	for (i = 0; i < nr; i++) {
		struct symbol *param = fn_param(cur_fn, i);

		if (param && param->ident == id_name)
			return true;
	}
	if (is_function_sym(cur_fn))
		visit_stmt(&v, fn_body(cur_fn));
	return !id_name;
}

/* The statement the call is in has one of the shapes the step converts. */
static bool converted_shape(struct expression *call)
{
	struct statement *stmt = walk_parent(0, NULL);
	struct expression *e;

	if (!stmt)
		return false;
	switch (stmt->type) {
	case STMT_EXPRESSION:
		e = strip_expr(stmt->expression);
		if (e == call)
			return !uses_name("args");
		if (e && e->type == EXPR_ASSIGNMENT && e->op == '=' &&
		    strip_expr(e->right) == call)
			return !uses_name("args");
		return false;
	case STMT_RETURN:
		return strip_expr(stmt->ret_value) == call &&
		       !uses_name("args") && !uses_name("ret");
	case STMT_IF:
		e = strip_expr(stmt->if_conditional);
		if (e && e->type == EXPR_COMPARE && e->op == '<')
			e = strip_expr(e->left);
		return e == call && stmt_exits(stmt->if_true) && !uses_name("args");
	default:
		return false;
	}
}

static void add_vma_call(struct expression *call)
{
	static struct ident *alloc_and_copy, *finalize_and_map;
	struct expression *ops = strip_expr(call_arg(call, 0));
	struct vma_call *c;
	struct symbol *sym;

	if (!alloc_and_copy) {
		alloc_and_copy = built_in_ident("alloc_and_copy");
		finalize_and_map = built_in_ident("finalize_and_map");
	}
	GROW(vma_calls, max_vma_calls, nr_vma_calls);
	c = &vma_calls[nr_vma_calls++];
	c->pos = expr_start(call);
	c->fn = cur_fn;
	c->private = strip_expr(call_arg(call, 6));
	c->refused = !converted_shape(call) || has_effect(c->private);
	if (!ops || ops->type != EXPR_PREOP || ops->op != '&') {
		c->refused = true;
		return;
	}
	c->ops_expr = strip_expr(ops->unop);
	if (!c->ops_expr || c->ops_expr->type != EXPR_SYMBOL || !c->ops_expr->symbol) {
		c->refused = true;
		return;
	}
	sym = c->ops = c->ops_expr->symbol;
	if (!(sym->ctype.modifiers & MOD_STATIC) ||
	    !names_function(sym->initializer, alloc_and_copy) ||
	    !names_function(sym->initializer, finalize_and_map) ||
	    sym->pos.stream != c->pos.stream || sym->pos.line > c->pos.line)
		c->refused = true;
}

/* Both NULL, or written alike (the step compares the text). */
static bool same_private(struct expression *a, struct expression *b)
{
	if (a && a->type == EXPR_PREOP && a->op == '&' && b &&
	    b->type == EXPR_PREOP && b->op == '&') {
		a = strip_expr(a->unop);
		b = strip_expr(b->unop);
	}
	if (!a || !b)
		return a == b;
	return a->type == EXPR_SYMBOL && b->type == EXPR_SYMBOL &&
	       a->symbol_name == b->symbol_name;
}

static void vma_calls_end(void)
{
	struct vma_call *c;
	bool refused;
	int i, j;

	for (i = 0; i < nr_vma_calls; i++) {
		c = &vma_calls[i];
		refused = c->refused;
		if (!refused && !(c->ops->ctype.modifiers & MOD_CONST) &&
		    ptr_set_has(&ops_used, c->ops))
			refused = true;
		for (j = 0; !refused && j < nr_vma_calls; j++)
			if (j != i && vma_calls[j].ops == c->ops &&
			    !same_private(vma_calls[j].private, c->private))
				refused = true;
		old_form(c->pos, c->fn, steps[MIGRATE_VMA_SETUP].version,
			 refused ? NO_STEP : MIGRATE_VMA_SETUP,
			 "migrate_vma() with 7 arguments");
	}
}

/* A use of a migrate_vma_ops variable that is not the ops of a call. */
static void ops_use(struct expression *expr)
{
	struct symbol *t;
	int i;

	if (!expr->symbol)
		return;
	t = strip_type(expr->symbol->ctype.base_type);
	if (!is_struct_named(t, built_in_ident("migrate_vma_ops")))
		return;
	for (i = 0; i < nr_vma_calls; i++)
		if (vma_calls[i].ops_expr == expr)
			return;
	ptr_set_add(&ops_used, expr->symbol);
}

static void match_call(struct expression *call)
{
	const char *name = api_call(call);
	enum step step;
	int i, nr = call_nr_args(call);
	char what[160];

	if (!name)
		return;
	for (i = 0; old_calls[i].name; i++) {
		if (strcmp(name, old_calls[i].name) ||
		    (old_calls[i].nr_args >= 0 && old_calls[i].nr_args != nr))
			continue;
		if (old_calls[i].nr_args >= 0)
			snprintf(what, sizeof(what), "%s() with %d argument%s", name, nr,
				 nr == 1 ? "" : "s");
		else
			snprintf(what, sizeof(what), "%s()", name);
		step = old_calls[i].step;
		if (step == MIGRATE_VMA_SETUP) {
			if (old_calls[i].gone <= target_version)
				add_vma_call(call);
			return;
		}
		old_form(expr_start(call), cur_fn, old_calls[i].gone, step, what);
		return;
	}
}

/*
 * secondary_tlbs leaves an invalidate_range hook that sits next to
 * invalidate_range_start/end (6.6 refuses such a notifier): in the same
 * initializer, or given to the same ops in the same function.
 */
static bool init_has_start_end(struct expression *init, struct position pos,
			       int depth, bool *found)
{
	struct expression *e, *inner;
	bool here = false, start_end = false;

	if (!init || init->type != EXPR_INITIALIZER || depth > 16)
		return false;
	FOR_EACH_PTR(init->expr_list, e) {
		if (!e)
			continue;
		inner = NULL;
		if (e->type == EXPR_IDENTIFIER) {
			if (e->expr_ident == id.invalidate_range_start ||
			    e->expr_ident == id.invalidate_range_end)
				start_end = true;
			if (e->pos.stream == pos.stream && e->pos.line == pos.line &&
			    e->pos.pos == pos.pos)
				here = true;
			inner = e->ident_expression;
		} else if (e->type == EXPR_INDEX) {
			inner = e->idx_expression;
		} else if (e->type == EXPR_INITIALIZER) {
			inner = e;
		}
		if (!*found && init_has_start_end(inner, pos, depth + 1, found) && *found)
			start_end = true;
	} END_FOR_EACH_PTR(e);
	if (here)
		*found = true;
	return start_end;
}

struct ops_write {
	struct position pos;
	struct symbol *fn, *base;
	char what[160];
};

static struct ops_write *tlb_writes;
static int nr_tlb_writes, max_tlb_writes;
static struct symbol **start_end_bases;	/* in the current function */
static int nr_start_end_bases, max_start_end_bases;

/* The variable whose member @deref is: o in o->m and o.m. */
static struct symbol *deref_base(struct expression *deref)
{
	struct expression *base = strip_expr(deref->deref);

	if (base && base->type == EXPR_PREOP && base->op == '*')
		base = strip_expr(base->unop);
	return base && base->type == EXPR_SYMBOL ? base->symbol : NULL;
}

static void body_begin(struct symbol *sym)
{
	nr_tlb_writes = nr_start_end_bases = 0;
}

static void body_end(struct symbol *sym)
{
	struct ops_write *w;
	bool refused;
	int i, j;

	for (i = 0; i < nr_tlb_writes; i++) {
		w = &tlb_writes[i];
		refused = false;
		for (j = 0; j < nr_start_end_bases; j++)
			if (w->base && start_end_bases[j] == w->base)
				refused = true;
		old_form(w->pos, w->fn, steps[SECONDARY_TLBS].version,
			 refused ? NO_STEP : SECONDARY_TLBS,
			 w->what);
	}
}

static void old_member(struct symbol *owner, struct ident *member,
		       struct position pos, enum use use, struct expression *deref,
		       struct symbol *var)
{
	const struct old_member *m;
	enum step step;
	char what[160];
	bool found = false;

	for (m = old_members; m->owner; m++)
		if (member == *m->member && is_struct_named(owner, *m->owner))
			break;
	if (!m->owner)
		return;
	snprintf(what, sizeof(what), "%s.%s", ident_str(*m->owner), ident_str(member));
	step = m->converts & use ? m->step : NO_STEP;
	if (step == SECONDARY_TLBS) {
		if (use == USE_INIT && var &&
		    init_has_start_end(var->initializer, pos, 0, &found))
			step = NO_STEP;
		if (use == USE_WRITE) {
			/* decided at the end of the function */
			GROW(tlb_writes, max_tlb_writes, nr_tlb_writes);
			tlb_writes[nr_tlb_writes].pos = pos;
			tlb_writes[nr_tlb_writes].fn = cur_fn;
			tlb_writes[nr_tlb_writes].base = deref_base(deref);
			snprintf(tlb_writes[nr_tlb_writes].what,
				 sizeof(tlb_writes[0].what), "%s", what);
			nr_tlb_writes++;
			return;
		}
	}
	old_form(pos, cur_fn, m->gone, step, what);
}

/* Member accesses that are written: assignment targets, ++ and --. */
static struct ptr_set written;

static void mark_written(struct expression *target)
{
	struct expression *e = strip_expr(target);
	struct symbol *owner;

	if (!e || e->type != EXPR_DEREF)
		return;
	ptr_set_add(&written, e);
	owner = deref_struct(e);
	if (is_struct_named(owner, id.mmu_notifier_ops) &&
	    (e->member == id.invalidate_range_start ||
	     e->member == id.invalidate_range_end) && deref_base(e)) {
		GROW(start_end_bases, max_start_end_bases, nr_start_end_bases);
		start_end_bases[nr_start_end_bases++] = deref_base(e);
	}
}

/*
 * range_callbacks leaves a start callback alone (it reports it) when it
 * is used other than as invalidate_range_start/end of an ops (a direct
 * call, another struct, the TLB hook), named as both start and end, not
 * static with no prototype in sight, has a prototype of another form
 * (another number of parameters, some named and some not),
 * redeclares a parameter in an inner block, returns a void expression,
 * or already uses both names its new parameter could take (range,
 * nrange).  Uses are known once every body is walked: decided at the end.
 */
static struct ptr_set via_ops;		/* EXPR_SYMBOLs naming a start/end op */
static struct ptr_set as_start, as_end;	/* functions named so */
static struct ptr_set other_use;	/* functions used some other way */
static struct callback **old_cbs;
static int nr_old_cbs, max_old_cbs;

static struct symbol *function_of(struct expression *value, struct expression **sym_expr)
{
	value = strip_expr(value);
	if (value && value->type == EXPR_PREOP && value->op == '&')
		value = strip_expr(value->unop);
	if (!value || value->type != EXPR_SYMBOL || !is_function_sym(value->symbol))
		return NULL;
	if (sym_expr)
		*sym_expr = value;
	return value->symbol->definition ? value->symbol->definition : value->symbol;
}

static void named_as_op(struct symbol *owner, struct ident *member,
			struct expression *value)
{
	struct expression *sym_expr;
	struct symbol *fn;

	if (owner && !is_struct_named(owner, id.mmu_notifier_ops))
		return;
	if (member != id.invalidate_range_start && member != id.invalidate_range_end)
		return;
	fn = function_of(value, &sym_expr);
	if (!fn)
		return;
	ptr_set_add(&via_ops, sym_expr);
	ptr_set_add(member == id.invalidate_range_start ? &as_start : &as_end, fn);
}

struct cb_shape {
	struct symbol *fn;
	bool shadowed, void_return, has_range, has_nrange;
};

static void find_shape_decl(struct symbol *sym, void *data)
{
	struct cb_shape *shape = data;
	int i, nr = fn_nr_params(shape->fn);
	struct symbol *param;

	for (i = 0; i < nr; i++) {
		param = fn_param(shape->fn, i);
		if (param && sym->ident && param->ident == sym->ident)
			shape->shadowed = true;
	}
	if (sym->ident && !strcmp(ident_str(sym->ident), "range"))
		shape->has_range = true;
	if (sym->ident && !strcmp(ident_str(sym->ident), "nrange"))
		shape->has_nrange = true;
}

static void find_shape_expr(struct expression *expr, void *data)
{
	struct cb_shape *shape = data;
	const char *name;

	if (expr->type != EXPR_SYMBOL || !expr->symbol_name)
		return;
	name = ident_str(expr->symbol_name);
	if (!strcmp(name, "range"))
		shape->has_range = true;
	if (!strcmp(name, "nrange"))
		shape->has_nrange = true;
}

static void find_shape_stmt(struct statement *stmt, void *data)
{
	struct cb_shape *shape = data;
	struct symbol *ret = strip_type(shape->fn->ctype.base_type);

	if (stmt->type == STMT_RETURN && stmt->ret_value && ret &&
	    ret->type == SYM_FN && ret->ctype.base_type == &void_ctype)
		shape->void_return = true;
}

/*
 * A prototype the step rewrites: as many parameters, all named or none.
 * Its own parameters, not its definition's (fn_param() follows that).
 */
static bool proto_form_ok(struct symbol *proto, int nr)
{
	struct symbol *t = strip_type(proto->ctype.base_type), *param;
	int all = 0, named = 0;

	if (!t || t->type != SYM_FN)
		return false;
	FOR_EACH_PTR(t->arguments, param) {
		all++;
		if (param->ident)
			named++;
	} END_FOR_EACH_PTR(param);
	return all == nr && (!named || named == nr);
}

static bool refused_callback(struct symbol *fn)
{
	struct cb_shape shape = { .fn = fn };
	struct visitor v = {
		.stmt = find_shape_stmt,
		.expr = find_shape_expr,
		.decl = find_shape_decl,
		.data = &shape,
	};
	struct symbol *proto;
	bool seen = false;

	if (ptr_set_has(&other_use, fn) ||
	    (ptr_set_has(&as_start, fn) && ptr_set_has(&as_end, fn)))
		return true;
	for (proto = fn->same_symbol; proto; proto = proto->same_symbol) {
		seen = true;
		if (!proto_form_ok(proto, fn_nr_params(fn)))
			return true;
	}
	if (!(fn->ctype.modifiers & MOD_STATIC) && !seen)
		return true;
	visit_stmt(&v, fn_body(fn));
	return shape.shadowed || shape.void_return ||
	       (shape.has_range && shape.has_nrange);
}

static void match_expr(struct expression *expr)
{
	struct expression *left;
	struct symbol *fn;

	switch (expr->type) {
	case EXPR_CALL:
		match_call(expr);
		break;
	case EXPR_ASSIGNMENT:
		mark_written(expr->left);
		left = strip_expr(expr->left);
		if (expr->op == '=' && left && left->type == EXPR_DEREF)
			named_as_op(deref_struct(left), left->member, expr->right);
		break;
	case EXPR_PREOP:
	case EXPR_POSTOP:
		if (expr->op == SPECIAL_INCREMENT || expr->op == SPECIAL_DECREMENT)
			mark_written(expr->unop);
		break;
	case EXPR_DEREF:
		old_member(deref_struct(expr), expr->member, expr_start(expr),
			   ptr_set_has(&written, expr) ? USE_WRITE : USE_READ, expr,
			   NULL);
		break;
	case EXPR_SYMBOL:
		fn = function_of(expr, NULL);
		if (fn && !ptr_set_has(&via_ops, expr))
			ptr_set_add(&other_use, fn);
		ops_use(expr);
		break;
	default:
		break;
	}
}

static void match_init(struct symbol *owner, struct ident *member,
		       struct expression *value, struct position pos,
		       struct symbol *var)
{
	named_as_op(owner, member, value);
	old_member(owner, member, pos, USE_INIT, NULL, var);
}

static void cb_begin(struct callback *cb)
{
	/* (mn, mm, start, end[, blockable]): the form before the range struct */
	if (cb->kind == CB_START && !cb->range) {
		GROW(old_cbs, max_old_cbs, nr_old_cbs);
		old_cbs[nr_old_cbs++] = cb;
	}
}

static void file_end(void)
{
	struct callback *cb;
	int i;

	vma_calls_end();

	for (i = 0; i < nr_old_cbs; i++) {
		cb = old_cbs[i];
		old_form(cb->fn->pos, cb->fn, steps[RANGE_CALLBACKS].version,
			 refused_callback(cb->fn) ? NO_STEP : RANGE_CALLBACKS,
			 "an invalidate_range_start callback without a range");
	}
}

void register_old_api(int rule)
{
	my_id = rule;
	add_expr_hook(IN_BODY, match_expr);
	add_init_hook(match_init);
	add_body_hook(body_begin, body_end);
	add_callback_hook(cb_begin, NULL);
	add_file_end_hook(file_end);
}

const char explain_old_api[] =
"Why: out-of-tree and vendor drivers carry API forms that newer kernels\n"
"removed: the (mm, start, end) notifier callbacks and calls (5.0), the\n"
"range's blockable field (5.2), migrate_vma() with callbacks (5.4),\n"
"src_owner (5.9), migrate_pgmap_owner and mmu_notifier_range_init_migrate()\n"
"(5.14), the range's vma (6.3), the invalidate_range hook (6.6), change_pte\n"
"(6.10).  With --target=<version> the checker lists every form that kernel\n"
"no longer accepts, and the cocci/ step that converts it (see cocci/series;\n"
"`make coccicheck STEP=<step>` applies one).  No step is named for a site\n"
"the step leaves to a human (it reports it: a callback also called\n"
"directly, a write of range->blockable, ...), nor for a step of a later\n"
"version than the target.\n"
"\n"
"Fix: apply the named step, or the whole series up to the target; change\n"
"the sites that name no step by hand.\n"
"\n"
"Before (--target=5.0):\n"
"	mmu_notifier_invalidate_range_start(mm, start, end);\n"
"	...\n"
"	mmu_notifier_invalidate_range_end(mm, start, end);\n"
"\n"
"After (cocci/range_callers.cocci):\n"
"	struct mmu_notifier_range range;\n"
"\n"
"	mmu_notifier_range_init(&range, mm, start, end);\n"
"	mmu_notifier_invalidate_range_start(&range);\n"
"	...\n"
"	mmu_notifier_invalidate_range_end(&range);\n";
