// SPDX-License-Identifier: GPL-2.0-only
/*
 * src-owner: struct migrate_vma had a src_owner field in 5.7 and 5.8 only.
 * 5.9 replaced it with pgmap_owner plus flags (MIGRATE_VMA_SELECT_*), and
 * changed its meaning: with src_owner set, system pages were skipped.
 * Code still using it is 5.7/5.8 code that needs converting.
 */
#include "api.h"
#include "mncheck.h"
#include "walk.h"

static int my_id;

static void src_owner_here(struct position pos)
{
	report(my_id, pos, cur_fn,
	       "migrate_vma.src_owner was removed in 5.9: set pgmap_owner and "
	       "flags (MIGRATE_VMA_SELECT_DEVICE_PRIVATE) instead");
}

static void match_expr(struct expression *expr)
{
	if (is_migrate_member(expr, id.src_owner))
		src_owner_here(expr_start(expr));
}

static void match_init(struct symbol *owner, struct ident *member,
		       struct expression *value, struct position pos,
		       struct symbol *var)
{
	if (member == id.src_owner && is_struct_named(owner, id.migrate_vma))
		src_owner_here(pos);
}

void register_src_owner(int rule)
{
	my_id = rule;
	add_expr_hook(IN_BODY, match_expr);
	add_init_hook(match_init);
}

const char explain_src_owner[] =
"Why: 5.7 added migrate_vma.src_owner: when set, only device-private pages\n"
"of that owner were collected and system pages were skipped; when NULL,\n"
"device-private pages were never collected.  5.9 (commit 5143192cd410)\n"
"removed it for pgmap_owner plus explicit flags, so a driver can migrate\n"
"system pages and its own device pages in one call.  The field no longer\n"
"exists: such code does not build on 5.9+, and its intent must be restated.\n"
"\n"
"Fix (what cocci/migrate_flags_owner.cocci does): a non-NULL src_owner\n"
"becomes pgmap_owner plus flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE; NULL\n"
"or none becomes flags = MIGRATE_VMA_SELECT_SYSTEM (with the driver's owner\n"
"as pgmap_owner, so that it recognises its own MMU_NOTIFY_MIGRATE).\n"
"\n"
"Before:\n"
"	args.src_owner = drm->dev;\n"
"\n"
"After:\n"
"	args.pgmap_owner = drm->dev;\n"
"	args.flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;\n";
