// SPDX-License-Identifier: GPL-2.0-only
/*
 * A hypervisor's notifier in the pre-6.10 form: change_pte() re-maps the
 * new page in the guest's shadow tables through a gfn-range walker and a
 * handler that nothing else uses.  The op goes, and with it the callback,
 * its forward declaration and the handler; the walker is shared with
 * test_young and stays.
 */
#include <linux/mmu_notifier.h>

struct vm_host {
	struct mmu_notifier mmu_notifier;
	long mn_active_invalidate_count;
	long mmu_invalidate_in_progress;
};

struct gfn_range {
	unsigned long start, end;
	pte_t pte;
};

typedef bool (*gfn_handler_t)(struct vm_host *vm, struct gfn_range *range);

bool vm_arch_set_spte_gfn(struct vm_host *vm, struct gfn_range *range);
bool vm_arch_test_age_gfn(struct vm_host *vm, struct gfn_range *range);

static void vm_mmu_notifier_change_pte(struct mmu_notifier *mn,
				       struct mm_struct *mm,
				       unsigned long address, pte_t pte);

static struct vm_host *mmu_notifier_to_vm(struct mmu_notifier *mn)
{
	return container_of(mn, struct vm_host, mmu_notifier);
}

static int vm_handle_hva_range(struct mmu_notifier *mn, unsigned long start,
			       unsigned long end, pte_t pte,
			       gfn_handler_t handler)
{
	struct vm_host *vm = mmu_notifier_to_vm(mn);
	struct gfn_range range = { .start = start, .end = end, .pte = pte };

	return handler(vm, &range);
}

/* Only change_pte re-maps a single page. */
static bool vm_change_spte_gfn(struct vm_host *vm, struct gfn_range *range)
{
	if (WARN_ON_ONCE(!READ_ONCE(vm->mn_active_invalidate_count)))
		return false;
	return vm_arch_set_spte_gfn(vm, range);
}

static void vm_mmu_notifier_change_pte(struct mmu_notifier *mn,
				       struct mm_struct *mm,
				       unsigned long address, pte_t pte)
{
	struct vm_host *vm = mmu_notifier_to_vm(mn);

	if (!READ_ONCE(vm->mmu_invalidate_in_progress))
		return;
	vm_handle_hva_range(mn, address, address + 1, pte, vm_change_spte_gfn);
}

static int vm_mmu_notifier_test_young(struct mmu_notifier *mn,
				      struct mm_struct *mm,
				      unsigned long address)
{
	pte_t none = { 0 };

	return vm_handle_hva_range(mn, address, address + 1, none,
				   vm_arch_test_age_gfn);
}

static const struct mmu_notifier_ops vm_mmu_notifier_ops = {
	.test_young		= vm_mmu_notifier_test_young,
	.change_pte		= vm_mmu_notifier_change_pte,
};
