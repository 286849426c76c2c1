/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the checker knows about the kernel API: the names of its structs
 * and members, the enum values of the file being checked, which calls are
 * the API (and not a driver's function of the same name), which calls may
 * sleep and which take or release a lock.
 */
#ifndef MNCHECK_API_H
#define MNCHECK_API_H

#include "ast.h"

/* Interned identifiers, compared as pointers. */
struct api_idents {
	struct ident *mmu_notifier_range, *mmu_notifier_ops,
		*mmu_interval_notifier_ops, *mmu_notifier_event,
		*migrate_vma, *migrate_vma_ops, *mm_struct;
	struct ident *event, *owner, *migrate_pgmap_owner, *blockable, *flags,
		*vma, *pgmap_owner, *src_owner;
	struct ident *invalidate_range_start, *invalidate_range_end,
		*invalidate, *invalidate_range, *change_pte;
};
extern struct api_idents id;

/*
 * Per-file facts, read from the file's own headers (the enum values
 * differ between kernel versions, and a tree may add values).
 */
struct api_facts {
	bool has_migrate, has_exclusive, has_release;
	long long ev_migrate, ev_exclusive, ev_release;
	/* MIGRATE_VMA_SELECT_DEVICE_PRIVATE | _DEVICE_COHERENT, 0 if none */
	long long select_device;
	/* the __GFP_DIRECT_RECLAIM bit: allocations with it may sleep */
	unsigned long long gfp_direct_reclaim;
	bool range_has_event;		/* 5.2+ */
	struct ident *range_owner;	/* owner (5.14+), migrate_pgmap_owner (5.9+) */
	bool migrate_has_flags;		/* 5.9+ */
};
extern struct api_facts api;

void api_init(void);		/* once, before any file */
void api_file_init(void);	/* after each file is parsed */

bool in_main_file(struct position pos);

/*
 * The name of the API function @call calls, or NULL when it calls nothing
 * by name or a function defined in this file (hfi1 has its own static
 * mmu_notifier_range_start(): that one is a driver function).
 */
const char *api_call(struct expression *call);
bool is_api_call(struct expression *call, const char *name);

/* A function of the driver: defined in the file being checked, or inline in
 * a header of its own directory.  The walks enter those. */
bool is_local_function(struct symbol *fn);

/* @expr reads @member of a struct mmu_notifier_range / struct migrate_vma. */
bool is_range_member(struct expression *expr, struct ident *member);
bool is_migrate_member(struct expression *expr, struct ident *member);

/* The name of what makes @call sleep, or NULL. */
const char *sleeping_call(struct expression *call);

/*
 * +1 if @call takes a lock, -1 if it releases one, 0 otherwise; @shape
 * gets the lock's shape (see lvalue_shape()).
 */
int lock_call(struct expression *call, char *shape, int size);

#endif
