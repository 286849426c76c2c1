// SPDX-License-Identifier: GPL-2.0-only
/*
 * old-api: API forms that the kernel named by --target no longer has, each
 * pointing at the step of cocci/series that converts it.  Off by default:
 * code that must build on old kernels legitimately keeps old forms.
 *
 * Calls are told apart by their number of arguments (the same names took
 * different lists over time), members by the struct that owns them.
 */
#include <stdio.h>
#include <string.h>

#include "api.h"
#include "mncheck.h"
#include "walk.h"

struct old_call {
	const char *name;
	int nr_args;		/* -1: any */
	int gone;		/* first kernel without this form */
	const char *step;
};

static const struct old_call old_calls[] = {
	{ "mmu_notifier_invalidate_range_start", 3, KVER(5, 0, 0), "range_callers" },
	{ "mmu_notifier_invalidate_range_start_nonblock", 3, KVER(5, 0, 0), "range_callers" },
	{ "mmu_notifier_invalidate_range_end", 3, KVER(5, 0, 0), "range_callers" },
	{ "mmu_notifier_invalidate_range_only_end", 3, KVER(5, 0, 0), "range_callers" },
	{ "mmu_notifier_range_init", 4, KVER(5, 2, 0), "range_event" },
	{ "migrate_vma", 7, KVER(5, 4, 0), "migrate_vma_setup" },
	{ "mmu_notifier_range_init_migrate", -1, KVER(5, 14, 0), "range_owner_rename" },
	{ "mmu_notifier_range_init", 7, KVER(6, 3, 0), "range_no_vma" },
	{ "mmu_notifier_range_init_owner", 8, KVER(6, 3, 0), "range_no_vma" },
	{ "mmu_notifier_range_update_to_read_only", -1, KVER(6, 3, 0), "range_no_vma" },
	{ "mmu_notifier_invalidate_range", 3, KVER(6, 6, 0), "secondary_tlbs" },
	{ "mmu_notifier_invalidate_range_only_end", 1, KVER(6, 6, 0), "secondary_tlbs" },
	{ "set_pte_at_notify", -1, KVER(6, 10, 0), "change_pte_removed" },
	{ NULL, 0, 0, NULL }
};

struct old_member {
	struct ident **owner;	/* struct tag */
	struct ident **member;
	int gone;
	const char *step;
};

static const struct old_member old_members[] = {
	{ &id.mmu_notifier_range, &id.blockable, KVER(5, 2, 0), "range_blockable" },
	{ &id.migrate_vma, &id.src_owner, KVER(5, 9, 0), "migrate_flags_owner" },
	{ &id.mmu_notifier_range, &id.migrate_pgmap_owner, KVER(5, 14, 0), "range_owner_rename" },
	{ &id.mmu_notifier_range, &id.vma, KVER(6, 3, 0), "range_no_vma" },
	{ &id.mmu_notifier_ops, &id.flags, KVER(4, 19, 0), "range_callbacks" },
	{ &id.mmu_notifier_ops, &id.invalidate_range, KVER(6, 6, 0), "secondary_tlbs" },
	{ &id.mmu_notifier_ops, &id.change_pte, KVER(6, 10, 0), "change_pte_removed" },
	{ NULL, NULL, 0, NULL }
};

static int my_id;

static void old_form(struct position pos, struct symbol *where, int gone,
		     const char *step, const char *what)
{
	if (gone > target_version)
		return;
	report(my_id, pos, where, "%s is gone since %d.%d: cocci/%s.cocci converts it",
	       what, gone >> 16, (gone >> 8) & 0xff, step);
}

static void match_call(struct expression *call)
{
	const char *name = api_call(call);
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
		old_form(expr_start(call), cur_fn, old_calls[i].gone,
			 old_calls[i].step, what);
		return;
	}
}

static void old_member(struct symbol *owner, struct ident *member,
		       struct position pos)
{
	char what[160];
	int i;

	for (i = 0; old_members[i].owner; i++) {
		if (member != *old_members[i].member ||
		    !is_struct_named(owner, *old_members[i].owner))
			continue;
		snprintf(what, sizeof(what), "%s.%s", ident_str(*old_members[i].owner),
			 ident_str(member));
		old_form(pos, cur_fn, old_members[i].gone, old_members[i].step, what);
		return;
	}
}

static void match_expr(struct expression *expr)
{
	if (expr->type == EXPR_CALL)
		match_call(expr);
	else if (expr->type == EXPR_DEREF)
		old_member(deref_struct(expr), expr->member, expr_start(expr));
}

static void match_init(struct symbol *owner, struct ident *member,
		       struct expression *value, struct position pos,
		       struct symbol *var)
{
	old_member(owner, member, pos);
}

static void cb_begin(struct callback *cb)
{
	/* (mn, mm, start, end[, blockable]): the form before the range struct */
	if (cb->kind == CB_START && !cb->range)
		old_form(cb->fn->pos, cb->fn, KVER(5, 0, 0), "range_callbacks",
			 "an invalidate_range_start callback without a range");
}

void register_old_api(int rule)
{
	my_id = rule;
	add_expr_hook(IN_BODY, match_expr);
	add_init_hook(match_init);
	add_callback_hook(cb_begin, NULL);
}

const char explain_old_api[] =
"Why: out-of-tree and vendor drivers carry API forms that newer kernels\n"
"removed: the (mm, start, end) notifier callbacks and calls (5.0), the\n"
"range's blockable field (5.2), migrate_vma() with callbacks (5.4),\n"
"src_owner (5.9), migrate_pgmap_owner and mmu_notifier_range_init_migrate()\n"
"(5.14), the range's vma (6.3), the invalidate_range hook (6.6), change_pte\n"
"(6.10).  With --target=<version> the checker lists every form that kernel\n"
"no longer accepts, and the cocci/ step that converts it (see cocci/series;\n"
"`make coccicheck STEP=<step>` applies one).\n"
"\n"
"Fix: apply the named step, or the whole series up to the target.\n"
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
