// SPDX-License-Identifier: GPL-2.0-only
/*
 * migrate-self-deadlock: migrate_vma_setup() invalidates the range, which
 * calls every notifier on the mm, ours included, synchronously, with event
 * MMU_NOTIFY_MIGRATE and our own pgmap_owner (migrate_vma_pages() may do
 * the same).  If the caller holds a lock that our notifier callback takes,
 * the callback waits for the caller, who waits for the callback.
 *
 * A callback that leaves for its own migrations (owner filter) before it
 * locks is safe; one that locks first (nouveau's start callback) is not.
 * Locks are compared by shape (&svmm->mutex is "struct nouveau_svmm.mutex"
 * in both functions, whatever the variables are called).  Held locks are
 * followed in source order; an unlock in a branch that leaves the function
 * (an error path) does not release the lock for the code after it.
 */
#include <string.h>

#include "api.h"
#include "mncheck.h"
#include "walk.h"

#define SHAPE		128

struct cb_lock {
	char shape[SHAPE];
	struct symbol *cb;
};

struct setup_site {
	struct position pos;
	struct symbol *fn;
	const char *api;		/* migrate_vma_setup or _pages */
	const char *helper;		/* the same-file function calling it, or NULL */
	char (*held)[SHAPE];
	int nr_held;
};

static int my_id;
static struct cb_lock *cb_locks;
static int nr_cb_locks, max_cb_locks;
static char (*held)[SHAPE];
static int nr_held, max_held;
static struct setup_site *sites;
static int nr_sites, max_sites;
static bool left_for_own;	/* the callback returned for its own migrations */

static void cb_begin(struct callback *cb)
{
	left_for_own = false;
}

/* if (range->event == MMU_NOTIFY_MIGRATE && range->owner == me) return */
static void match_cb_stmt(struct statement *stmt)
{
	struct position pos;
	long long which;

	if (left_for_own || !api.has_migrate || stmt->type != STMT_IF ||
	    !stmt_exits(stmt->if_true))
		return;
	if (walk_tests_event(stmt->if_conditional, &api.ev_migrate, 1, &pos, &which) > 0 &&
	    walk_reads_owner(stmt->if_conditional))
		left_for_own = true;
}

static void match_cb_expr(struct expression *expr)
{
	char shape[SHAPE];
	int i;

	if (left_for_own || expr->type != EXPR_CALL ||
	    lock_call(expr, shape, SHAPE) <= 0)
		return;
	for (i = 0; i < nr_cb_locks; i++)
		if (!strcmp(cb_locks[i].shape, shape))
			return;
	GROW(cb_locks, max_cb_locks, nr_cb_locks);
	strcpy(cb_locks[nr_cb_locks].shape, shape);
	cb_locks[nr_cb_locks].cb = cur_cb->fn;
	nr_cb_locks++;
}

static void body_begin(struct symbol *sym)
{
	nr_held = 0;
}

/* The API call that invalidates, made by @expr itself or by its helpers. */
static int setup_depth;

static void find_setup(struct expression *expr, void *data)
{
	const char **name = data;
	struct symbol *fn;

	if (expr->type != EXPR_CALL || *name)
		return;
	if (is_api_call(expr, "migrate_vma_setup") ||
	    is_api_call(expr, "migrate_vma_pages")) {
		*name = call_name(expr);
		return;
	}
	fn = call_target(expr);
	if (is_local_function(fn) && setup_depth < 3) {
		setup_depth++;
		scan_stmt(fn_body(fn), find_setup, data);
		setup_depth--;
	}
}

static void held_at_setup(struct expression *call, const char *api_name)
{
	struct setup_site *site;
	int i;

	if (!nr_held)
		return;
	GROW(sites, max_sites, nr_sites);
	site = &sites[nr_sites++];
	site->pos = expr_start(call);
	site->fn = cur_fn;
	site->api = api_name;
	site->helper = is_api_call(call, api_name) ? NULL : call_name(call);
	site->nr_held = nr_held;
	site->held = xrealloc(NULL, nr_held * sizeof(*held));
	for (i = 0; i < nr_held; i++)
		strcpy(site->held[i], held[i]);
}

static void match_body_expr(struct expression *expr)
{
	char shape[SHAPE];
	const char *api_name = NULL;
	int dir, i;

	if (expr->type != EXPR_CALL)
		return;
	dir = lock_call(expr, shape, SHAPE);
	if (dir && walk_in_exiting_branch())
		return;
	if (dir > 0) {
		GROW(held, max_held, nr_held);
		strcpy(held[nr_held++], shape);
		return;
	}
	if (dir < 0) {
		for (i = nr_held - 1; i >= 0; i--) {
			if (!strcmp(held[i], shape)) {
				memmove(held[i], held[i + 1], (nr_held - i - 1) * SHAPE);
				nr_held--;
				break;
			}
		}
		return;
	}
	find_setup(expr, &api_name);
	if (api_name)
		held_at_setup(expr, api_name);
}

static struct cb_lock *taken_by_callback(const char *shape)
{
	int i;

	for (i = 0; i < nr_cb_locks; i++)
		if (!strcmp(cb_locks[i].shape, shape))
			return &cb_locks[i];
	return NULL;
}

static void file_end(void)
{
	struct cb_lock *lock;
	int i, j;

	for (i = 0; i < nr_sites; i++) {
		for (j = 0; j < sites[i].nr_held; j++) {
			lock = taken_by_callback(sites[i].held[j]);
			if (!lock)
				continue;
			report(my_id, sites[i].pos, sites[i].fn,
			       "%s()%s%s%s runs with '%s' held, which the notifier "
			       "'%s' also takes: its MMU_NOTIFY_MIGRATE invalidation "
			       "deadlocks", sites[i].api,
			       sites[i].helper ? " (through " : "",
			       sites[i].helper ? sites[i].helper : "",
			       sites[i].helper ? "())" : "",
			       lock->shape, sym_name(lock->cb));
			break;
		}
	}
}

void register_migrate_self_deadlock(int rule)
{
	my_id = rule;
	add_callback_hook(cb_begin, NULL);
	add_stmt_hook(IN_CALLBACK, match_cb_stmt);
	add_expr_hook(IN_CALLBACK, match_cb_expr);
	add_body_hook(body_begin, NULL);
	add_expr_hook(IN_BODY, match_body_expr);
	add_file_end_hook(file_end);
}

const char explain_migrate_self_deadlock[] =
"Why: migrate_vma_setup() (like migrate_vma_pages()) invalidates the range\n"
"it migrates, and the core calls every notifier registered on the mm from\n"
"inside it, the caller's own driver included.  If the caller holds a lock\n"
"that its notifier callback takes, the callback blocks on the caller, which\n"
"is waiting in migrate_vma_setup(): a deadlock on the first migration.\n"
"Filtering on range->owner does not help if the lock is taken first.\n"
"\n"
"Fix: drop the lock around migrate_vma_setup(), or use a different lock for\n"
"the state the notifier needs.\n"
"\n"
"Before:\n"
"	mutex_lock(&svmm->mutex);\n"
"	ret = migrate_vma_setup(&args);\n"
"	...\n"
"	mutex_unlock(&svmm->mutex);\n"
"\n"
"After:\n"
"	ret = migrate_vma_setup(&args);\n"
"	mutex_lock(&svmm->mutex);\n"
"	...	// program the device\n"
"	mutex_unlock(&svmm->mutex);\n";
