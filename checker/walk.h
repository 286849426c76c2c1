/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The shared walk over one parsed file.  Rules add hooks; the walk calls
 * them in two kinds of walks:
 *
 * IN_CALLBACK: once per notifier callback, found through its registration
 *   (a mmu_notifier_ops or mmu_interval_notifier_ops initializer, an array
 *   of them, a run-time "ops.member = fn" assignment), never through its
 *   prototype: mm-internal functions have the same shape.  The walk enters
 *   the callback's body (its later definition, or its inline body) and the
 *   bodies of the same-file functions it calls, depth-limited and never
 *   twice on one call chain, tracking which expressions are the range and
 *   its event (parameters bound at each call, locals copied from them).
 *
 * IN_BODY: once over each function and initialized variable defined in
 *   the main file, without entering calls.
 *
 * Then the file-end hooks run, where rules that join facts from both
 * walks decide.
 */
#ifndef MNCHECK_WALK_H
#define MNCHECK_WALK_H

#include "visit.h"

enum callback_kind {
	CB_START,	/* mmu_notifier_ops.invalidate_range_start */
	CB_INTERVAL,	/* mmu_interval_notifier_ops.invalidate */
	CB_TLB,		/* mmu_notifier_ops.invalidate_range: gets no range */
};

struct callback {
	struct symbol *fn;		/* the definition, with the body */
	enum callback_kind kind;
	struct ident *ops;		/* ops variable, NULL if unknown */
	struct position where;		/* the registration */
	struct symbol *range;		/* its struct mmu_notifier_range * */
	struct symbol *blockable;	/* 4.19's bool blockable parameter */
};

enum walk_kind { IN_CALLBACK, IN_BODY, NR_WALK_KINDS };

typedef void (*expr_hook)(struct expression *expr);
typedef void (*stmt_hook)(struct statement *stmt);
typedef void (*callback_hook)(struct callback *cb);
typedef void (*body_hook)(struct symbol *sym);
typedef void (*file_hook)(void);
/* A member set by an initializer in the main file (IN_BODY only). */
typedef void (*init_hook)(struct symbol *owner, struct ident *member,
			  struct expression *value, struct position pos,
			  struct symbol *var);

void add_expr_hook(enum walk_kind kind, expr_hook fn);
void add_stmt_hook(enum walk_kind kind, stmt_hook fn);
void add_callback_hook(callback_hook begin, callback_hook end);
void add_body_hook(body_hook begin, body_hook end);
void add_init_hook(init_hook fn);
void add_file_end_hook(file_hook fn);

/* Run every walk over the symbols of a parsed file. */
void walk_file(struct symbol_list *list);

/* The callbacks of the file, known once walk_file() started. */
int nr_callbacks(void);
struct callback *get_callback(int nr);

/* During a walk. */
extern struct callback *cur_cb;		/* IN_CALLBACK */
extern struct symbol *cur_fn;		/* whose body (or initializer) */
int walk_depth(void);			/* calls entered below the callback */
struct expression *walk_entry_call(void);	/* the callback's call that led here */

/* @expr is the range pointer / its event (aliases and parameters too). */
bool walk_is_range(struct expression *expr);
bool walk_is_event(struct expression *expr);

/*
 * Does condition @cond test the event against one of @vals[@nr]?
 * +1: it holds on that event (==); -1: on all others (!=); 0: no test.
 * Same-file helpers the event or range is passed to are looked into.
 * @pos gets where the test starts, @which the value tested.
 */
int walk_tests_event(struct expression *cond, const long long *vals, int nr,
		     struct position *pos, long long *which);

/*
 * The statements around the current point inside the current function,
 * innermost first: walk_parent(0, &branch) is the innermost.  @branch is
 * the part being walked (see struct visitor).  NULL past the outermost.
 */
struct statement *walk_parent(int nr, int *branch);

/* Inside an if/else branch of the current function that always leaves it. */
bool walk_in_exiting_branch(void);

/*
 * @expr reads the range's owner (owner, or migrate_pgmap_owner before 5.14),
 * itself or in a same-file helper it calls: an owner filter.
 */
bool walk_reads_owner(struct expression *expr);

#endif
