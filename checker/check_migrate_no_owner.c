// SPDX-License-Identifier: GPL-2.0-only
/*
 * migrate-no-owner: since 5.9 migrate_vma_setup() collects device-private
 * (and, from 6.0, device-coherent) pages only when flags select them AND
 * their pgmap owner equals args->pgmap_owner; the same owner goes into the
 * MMU_NOTIFY_MIGRATE range so the driver can recognise its own migration.
 * A struct migrate_vma selecting device pages with no owner (or NULL)
 * collects none of them; one whose flags are never set selects nothing.
 *
 * Followed per function, in order: the declaration's initializer (designated
 * or { 0 }), memset(), field assignments through the variable or a pointer,
 * and fields a same-file helper sets through its parameter; judged where
 * the struct reaches migrate_vma_setup(), directly or through a helper.
 */
#include <string.h>

#include "api.h"
#include "mncheck.h"
#include "walk.h"

struct migrate_obj {
	struct symbol *sym;
	bool is_ptr, touched, checked;
	bool flags_set, owner_set, owner_null;
	struct expression **flags;	/* the values flags was given */
	int nr_flags, max_flags;
	struct position flags_pos;
};

static int my_id;
static struct migrate_obj *objs;
static int nr_objs, max_objs;

static void body_begin(struct symbol *sym)
{
	nr_objs = 0;
}

static struct migrate_obj *obj_of(struct symbol *sym)
{
	struct expression **flags;
	struct migrate_obj *o;
	int max_flags;
	struct symbol *t;
	int i;

	if (!sym || sym->type != SYM_NODE)
		return NULL;
	for (i = 0; i < nr_objs; i++)
		if (objs[i].sym == sym)
			return &objs[i];
	t = sym->ctype.base_type;
	if (!(is_struct_named(t, id.migrate_vma) || is_ptr_to_struct(t, id.migrate_vma)))
		return NULL;
	GROW(objs, max_objs, nr_objs);
	o = &objs[nr_objs++];
	/* an entry of an earlier function: keep its flags array */
	flags = o->flags;
	max_flags = o->max_flags;
	memset(o, 0, sizeof(*o));
	o->flags = flags;
	o->max_flags = max_flags;
	o->sym = sym;
	o->is_ptr = is_ptr_to_struct(t, id.migrate_vma);
	return o;
}

/* args (the struct), &args, or p (a pointer to it) */
static struct migrate_obj *obj_of_expr(struct expression *expr)
{
	expr = strip_expr(expr);
	if (expr && expr->type == EXPR_PREOP && expr->op == '&')
		expr = strip_expr(expr->unop);
	if (!expr || expr->type != EXPR_SYMBOL)
		return NULL;
	return obj_of(expr->symbol);
}

/* The object whose member @deref accesses: args.flags or p->flags. */
static struct migrate_obj *obj_of_member(struct expression *deref)
{
	struct expression *base = strip_expr(deref->deref);

	if (base && base->type == EXPR_PREOP && base->op == '*')
		base = strip_expr(base->unop);
	if (!base || base->type != EXPR_SYMBOL)
		return NULL;
	return obj_of(base->symbol);
}

static void set_field(struct migrate_obj *o, struct ident *member,
		      struct expression *value, struct position pos, bool reset)
{
	long long v;

	if (!o)
		return;
	o->touched = true;
	if (member == id.flags) {
		if (reset)
			o->nr_flags = 0;
		GROW(o->flags, o->max_flags, o->nr_flags);
		o->flags[o->nr_flags++] = value;
		o->flags_set = true;
		o->flags_pos = pos;
	} else if (member == id.pgmap_owner) {
		o->owner_set = true;
		o->owner_null = const_value(value, &v) && !v;
	}
}

static void match_init(struct symbol *owner, struct ident *member,
		       struct expression *value, struct position pos,
		       struct symbol *var)
{
	if (is_struct_named(owner, id.migrate_vma))
		set_field(obj_of(var), member, value, pos, true);
}

static void match_decl(struct statement *stmt)
{
	struct symbol *sym;

	if (stmt->type != STMT_DECLARATION)
		return;
	FOR_EACH_PTR(stmt->declaration, sym) {
		struct migrate_obj *o = obj_of(sym);

		/* a declared struct is ours to fill, even if = { 0 } only */
		if (o && !o->is_ptr)
			o->touched = true;
	} END_FOR_EACH_PTR(sym);
}

/* Does @expr (flags) possibly select device pages? */
static int select_depth;

static void find_device_bits(struct expression *expr, void *data);

static void returned_bits(struct statement *stmt, void *data)
{
	if (stmt->type == STMT_RETURN)
		scan_expr(stmt->ret_value, find_device_bits, data);
}

static void find_device_bits(struct expression *expr, void *data)
{
	struct visitor returns = { .stmt = returned_bits, .data = data };
	struct symbol *fn;

	/* enum constants only: a loop bound of 2 is not a selection */
	if (expr->type == EXPR_VALUE && (expr->flags & CEF_ENUM) &&
	    (expr->value & api.select_device))
		*(bool *)data = true;
	/* flags = foo_select_device(foo): look at what the helper returns */
	fn = call_target(expr);
	if (!is_local_function(fn) || select_depth >= 2)
		return;
	select_depth++;
	visit_stmt(&returns, fn_body(fn));
	select_depth--;
}

static bool selects_device(struct migrate_obj *o)
{
	bool found = false;
	long long v;
	int i;

	for (i = 0; i < o->nr_flags; i++) {
		if (const_value(o->flags[i], &v)) {
			if (v & api.select_device)
				return true;
			continue;
		}
		scan_expr(o->flags[i], find_device_bits, &found);
		if (found)
			return true;
	}
	return false;
}

static void check_obj(struct migrate_obj *o, struct expression *call)
{
	if (!o || o->checked || !api.migrate_has_flags)
		return;
	o->checked = true;
	if (!o->flags_set) {
		/* a pointer nobody fills here was filled by the caller */
		if (o->touched)
			report(my_id, expr_start(call), cur_fn,
			       "'%s' reaches migrate_vma_setup() with no flags set: "
			       "it selects no pages and migrates nothing",
			       sym_name(o->sym));
		return;
	}
	if (api.select_device && selects_device(o) &&
	    (!o->owner_set || o->owner_null))
		report(my_id, o->flags_pos, cur_fn,
		       "'%s' selects device pages but sets %s pgmap_owner: "
		       "migrate_vma_setup() will not collect them",
		       sym_name(o->sym), o->owner_set ? "a NULL" : "no");
}

/* Fields a same-file helper sets through its parameter @param. */
struct import {
	struct migrate_obj *obj;
	struct symbol *param;
	struct position call;	/* findings point at the call, in our function */
	bool calls_setup;
};

static void import_fields(struct expression *expr, void *data)
{
	struct import *imp = data;
	struct expression *left, *base;

	if (expr->type == EXPR_CALL && is_api_call(expr, "migrate_vma_setup"))
		imp->calls_setup = true;
	if (expr->type != EXPR_ASSIGNMENT)
		return;
	left = strip_expr(expr->left);
	if (!left || left->type != EXPR_DEREF ||
	    !is_migrate_member(left, left->member))
		return;
	base = strip_expr(left->deref);
	if (base && base->type == EXPR_PREOP && base->op == '*')
		base = strip_expr(base->unop);
	if (base && base->type == EXPR_SYMBOL && base->symbol == imp->param)
		set_field(imp->obj, left->member, expr->right, imp->call,
			  expr->op == '=');
}

static void match_call(struct expression *call)
{
	struct expression *arg;
	struct migrate_obj *o;
	struct symbol *fn;
	const char *name = api_call(call);
	int i = 0;

	if (name && !strcmp(name, "migrate_vma_setup")) {
		check_obj(obj_of_expr(call_arg(call, 0)), call);
		return;
	}
	if (name && !strcmp(name, "memset")) {
		o = obj_of_expr(call_arg(call, 0));
		if (o) {
			o->flags_set = o->owner_set = o->owner_null = false;
			o->nr_flags = 0;
		}
		return;
	}
	fn = call_target(call);
	if (!is_local_function(fn))
		return;
	FOR_EACH_PTR(call->args, arg) {
		struct import imp = {
			obj_of_expr(arg), fn_param(fn, i), expr_start(call), false
		};

		i++;
		if (!imp.obj || !imp.param)
			continue;
		scan_stmt(fn_body(fn), import_fields, &imp);
		if (imp.calls_setup)
			check_obj(imp.obj, call);
	} END_FOR_EACH_PTR(arg);
}

static void match_expr(struct expression *expr)
{
	struct expression *left;

	if (expr->type == EXPR_CALL) {
		match_call(expr);
		return;
	}
	if (expr->type != EXPR_ASSIGNMENT)
		return;
	left = strip_expr(expr->left);
	if (left && left->type == EXPR_DEREF && is_migrate_member(left, left->member))
		set_field(obj_of_member(left), left->member, expr->right,
			  expr_start(left), expr->op == '=');
}

void register_migrate_no_owner(int rule)
{
	my_id = rule;
	add_body_hook(body_begin, NULL);
	add_init_hook(match_init);
	add_stmt_hook(IN_BODY, match_decl);
	add_expr_hook(IN_BODY, match_expr);
}

const char explain_migrate_no_owner[] =
"Why: since 5.9, migrate_vma_setup() takes a device-private page (a\n"
"device-coherent one from 6.0) only if args->flags selects it and its\n"
"pgmap->owner equals args->pgmap_owner.  Device pgmaps must have a non-NULL\n"
"owner, so selecting device pages with no pgmap_owner collects nothing,\n"
"silently.  The owner also travels in the MMU_NOTIFY_MIGRATE range, so the\n"
"driver's own notifier can recognise (and skip) its own migrations.  And\n"
"flags == 0 selects no page at all: the call succeeds and does nothing.\n"
"\n"
"Fix: set flags, and pgmap_owner to the owner the driver gave its pgmap.\n"
"\n"
"Before:\n"
"	struct migrate_vma args = { 0 };\n"
"	args.vma = vma; args.start = start; args.end = end;\n"
"	args.src = src; args.dst = dst;\n"
"	args.flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;\n"
"	migrate_vma_setup(&args);\n"
"\n"
"After:\n"
"	struct migrate_vma args = { 0 };\n"
"	args.vma = vma; args.start = start; args.end = end;\n"
"	args.src = src; args.dst = dst;\n"
"	args.pgmap_owner = mdevice;	// = pagemap.owner\n"
"	args.flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;\n"
"	migrate_vma_setup(&args);\n";
