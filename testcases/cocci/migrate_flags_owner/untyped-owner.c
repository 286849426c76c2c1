// SPDX-License-Identifier: GPL-2.0-only
/*
 * A struct migrate_vma reached through a container_of() helper macro:
 * spatch cannot see the type of to_fault_ctx(w)->args, so its src_owner
 * is not rewritten but reported for a human.  The same struct reached
 * through a typed pointer is converted.
 * mntest: before=5.7 after=-
 */
#include <linux/migrate.h>
#include <linux/workqueue.h>

struct fault_ctx {
	struct work_struct work;
	struct migrate_vma args;
	void *owner;
};

#define to_fault_ctx(w) container_of(w, struct fault_ctx, work)

static void fault_ctx_prepare(struct work_struct *w)
{
	struct fault_ctx *ctx = to_fault_ctx(w);
	struct migrate_vma *args = &ctx->args;

	to_fault_ctx(w)->args.src_owner = ctx->owner;
	args->src_owner = ctx->owner;
}
