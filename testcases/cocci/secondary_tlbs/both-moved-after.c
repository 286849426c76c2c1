// SPDX-License-Identifier: GPL-2.0-only
/*
 * A tree that secondary_tlbs already converted: the hooks it moved into
 * the end callbacks are still named for a human (the calls under the
 * page-table lock are gone), and nothing changes.  The same call with
 * other arguments is not the moved hook.
 */
#include <linux/mmu_notifier.h>

struct vm_host {
	struct mmu_notifier mmu_notifier;
	unsigned long apic_page_hva;
	long invalidate_in_progress;
};

void vm_host_reload_apic_page(struct vm_host *vm);
void vm_host_zap_gfn_range(struct vm_host *vm, unsigned long start,
			   unsigned long end);

static struct vm_host *mmu_notifier_to_vm(struct mmu_notifier *mn)
{
	return container_of(mn, struct vm_host, mmu_notifier);
}

static void vm_mmu_notifier_invalidate_range(struct mmu_notifier *mn,
					     struct mm_struct *mm,
					     unsigned long start,
					     unsigned long end)
{
	struct vm_host *vm = mmu_notifier_to_vm(mn);

	if (start <= vm->apic_page_hva && vm->apic_page_hva < end)
		vm_host_reload_apic_page(vm);
}

static int vm_mmu_notifier_invalidate_range_start(struct mmu_notifier *mn,
					const struct mmu_notifier_range *range)
{
	struct vm_host *vm = mmu_notifier_to_vm(mn);

	vm->invalidate_in_progress++;
	vm_host_zap_gfn_range(vm, range->start, range->end);
	return 0;
}

static void vm_mmu_notifier_invalidate_range_end(struct mmu_notifier *mn,
					const struct mmu_notifier_range *range)
{
	struct vm_host *vm = mmu_notifier_to_vm(mn);
	long left;

	vm_mmu_notifier_invalidate_range(mn, range->mm, range->start,
				         range->end);

	left = --vm->invalidate_in_progress;
	if (left < 0)
		vm->invalidate_in_progress = 0;
}

static const struct mmu_notifier_ops vm_mmu_notifier_ops = {
	.release		= NULL,
	.invalidate_range_start	= vm_mmu_notifier_invalidate_range_start,
	.invalidate_range_end	= vm_mmu_notifier_invalidate_range_end,
};

struct shadow_mmu {
	struct mmu_notifier notifier;
	unsigned long flushes;
	unsigned long busy;
};

static void shadow_flush(struct mmu_notifier *sub, struct mm_struct *mm,
			 unsigned long first, unsigned long last)
{
	container_of(sub, struct shadow_mmu, notifier)->flushes++;
}

static void shadow_end(struct mmu_notifier *sub,
		       const struct mmu_notifier_range *r)
{
	shadow_flush(sub, r->mm, r->start, r->end);
	container_of(sub, struct shadow_mmu, notifier)->busy--;
}

static const struct mmu_notifier_ops shadow_ops = {
	.invalidate_range_end	= shadow_end,
};

static void other_end(struct mmu_notifier *sub,
		      const struct mmu_notifier_range *r)
{
	shadow_flush(sub, r->mm, r->start, r->start + 4096);
}

static const struct mmu_notifier_ops other_ops = {
	.invalidate_range_end	= other_end,
};
