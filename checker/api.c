// SPDX-License-Identifier: GPL-2.0-only
/*
 * Kernel API knowledge (see api.h).
 *
 * Enum values are looked up in each file's symbol table, never written
 * here: MMU_NOTIFY_MIGRATE is 6 in 6.1 but a vendor tree may differ, and
 * the parser has already folded every use into a plain number.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "mncheck.h"

struct api_idents id;
struct api_facts api;

void api_init(void)
{
#define ID(name) id.name = built_in_ident(#name)
	ID(mmu_notifier_range);
	ID(mmu_notifier_ops);
	ID(mmu_interval_notifier_ops);
	ID(mmu_notifier_event);
	ID(migrate_vma);
	ID(migrate_vma_ops);
	ID(mm_struct);
	ID(event);
	ID(owner);
	ID(migrate_pgmap_owner);
	ID(blockable);
	ID(flags);
	ID(vma);
	ID(pgmap_owner);
	ID(src_owner);
	ID(invalidate_range_start);
	ID(invalidate_range_end);
	ID(invalidate);
	ID(invalidate_range);
	ID(change_pte);
#undef ID
}

static bool enum_value(const char *name, long long *val)
{
	struct symbol *sym = lookup_symbol(built_in_ident(name), NS_SYMBOL);

	if (!sym || !sym->enum_member || !sym->initializer ||
	    sym->initializer->type != EXPR_VALUE)
		return false;
	*val = sym->initializer->value;
	return true;
}

/* A macro whose whole expansion is one number, such as 0x400u. */
static bool macro_number(const char *name, unsigned long long *val)
{
	struct symbol *sym = lookup_symbol(built_in_ident(name), NS_MACRO);
	struct token *t;
	char *end;

	if (!sym || !sym->expansion || sym->arglist)
		return false;
	t = sym->expansion;
	if (eof_token(t) || token_type(t) != TOKEN_NUMBER || !t->number)
		return false;
	if (!eof_token(t->next) && token_type(t->next) != TOKEN_UNTAINT)
		return false;
	*val = strtoull(t->number, &end, 0);
	return end != t->number;
}

static unsigned long long direct_reclaim_bit(void)
{
	unsigned long long v;
	long long bit;

	if (macro_number("___GFP_DIRECT_RECLAIM", &v))
		return v;
	if (enum_value("___GFP_DIRECT_RECLAIM_BIT", &bit) && bit >= 0 && bit < 64)
		return 1ULL << bit;
	/* the value every kernel since 4.4 uses */
	return 0x400;
}

void api_file_init(void)
{
	long long v;

	memset(&api, 0, sizeof(api));
	api.has_migrate = enum_value("MMU_NOTIFY_MIGRATE", &api.ev_migrate);
	api.has_exclusive = enum_value("MMU_NOTIFY_EXCLUSIVE", &api.ev_exclusive);
	api.has_release = enum_value("MMU_NOTIFY_RELEASE", &api.ev_release);
	if (enum_value("MIGRATE_VMA_SELECT_DEVICE_PRIVATE", &v))
		api.select_device |= v;
	if (enum_value("MIGRATE_VMA_SELECT_DEVICE_COHERENT", &v))
		api.select_device |= v;
	api.gfp_direct_reclaim = direct_reclaim_bit();
	api.range_has_event = struct_tag_has_member(id.mmu_notifier_range, id.event);
	if (struct_tag_has_member(id.mmu_notifier_range, id.owner))
		api.range_owner = id.owner;
	else if (struct_tag_has_member(id.mmu_notifier_range, id.migrate_pgmap_owner))
		api.range_owner = id.migrate_pgmap_owner;
	api.migrate_has_flags = struct_tag_has_member(id.migrate_vma, id.flags);
}

bool in_main_file(struct position pos)
{
	return pos.stream == main_stream;
}

/*
 * A driver's own headers (kfd_svm.h beside kfd_svm.c) hold inline helpers
 * such as svm_range_lock(): they count as the driver's code.  Kernel
 * headers live elsewhere and do not.  Decided per stream, once.
 */
static signed char *local_streams;
static int nr_local_streams;

static bool in_driver_header(int stream)
{
	const char *main_name, *name, *slash;
	size_t dir;
	int i;

	if (stream < 0 || main_stream < 0)
		return false;
	if (stream >= nr_local_streams) {
		int nr = stream + 64;

		local_streams = realloc(local_streams, nr);
		if (!local_streams) {
			fprintf(stderr, "mncheck: out of memory\n");
			exit(1);
		}
		for (i = nr_local_streams; i < nr; i++)
			local_streams[i] = -1;
		nr_local_streams = nr;
	}
	if (local_streams[stream] >= 0)
		return local_streams[stream];
	main_name = stream_name(main_stream);
	name = stream_name(stream);
	slash = strrchr(main_name, '/');
	dir = slash ? (size_t)(slash - main_name + 1) : 0;
	local_streams[stream] = !strncmp(name, main_name, dir) &&
				name[dir] != '/' && !strstr(name + dir, "..");
	return local_streams[stream];
}

bool is_local_function(struct symbol *fn)
{
	if (!fn)
		return false;
	if (fn->definition)
		fn = fn->definition;
	if (!fn_body(fn))
		return false;
	if (in_main_file(fn->pos))
		return true;
	return (fn->ctype.modifiers & MOD_INLINE) && in_driver_header(fn->pos.stream);
}

const char *api_call(struct expression *call)
{
	const char *name = call_name(call);

	if (!name || is_local_function(call_target(call)))
		return NULL;
	return name;
}

bool is_api_call(struct expression *call, const char *name)
{
	const char *n = api_call(call);

	return n && !strcmp(n, name);
}

static bool is_member_of(struct expression *expr, struct ident *member,
			 struct ident *tag)
{
	expr = strip_expr(expr);
	return expr && expr->type == EXPR_DEREF && expr->member == member &&
	       is_struct_named(deref_struct(expr), tag);
}

bool is_range_member(struct expression *expr, struct ident *member)
{
	return is_member_of(expr, member, id.mmu_notifier_range);
}

bool is_migrate_member(struct expression *expr, struct ident *member)
{
	return is_member_of(expr, member, id.migrate_vma);
}

static bool name_in(const char *name, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(name, *list))
			return true;
	return false;
}

/*
 * Calls that sleep.  Kernel macros such as wait_event() and might_sleep()
 * reach the parser already expanded, so their inner functions are listed.
 */
static const char *const sleepers[] = {
	"mutex_lock", "mutex_lock_nested", "mutex_lock_interruptible",
	"mutex_lock_interruptible_nested", "mutex_lock_killable",
	"mutex_lock_killable_nested", "mutex_lock_io", "ww_mutex_lock",
	"down", "down_interruptible", "down_killable", "down_timeout",
	"down_read", "down_read_nested", "down_read_killable",
	"down_read_interruptible", "down_write", "down_write_nested",
	"down_write_killable", "mmap_read_lock", "mmap_write_lock",
	"mmap_read_lock_killable", "mmap_write_lock_killable",
	"might_sleep", "__might_sleep", "might_fault", "__might_fault",
	"schedule", "schedule_timeout", "io_schedule", "prepare_to_wait_event",
	"cond_resched", "__cond_resched", "_cond_resched", "__might_resched",
	"msleep", "msleep_interruptible",
	"ssleep", "usleep_range", "usleep_range_state",
	"wait_for_completion", "wait_for_completion_interruptible",
	"wait_for_completion_killable", "wait_for_completion_timeout",
	"synchronize_rcu", "synchronize_srcu", "synchronize_srcu_expedited",
	"flush_work", "flush_workqueue", "flush_delayed_work",
	"cancel_work_sync", "cancel_delayed_work_sync", "drain_workqueue",
	"dma_fence_wait", "dma_fence_wait_timeout", "dma_resv_wait_timeout",
	"vmalloc", "vzalloc", "copy_from_user", "copy_to_user",
	"get_user_pages", "get_user_pages_fast", "pin_user_pages",
	"pin_user_pages_fast", "hmm_range_fault",
	NULL
};

/* Allocators and the argument that holds their gfp flags. */
static const struct { const char *name; int gfp; } allocators[] = {
	{ "kmalloc", 1 }, { "kzalloc", 1 }, { "kcalloc", 2 },
	{ "kmalloc_array", 2 }, { "kvmalloc", 1 }, { "kvzalloc", 1 },
	{ "kvcalloc", 2 }, { "kvmalloc_array", 2 }, { "kmalloc_node", 1 },
	{ "kzalloc_node", 1 }, { "kmem_cache_alloc", 1 },
	{ "kmem_cache_zalloc", 1 }, { "krealloc", 2 }, { "kstrdup", 1 },
	{ "kmemdup", 2 }, { "mempool_alloc", 1 }, { "alloc_page", 0 },
	{ "alloc_pages", 0 }, { "__get_free_pages", 0 },
	{ "__get_free_page", 0 }, { "get_zeroed_page", 0 },
	{ "alloc_page_vma", 0 }, { "xa_store", 3 }, { "xa_insert", 3 },
	{ "idr_alloc", 4 }, { "dma_alloc_coherent", 3 },
	{ NULL, 0 }
};

const char *sleeping_call(struct expression *call)
{
	const char *name = api_call(call);
	long long gfp;
	int i;

	if (!name)
		return NULL;
	if (name_in(name, sleepers))
		return name;
	for (i = 0; allocators[i].name; i++) {
		if (strcmp(name, allocators[i].name))
			continue;
		if (const_value(call_arg(call, allocators[i].gfp), &gfp) &&
		    (gfp & api.gfp_direct_reclaim))
			return name;
		return NULL;
	}
	return NULL;
}

static const char *const lockers[] = {
	"mutex_lock", "mutex_lock_nested", "mutex_lock_interruptible",
	"mutex_lock_interruptible_nested", "mutex_lock_killable",
	"mutex_lock_killable_nested", "mutex_lock_io",
	"down", "down_interruptible", "down_killable",
	"down_read", "down_read_nested", "down_read_killable",
	"down_read_interruptible", "down_write", "down_write_nested",
	"down_write_killable", "spin_lock", "spin_lock_irq", "spin_lock_bh",
	"spin_lock_nested", "spin_lock_irqsave", "raw_spin_lock",
	"read_lock", "write_lock",
	NULL
};

static const char *const unlockers[] = {
	"mutex_unlock", "up", "up_read", "up_write", "spin_unlock",
	"spin_unlock_irq", "spin_unlock_bh", "spin_unlock_irqrestore",
	"raw_spin_unlock", "read_unlock", "write_unlock",
	NULL
};

static const char *const mmap_lockers[] = {
	"mmap_read_lock", "mmap_write_lock", "mmap_read_lock_killable",
	"mmap_write_lock_killable", NULL
};

static const char *const mmap_unlockers[] = {
	"mmap_read_unlock", "mmap_write_unlock", NULL
};

int lock_call(struct expression *call, char *shape, int size)
{
	const char *name = api_call(call);
	int dir = 0;

	shape[0] = '\0';
	if (!name)
		return 0;
	if (name_in(name, mmap_lockers) || name_in(name, mmap_unlockers)) {
		/* they take mm->mmap_lock whatever the mm is called */
		snprintf(shape, size, "struct mm_struct.mmap_lock");
		return name_in(name, mmap_lockers) ? 1 : -1;
	}
	if (name_in(name, lockers))
		dir = 1;
	else if (name_in(name, unlockers))
		dir = -1;
	if (!dir)
		return 0;
	lvalue_shape(call_arg(call, 0), shape, size);
	return shape[0] ? dir : 0;
}
