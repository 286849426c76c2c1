// SPDX-License-Identifier: GPL-2.0-only
/*
 * An RB-tree cache of pinned user buffers: the start callback is declared
 * before the ops with unnamed parameters and defined after them.  The
 * prototype follows the definition.
 */
#include <linux/mmu_notifier.h>
#include <linux/interval_tree.h>
#include <linux/spinlock.h>

struct mmu_rb_node {
	unsigned long addr;
	unsigned long len;
	struct list_head list;
};

struct mmu_rb_handler {
	struct mmu_notifier mn;
	struct rb_root_cached root;
	spinlock_t lock;
	struct list_head del_list;
};

static int mmu_notifier_range_start(struct mmu_notifier *,
				    struct mm_struct *,
				    unsigned long, unsigned long, bool);
static struct mmu_rb_node *__mmu_rb_search(struct mmu_rb_handler *,
					   unsigned long, unsigned long);

static const struct mmu_notifier_ops mn_opts = {
	.invalidate_range_start = mmu_notifier_range_start,
};

static struct mmu_rb_node *__mmu_rb_search(struct mmu_rb_handler *handler,
					   unsigned long addr,
					   unsigned long len)
{
	return NULL;
}

static int mmu_notifier_range_start(struct mmu_notifier *mn,
		struct mm_struct *mm,
		unsigned long start,
		unsigned long end,
		bool blockable)
{
	struct mmu_rb_handler *handler =
		container_of(mn, struct mmu_rb_handler, mn);
	struct mmu_rb_node *node;
	unsigned long flags;

	spin_lock_irqsave(&handler->lock, flags);
	node = __mmu_rb_search(handler, start, end - start);
	if (node)
		list_add(&node->list, &handler->del_list);
	spin_unlock_irqrestore(&handler->lock, flags);

	return 0;
}

int hfi1_mmu_rb_register(struct mmu_rb_handler *handler, struct mm_struct *mm)
{
	handler->mn.ops = &mn_opts;
	INIT_LIST_HEAD(&handler->del_list);
	return mmu_notifier_register(&handler->mn, mm);
}
