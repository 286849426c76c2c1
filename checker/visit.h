/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Visiting a statement or expression tree, and the members an initializer
 * sets.
 */
#ifndef MNCHECK_VISIT_H
#define MNCHECK_VISIT_H

#include "ast.h"

/*
 * The one traversal of statements and expressions that every walk uses.
 * Each callback may be NULL.  It does not enter sizeof/typeof/offsetof
 * operands (they are not run) nor inline asm, and never follows calls:
 * @call lets a walk do that once the arguments are visited.  @branch
 * says which part of an if (0 condition, 1 then, 2 else), switch (0
 * expression, 1 body) or loop (0 conditions, 1 body) comes next.
 */
struct visitor {
	void (*stmt)(struct statement *stmt, void *data);
	void (*stmt_end)(struct statement *stmt, void *data);
	void (*branch)(struct statement *stmt, int branch, void *data);
	void (*expr)(struct expression *expr, void *data);
	void (*call)(struct expression *call, void *data);
	void (*decl)(struct symbol *sym, void *data);
	void *data;
	int nesting;		/* recursion guard */
};
void visit_stmt(struct visitor *v, struct statement *stmt);
void visit_expr(struct visitor *v, struct expression *expr);

/* A quick look at every expression under @stmt / @expr (pre-order). */
typedef void (*scan_fn)(struct expression *expr, void *data);
void scan_stmt(struct statement *stmt, scan_fn fn, void *data);
void scan_expr(struct expression *expr, scan_fn fn, void *data);

/*
 * Calls @fn for every member an initializer of type @type sets, with the
 * struct or union that owns the member: designators (nested ones too:
 * .a.b = v, [i] = { .m = v }) and plain positional lists.
 */
typedef void (*member_init_fn)(struct symbol *owner, struct ident *member,
			       struct expression *value, struct position pos,
			       void *data);
void for_each_member_init(struct symbol *type, struct expression *init,
			  member_init_fn fn, void *data);

#endif
