/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Helpers over sparse's unevaluated AST: types of expressions, positions,
 * constants, small tables.  Nothing here knows the kernel API.
 *
 * The raw AST has no computed types (expr->ctype is NULL), so expr_type()
 * rebuilds the type of the simple forms that name members: symbols, member
 * accesses, dereferences, casts, calls and statement expressions (the
 * kernel's container_of()).  Anything else is "unknown" (NULL), and every
 * caller must treat unknown as "cannot tell", never as a match.
 */
#ifndef MNCHECK_AST_H
#define MNCHECK_AST_H

#include <stdbool.h>

#include "lib.h"
#include "token.h"
#include "parse.h"
#include "symbol.h"
#include "expression.h"

/* The type behind typedefs, declarations and typeof(), or NULL. */
struct symbol *strip_type(struct symbol *type);

/* Best-effort type of @expr (see above), stripped; NULL when unknown. */
struct symbol *expr_type(struct expression *expr);

/* The struct/union whose member @deref (an EXPR_DEREF) reads, or NULL. */
struct symbol *deref_struct(struct expression *deref);

/* @t (already stripped) is a struct or a union. */
bool is_struct_or_union(struct symbol *t);

/* @type (stripped) is struct @name; @ptr: a pointer to it instead. */
bool is_struct_named(struct symbol *type, struct ident *name);
bool is_ptr_to_struct(struct symbol *type, struct ident *name);

/* The declared type of member @member of struct/union @type, or NULL. */
struct symbol *member_type(struct symbol *type, struct ident *member);

/* struct @tag as declared in this file has a member @member. */
bool struct_tag_has_member(struct ident *tag, struct ident *member);

/* @expr without the parentheses and casts around it. */
struct expression *strip_expr(struct expression *expr);

/* Where the source text of @expr starts (its leftmost token). */
struct position expr_start(struct expression *expr);

/* The function a call names directly (after ->definition), or NULL. */
struct symbol *call_target(struct expression *call);
const char *call_name(struct expression *call);
int call_nr_args(struct expression *call);
struct expression *call_arg(struct expression *call, int nr);

/* Body of function symbol @fn (or of its later definition), or NULL. */
struct statement *fn_body(struct symbol *fn);
struct symbol *fn_param(struct symbol *fn, int nr);
int fn_nr_params(struct symbol *fn);
bool is_function_sym(struct symbol *sym);

/* @expr is an integer constant built from literals only; its value. */
bool const_value(struct expression *expr, long long *val);

/* @stmt never falls through: it ends in return, goto, break or continue. */
bool stmt_exits(struct statement *stmt);

/* A short, name-independent shape of an lvalue such as &svmm->mutex:
 * "struct nouveau_svmm.mutex" when the base type is known, the source
 * names otherwise.  Empty string when there is no useful shape. */
void lvalue_shape(struct expression *expr, char *buf, int size);

/* The name of @ident as a string that stays valid, or "?" */
const char *ident_str(const struct ident *ident);

/* The name of @sym, or "?" */
const char *sym_name(struct symbol *sym);

/* Set of pointers (symbols, mostly) for visited marks. */
struct ptr_set {
	void **slot;
	unsigned int size, used;
};
bool ptr_set_add(struct ptr_set *set, void *ptr);	/* false if present */
bool ptr_set_has(const struct ptr_set *set, void *ptr);
void ptr_set_clear(struct ptr_set *set);

/*
 * Memory.  The checker cannot go on without it: xrealloc() prints "out of
 * memory" and exits 1 instead of returning NULL.  (xstrdup() is sparse's,
 * in its utils.h: a copy that lives as long as the process.)
 */
void *xrealloc(void *p, size_t size);

/*
 * Growable arrays, so that no list of the checker has a fixed cap (a cap
 * silently drops what comes after it).  GROW(array, max, nr) makes room
 * for element @nr of @array, which has room for @max elements; the new
 * room is zeroed.  Use: GROW(items, max_items, nr_items); items[nr_items++] = x;
 */
void *grow_array(void *array, int *max, int nr, size_t size);
#define GROW(array, max, nr) \
	((array) = grow_array((array), &(max), (nr), sizeof(*(array))))

/* pos_cmp: source order of two positions (stream, line, column), for qsort. */
static inline int pos_cmp(struct position a, struct position b)
{
	if (a.stream != b.stream)
		return a.stream < b.stream ? -1 : 1;
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	if (a.pos != b.pos)
		return a.pos < b.pos ? -1 : 1;
	return 0;
}

#endif
