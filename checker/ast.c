// SPDX-License-Identifier: GPL-2.0-only
/*
 * Helpers over sparse's unevaluated AST (see ast.h).
 *
 * Everything here must survive any input a parser that recovered from
 * errors can hand us: NULL children, symbols without types, cycles through
 * typeof().  Hence the NULL checks and the depth limits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "scope.h"

/* Deeper than any real type chain or expression; shallow enough for the stack. */
#define TYPE_DEPTH	32
#define VISIT_DEPTH	2000

static int type_depth;

struct symbol *strip_type(struct symbol *type)
{
	int n;

	for (n = 0; type && n < TYPE_DEPTH; n++) {
		switch (type->type) {
		case SYM_NODE:
		case SYM_BITFIELD:
			type = type->ctype.base_type;
			break;
		case SYM_TYPEOF:
			return expr_type(type->initializer);
		default:
			return type;
		}
	}
	return NULL;
}

static struct symbol *last_expr_type(struct statement *stmt)
{
	struct statement *last;

	if (!stmt || stmt->type != STMT_COMPOUND)
		return NULL;
	last = last_ptr_list((struct ptr_list *)stmt->stmts);
	if (!last || last->type != STMT_EXPRESSION)
		return NULL;
	return expr_type(last->expression);
}

static struct symbol *expr_type_nested(struct expression *expr)
{
	struct symbol *t;

	switch (expr->type) {
	case EXPR_SYMBOL:
		if (!expr->symbol || expr->symbol->type != SYM_NODE)
			return NULL;
		return strip_type(expr->symbol->ctype.base_type);
	case EXPR_PREOP:
		if (expr->op == '(')
			return expr_type(expr->unop);
		if (expr->op != '*')
			return NULL;
		t = expr_type(expr->unop);
		if (t && (t->type == SYM_PTR || t->type == SYM_ARRAY))
			return strip_type(t->ctype.base_type);
		if (t && t->type == SYM_FN)
			return t;
		return NULL;
	case EXPR_DEREF:
		return member_type(deref_struct(expr), expr->member);
	case EXPR_CAST:
	case EXPR_FORCE_CAST:
	case EXPR_IMPLIED_CAST:
		return strip_type(expr->cast_type);
	case EXPR_CALL:
		t = expr_type(expr->fn);
		if (t && t->type == SYM_PTR)
			t = strip_type(t->ctype.base_type);
		if (t && t->type == SYM_FN)
			return strip_type(t->ctype.base_type);
		return NULL;
	case EXPR_STATEMENT:
		return last_expr_type(expr->statement);
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		t = expr_type(expr->cond_true ? expr->cond_true : expr->conditional);
		return t ? t : expr_type(expr->cond_false);
	case EXPR_ASSIGNMENT:
		return expr_type(expr->left);
	case EXPR_COMMA:
		return expr_type(expr->right);
	default:
		return NULL;
	}
}

struct symbol *expr_type(struct expression *expr)
{
	struct symbol *t;

	if (!expr || type_depth >= TYPE_DEPTH)
		return NULL;
	type_depth++;
	t = expr_type_nested(expr);
	type_depth--;
	return t;
}

bool is_struct_or_union(struct symbol *t)
{
	return t && (t->type == SYM_STRUCT || t->type == SYM_UNION);
}

struct symbol *deref_struct(struct expression *deref)
{
	struct symbol *t;

	if (!deref || deref->type != EXPR_DEREF)
		return NULL;
	t = expr_type(deref->deref);
	return is_struct_or_union(t) ? t : NULL;
}

bool is_struct_named(struct symbol *type, struct ident *name)
{
	type = strip_type(type);
	return is_struct_or_union(type) && type->ident == name;
}

bool is_ptr_to_struct(struct symbol *type, struct ident *name)
{
	type = strip_type(type);
	return type && type->type == SYM_PTR &&
	       is_struct_named(type->ctype.base_type, name);
}

static struct symbol *find_member(struct symbol *type, struct ident *member,
				  int depth)
{
	struct symbol *m, *found = NULL;

	type = strip_type(type);
	if (!is_struct_or_union(type) || depth > TYPE_DEPTH)
		return NULL;
	FOR_EACH_PTR(type->symbol_list, m) {
		if (m->ident == member)
			return m;
		/* anonymous struct or union: its members belong to us */
		if (!m->ident && !found)
			found = find_member(m->ctype.base_type, member, depth + 1);
	} END_FOR_EACH_PTR(m);
	return found;
}

struct symbol *member_type(struct symbol *type, struct ident *member)
{
	struct symbol *m;

	if (!member)
		return NULL;
	m = find_member(type, member, 0);
	return m ? strip_type(m->ctype.base_type) : NULL;
}

bool struct_tag_has_member(struct ident *tag, struct ident *member)
{
	struct symbol *s = lookup_symbol(tag, NS_STRUCT);

	return s && find_member(s, member, 0);
}

struct expression *strip_expr(struct expression *expr)
{
	int n;

	for (n = 0; expr && n < VISIT_DEPTH; n++) {
		if (expr->type == EXPR_PREOP && expr->op == '(')
			expr = expr->unop;
		else if ((expr->type == EXPR_CAST ||
			  expr->type == EXPR_FORCE_CAST ||
			  expr->type == EXPR_IMPLIED_CAST) &&
			 expr->cast_expression &&
			 expr->cast_expression->type != EXPR_INITIALIZER)
			expr = expr->cast_expression;
		else
			break;
	}
	return expr;
}

static bool pos_before(struct position a, struct position b)
{
	if (a.stream != b.stream)
		return false;
	return a.line < b.line || (a.line == b.line && a.pos < b.pos);
}

struct position expr_start(struct expression *expr)
{
	struct position pos = expr->pos;
	struct expression *first = NULL;
	int n;

	for (n = 0; n < VISIT_DEPTH; n++) {
		switch (expr->type) {
		case EXPR_BINOP:
		case EXPR_COMPARE:
		case EXPR_LOGICAL:
		case EXPR_ASSIGNMENT:
		case EXPR_COMMA:
			first = expr->left;
			break;
		case EXPR_DEREF:
			first = expr->deref;
			break;
		case EXPR_PREOP:
		case EXPR_POSTOP:
			first = expr->unop;
			break;
		case EXPR_CALL:
			first = expr->fn;
			break;
		case EXPR_CONDITIONAL:
		case EXPR_SELECT:
			first = expr->conditional;
			break;
		default:
			first = NULL;
		}
		if (!first)
			break;
		if (pos_before(first->pos, pos))
			pos = first->pos;
		expr = first;
	}
	return pos;
}

struct symbol *call_target(struct expression *call)
{
	struct expression *fn;

	if (!call || call->type != EXPR_CALL)
		return NULL;
	fn = strip_expr(call->fn);
	if (!fn || fn->type != EXPR_SYMBOL || !is_function_sym(fn->symbol))
		return NULL;
	return fn->symbol->definition ? fn->symbol->definition : fn->symbol;
}

const char *call_name(struct expression *call)
{
	struct expression *fn;

	if (!call || call->type != EXPR_CALL)
		return NULL;
	fn = strip_expr(call->fn);
	if (!fn || fn->type != EXPR_SYMBOL || !fn->symbol_name)
		return NULL;
	return ident_str(fn->symbol_name);
}

int call_nr_args(struct expression *call)
{
	return ptr_list_size((struct ptr_list *)call->args);
}

struct expression *call_arg(struct expression *call, int nr)
{
	if (nr < 0)
		return NULL;
	return ptr_list_nth(call->args, nr);
}

bool is_function_sym(struct symbol *sym)
{
	struct symbol *t;

	if (!sym || sym->type != SYM_NODE)
		return false;
	t = strip_type(sym->ctype.base_type);
	return t && t->type == SYM_FN;
}

static struct symbol *fn_type(struct symbol *fn)
{
	struct symbol *t;

	if (!is_function_sym(fn))
		return NULL;
	if (fn->definition)
		fn = fn->definition;
	t = strip_type(fn->ctype.base_type);
	return t && t->type == SYM_FN ? t : NULL;
}

struct statement *fn_body(struct symbol *fn)
{
	struct symbol *t = fn_type(fn);

	if (!t)
		return NULL;
	return t->stmt ? t->stmt : t->inline_stmt;
}

struct symbol *fn_param(struct symbol *fn, int nr)
{
	struct symbol *t = fn_type(fn);

	if (!t || nr < 0)
		return NULL;
	return ptr_list_nth(t->arguments, nr);
}

int fn_nr_params(struct symbol *fn)
{
	struct symbol *t = fn_type(fn);

	return t ? ptr_list_size((struct ptr_list *)t->arguments) : 0;
}

/*
 * Our own small evaluator, so that asking "is this GFP_KERNEL?" never runs
 * sparse's evaluation, which rewrites the tree the rules still read.
 */
static bool const_value_nested(struct expression *expr, unsigned long long *v,
			       int depth)
{
	unsigned long long l, r, c;

	if (!expr || depth > 64)
		return false;
	switch (expr->type) {
	case EXPR_VALUE:
		*v = expr->value;
		return true;
	case EXPR_CAST:
	case EXPR_FORCE_CAST:
	case EXPR_IMPLIED_CAST:
		return const_value_nested(expr->cast_expression, v, depth + 1);
	case EXPR_PREOP:
		if (!const_value_nested(expr->unop, &l, depth + 1))
			return false;
		switch (expr->op) {
		case '(': case '+': *v = l; return true;
		case '-': *v = -l; return true;
		case '~': *v = ~l; return true;
		case '!': *v = !l; return true;
		}
		return false;
	case EXPR_BINOP:
		if (!const_value_nested(expr->left, &l, depth + 1) ||
		    !const_value_nested(expr->right, &r, depth + 1))
			return false;
		switch (expr->op) {
		case '+': *v = l + r; return true;
		case '-': *v = l - r; return true;
		case '*': *v = l * r; return true;
		case '&': *v = l & r; return true;
		case '|': *v = l | r; return true;
		case '^': *v = l ^ r; return true;
		case '/': if (!r) return false; *v = l / r; return true;
		case '%': if (!r) return false; *v = l % r; return true;
		case SPECIAL_LEFTSHIFT:
			if (r >= 64) return false;
			*v = l << r; return true;
		case SPECIAL_RIGHTSHIFT:
			if (r >= 64) return false;
			*v = l >> r; return true;
		}
		return false;
	case EXPR_CONDITIONAL:
		if (!const_value_nested(expr->conditional, &c, depth + 1))
			return false;
		if (c && !expr->cond_true)
			return (*v = c), true;
		return const_value_nested(c ? expr->cond_true : expr->cond_false,
					  v, depth + 1);
	default:
		return false;
	}
}

bool const_value(struct expression *expr, long long *val)
{
	unsigned long long v;

	if (!const_value_nested(expr, &v, 0))
		return false;
	*val = (long long)v;
	return true;
}

static bool is_jump(struct statement *stmt)
{
	return stmt->type == STMT_RETURN || stmt->type == STMT_GOTO;
}

static bool stmt_exits_nested(struct statement *stmt, int depth)
{
	struct statement *last = NULL, *s;
	long long v;

	if (!stmt || depth > 64)
		return false;
	if (is_jump(stmt))
		return true;
	switch (stmt->type) {
	case STMT_COMPOUND:
		FOR_EACH_PTR(stmt->stmts, s) {
			if (s->type != STMT_NONE)
				last = s;
		} END_FOR_EACH_PTR(s);
		return stmt_exits_nested(last, depth + 1);
	case STMT_IF:
		return stmt_exits_nested(stmt->if_true, depth + 1) &&
		       stmt_exits_nested(stmt->if_false, depth + 1);
	case STMT_LABEL:
		return stmt_exits_nested(stmt->label_statement, depth + 1);
	case STMT_ITERATOR:
		/* do { ...; return; } while (0), as macros write it */
		if (stmt->iterator_pre_condition ||
		    !const_value(stmt->iterator_post_condition, &v) || v)
			return false;
		s = stmt->iterator_statement;
		if (!s || s->type != STMT_COMPOUND)
			return false;
		/* a break inside would leave the do-while, not the function */
		last = last_ptr_list((struct ptr_list *)s->stmts);
		return last && last->type == STMT_RETURN;
	default:
		return false;
	}
}

bool stmt_exits(struct statement *stmt)
{
	return stmt_exits_nested(stmt, 0);
}

static bool text_shape(struct expression *expr, char *buf, int size, int depth)
{
	struct expression *base;
	int len;

	expr = strip_expr(expr);
	if (!expr || depth > 8 || size < 2)
		return false;
	if (expr->type == EXPR_SYMBOL && expr->symbol_name) {
		snprintf(buf, size, "%s", ident_str(expr->symbol_name));
		return true;
	}
	if (expr->type != EXPR_DEREF || !expr->member)
		return false;
	base = expr->deref;
	if (base && base->type == EXPR_PREOP && base->op == '*') {
		if (!text_shape(base->unop, buf, size, depth + 1))
			return false;
		len = strlen(buf);
		snprintf(buf + len, size - len, "->%s", ident_str(expr->member));
		return true;
	}
	if (!text_shape(base, buf, size, depth + 1))
		return false;
	len = strlen(buf);
	snprintf(buf + len, size - len, ".%s", ident_str(expr->member));
	return true;
}

void lvalue_shape(struct expression *expr, char *buf, int size)
{
	struct symbol *owner;

	buf[0] = '\0';
	expr = strip_expr(expr);
	if (expr && expr->type == EXPR_PREOP && expr->op == '&')
		expr = strip_expr(expr->unop);
	if (!expr)
		return;
	if (expr->type == EXPR_DEREF && expr->member) {
		owner = deref_struct(expr);
		if (owner && owner->ident) {
			snprintf(buf, size, "struct %s.%s", ident_str(owner->ident),
				 ident_str(expr->member));
			return;
		}
	}
	if (!text_shape(expr, buf, size, 0))
		buf[0] = '\0';
}

const char *sym_name(struct symbol *sym)
{
	return sym && sym->ident ? ident_str(sym->ident) : "?";
}

