// SPDX-License-Identifier: GPL-2.0-only
/*
 * The op in an array of ops and in an assignment at probe time: both
 * entries go, and the callback they shared goes with them.
 */
#include <linux/mmu_notifier.h>

enum mirror_kind {
	MIRROR_RO,
	MIRROR_RW,
};

struct mirror {
	struct mmu_notifier mn;
	struct mmu_notifier_ops dyn_ops;
	unsigned long updates;
};

static void mirror_change_pte(struct mmu_notifier *mn, struct mm_struct *mm,
			      unsigned long address, pte_t pte)
{
	struct mirror *m = container_of(mn, struct mirror, mn);

	m->updates++;
}

static void mirror_release(struct mmu_notifier *mn, struct mm_struct *mm)
{
}

static const struct mmu_notifier_ops mirror_ops[] = {
	[MIRROR_RO] = {
		.release = mirror_release,
	},
	[MIRROR_RW] = {
		.release = mirror_release,
		.change_pte = mirror_change_pte,
	},
};

static void mirror_setup(struct mirror *m, bool writable)
{
	m->dyn_ops.release = mirror_release;
	if (writable)
		m->dyn_ops.change_pte = mirror_change_pte;
	m->mn.ops = &mirror_ops[writable ? MIRROR_RW : MIRROR_RO];
}
