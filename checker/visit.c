// SPDX-License-Identifier: GPL-2.0-only
/*
 * The traversal every walk uses, and the walk over initializers (see
 * visit.h).  Recursion is bounded: a parser that recovered from errors can
 * hand over deep or broken trees.
 */
#include "visit.h"

#define VISIT_DEPTH	2000

static void visit_branch(struct visitor *v, struct statement *stmt, int branch)
{
	if (v->branch)
		v->branch(stmt, branch, v->data);
}

static void visit_decls(struct visitor *v, struct symbol_list *list)
{
	struct symbol *sym;

	FOR_EACH_PTR(list, sym) {
		if (v->decl)
			v->decl(sym, v->data);
		visit_expr(v, sym->initializer);
	} END_FOR_EACH_PTR(sym);
}

void visit_stmt(struct visitor *v, struct statement *stmt)
{
	struct statement *s;

	if (!stmt || v->nesting >= VISIT_DEPTH)
		return;
	v->nesting++;
	if (v->stmt)
		v->stmt(stmt, v->data);
	switch (stmt->type) {
	case STMT_DECLARATION:
		visit_decls(v, stmt->declaration);
		break;
	case STMT_EXPRESSION:
		visit_expr(v, stmt->expression);
		break;
	case STMT_COMPOUND:
		FOR_EACH_PTR(stmt->stmts, s) {
			visit_stmt(v, s);
		} END_FOR_EACH_PTR(s);
		break;
	case STMT_IF:
		visit_branch(v, stmt, 0);
		visit_expr(v, stmt->if_conditional);
		visit_branch(v, stmt, 1);
		visit_stmt(v, stmt->if_true);
		visit_branch(v, stmt, 2);
		visit_stmt(v, stmt->if_false);
		break;
	case STMT_RETURN:
		visit_expr(v, stmt->ret_value);
		break;
	case STMT_CASE:
		visit_stmt(v, stmt->case_statement);
		break;
	case STMT_SWITCH:
		visit_branch(v, stmt, 0);
		visit_expr(v, stmt->switch_expression);
		visit_branch(v, stmt, 1);
		visit_stmt(v, stmt->switch_statement);
		break;
	case STMT_ITERATOR:
		visit_branch(v, stmt, 0);
		visit_stmt(v, stmt->iterator_pre_statement);
		visit_expr(v, stmt->iterator_pre_condition);
		visit_branch(v, stmt, 1);
		visit_stmt(v, stmt->iterator_statement);
		visit_stmt(v, stmt->iterator_post_statement);
		visit_expr(v, stmt->iterator_post_condition);
		break;
	case STMT_LABEL:
		visit_stmt(v, stmt->label_statement);
		break;
	case STMT_GOTO:
		visit_expr(v, stmt->goto_expression);
		break;
	case STMT_CONTEXT:
		visit_expr(v, stmt->expression);
		break;
	default:
		break;
	}
	if (v->stmt_end)
		v->stmt_end(stmt, v->data);
	v->nesting--;
}

void visit_expr(struct visitor *v, struct expression *expr)
{
	struct expression *e;
	struct type_expression *map;

	if (!expr || v->nesting >= VISIT_DEPTH)
		return;
	v->nesting++;
	if (v->expr)
		v->expr(expr, v->data);
	switch (expr->type) {
	case EXPR_BINOP:
	case EXPR_ASSIGNMENT:
	case EXPR_LOGICAL:
	case EXPR_COMMA:
	case EXPR_COMPARE:
		visit_expr(v, expr->left);
		visit_expr(v, expr->right);
		break;
	case EXPR_DEREF:
		visit_expr(v, expr->deref);
		break;
	case EXPR_PREOP:
	case EXPR_POSTOP:
		visit_expr(v, expr->unop);
		break;
	case EXPR_CAST:
	case EXPR_FORCE_CAST:
	case EXPR_IMPLIED_CAST:
		visit_expr(v, expr->cast_expression);
		break;
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		visit_expr(v, expr->conditional);
		visit_expr(v, expr->cond_true);
		visit_expr(v, expr->cond_false);
		break;
	case EXPR_STATEMENT:
		visit_stmt(v, expr->statement);
		break;
	case EXPR_CALL:
		visit_expr(v, expr->fn);
		FOR_EACH_PTR(expr->args, e) {
			visit_expr(v, e);
		} END_FOR_EACH_PTR(e);
		if (v->call)
			v->call(expr, v->data);
		break;
	case EXPR_INITIALIZER:
		FOR_EACH_PTR(expr->expr_list, e) {
			visit_expr(v, e);
		} END_FOR_EACH_PTR(e);
		break;
	case EXPR_IDENTIFIER:
		visit_expr(v, expr->ident_expression);
		break;
	case EXPR_INDEX:
		visit_expr(v, expr->idx_expression);
		break;
	case EXPR_POS:
		visit_expr(v, expr->init_expr);
		break;
	case EXPR_SLICE:
		visit_expr(v, expr->base);
		break;
	case EXPR_GENERIC:
		visit_expr(v, expr->def);
		for (map = expr->map; map; map = map->next)
			visit_expr(v, map->expr);
		break;
	default:
		/* values, strings, symbols, sizeof, offsetof, labels */
		break;
	}
	v->nesting--;
}

void scan_stmt(struct statement *stmt, scan_fn fn, void *data)
{
	struct visitor v = { .expr = fn, .data = data };

	visit_stmt(&v, stmt);
}

void scan_expr(struct expression *expr, scan_fn fn, void *data)
{
	struct visitor v = { .expr = fn, .data = data };

	visit_expr(&v, expr);
}

/* Initializers. */

static void member_init_entry(struct symbol *type, struct expression *entry,
			      member_init_fn fn, void *data, int depth);

static void member_init_list(struct symbol *type, struct expression *init,
			     member_init_fn fn, void *data, int depth)
{
	struct expression *e;
	struct symbol *m;
	/* the member the next positional value sets; -1 past a designator */
	int i = 0;

	type = strip_type(type);
	if (!init || init->type != EXPR_INITIALIZER || !type || depth > 16)
		return;
	if (!is_struct_or_union(type))
		i = -1;
	FOR_EACH_PTR(init->expr_list, e) {
		if (!e)
			continue;
		if (e->type == EXPR_IDENTIFIER || e->type == EXPR_INDEX) {
			member_init_entry(type, e, fn, data, depth + 1);
			/* positions after a designator are not followed */
			i = -1;
		} else if (type->type == SYM_ARRAY) {
			member_init_list(type->ctype.base_type, e, fn, data, depth + 1);
		} else if (i >= 0) {
			m = ptr_list_nth(type->symbol_list, i++);
			if (!m) {
				i = -1;
				continue;
			}
			if (m->ident)
				fn(type, m->ident, e, expr_start(e), data);
			member_init_list(m->ctype.base_type, e, fn, data, depth + 1);
		}
	} END_FOR_EACH_PTR(e);
}

static void member_init_entry(struct symbol *type, struct expression *entry,
			      member_init_fn fn, void *data, int depth)
{
	struct expression *inner;
	struct symbol *sub;

	type = strip_type(type);
	if (!entry || !type || depth > 16)
		return;
	if (entry->type == EXPR_IDENTIFIER) {
		inner = entry->ident_expression;
		if (inner && inner->type != EXPR_IDENTIFIER &&
		    inner->type != EXPR_INDEX)
			fn(type, entry->expr_ident, inner, entry->pos, data);
		sub = member_type(type, entry->expr_ident);
	} else if (entry->type == EXPR_INDEX) {
		inner = entry->idx_expression;
		sub = type->type == SYM_ARRAY ? type->ctype.base_type : NULL;
	} else {
		return;
	}
	if (!inner || !sub)
		return;
	if (inner->type == EXPR_IDENTIFIER || inner->type == EXPR_INDEX)
		member_init_entry(sub, inner, fn, data, depth + 1);
	else
		member_init_list(sub, inner, fn, data, depth + 1);
}

void for_each_member_init(struct symbol *type, struct expression *init,
			  member_init_fn fn, void *data)
{
	member_init_list(type, init, fn, data, 0);
}

