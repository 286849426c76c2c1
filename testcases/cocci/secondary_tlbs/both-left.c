// SPDX-License-Identifier: GPL-2.0-only
/*
 * Left for a human: notifiers with the TLB hook and start/end that the
 * step cannot move into an end callback.  A hypervisor whose ops have a
 * start callback but no end one; a driver that sets both at probe time;
 * one whose hook is defined after its end callback (only a prototype
 * before it).  6.6 would refuse to register any of them, so they stay as
 * they are (and no longer compile against 6.6) and are reported.
 * mntest: after=-
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

	vm->invalidate_in_progress--;
}

static const struct mmu_notifier_ops vm_mmu_notifier_ops = {
	.invalidate_range	= vm_mmu_notifier_invalidate_range,
	.invalidate_range_start	= vm_mmu_notifier_invalidate_range_start,
};

static void vm_host_setup_ops(struct mmu_notifier_ops *ops)
{
	ops->invalidate_range_start = vm_mmu_notifier_invalidate_range_start;
	ops->invalidate_range_end = vm_mmu_notifier_invalidate_range_end;
	ops->invalidate_range = vm_mmu_notifier_invalidate_range;
}

static void late_flush(struct mmu_notifier *mn, struct mm_struct *mm,
		       unsigned long start, unsigned long end);

static void late_end(struct mmu_notifier *mn,
		     const struct mmu_notifier_range *range)
{
	mmu_notifier_to_vm(mn)->invalidate_in_progress--;
}

static const struct mmu_notifier_ops late_ops = {
	.invalidate_range	= late_flush,
	.invalidate_range_end	= late_end,
};

static void late_flush(struct mmu_notifier *mn, struct mm_struct *mm,
		       unsigned long start, unsigned long end)
{
	vm_host_zap_gfn_range(mmu_notifier_to_vm(mn), start, end);
}
