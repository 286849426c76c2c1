/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Test model of <linux/mmu_notifier.h> as it stood at LINUX_VERSION_CODE,
 * from 4.14 to 6.10: the declarations a driver sees, nothing more.  Each
 * #if marks the kernel release that changed a form (shared history:
 * 4.16 ops flags, 4.19 blockable, 5.0 range struct, 5.2 events, 5.5
 * interval notifiers, 5.9 migrate owner, 5.14 owner rename, 6.3 no vma,
 * 6.6 secondary TLB hook and no _notify helpers, 6.10 no change_pte).
 */
#ifndef _TEST_LINUX_MMU_NOTIFIER_H
#define _TEST_LINUX_MMU_NOTIFIER_H

#include "../kshim.h"

struct mmu_notifier;
struct mmu_notifier_ops;

#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 2, 0)
enum mmu_notifier_event {
	MMU_NOTIFY_UNMAP = 0,
	MMU_NOTIFY_CLEAR,
	MMU_NOTIFY_PROTECTION_VMA,
	MMU_NOTIFY_PROTECTION_PAGE,
	MMU_NOTIFY_SOFT_DIRTY,
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 5, 0)
	MMU_NOTIFY_RELEASE,
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 9, 0)
	MMU_NOTIFY_MIGRATE,
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 14, 0)
	MMU_NOTIFY_EXCLUSIVE,
#endif
};
#define MMU_NOTIFIER_RANGE_BLOCKABLE (1 << 0)
#endif

#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 0, 0)
struct mmu_notifier_range {
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 2, 0) && \
	LINUX_VERSION_CODE < KERNEL_VERSION(6, 3, 0)
	struct vm_area_struct *vma;
#endif
	struct mm_struct *mm;
	unsigned long start;
	unsigned long end;
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 2, 0)
	unsigned flags;
	enum mmu_notifier_event event;
#else
	bool blockable;
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 14, 0)
	void *owner;
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 9, 0)
	void *migrate_pgmap_owner;
#endif
};
#endif

#if LINUX_VERSION_CODE >= KERNEL_VERSION(4, 16, 0) && \
	LINUX_VERSION_CODE < KERNEL_VERSION(4, 19, 0)
/* The notifier promises not to sleep in its range callbacks. */
#define MMU_INVALIDATE_DOES_NOT_BLOCK (0x01)
#endif

struct mmu_notifier_ops {
#if LINUX_VERSION_CODE >= KERNEL_VERSION(4, 16, 0) && \
	LINUX_VERSION_CODE < KERNEL_VERSION(4, 19, 0)
	int flags;
#endif
	void (*release)(struct mmu_notifier *mn, struct mm_struct *mm);
	int (*clear_flush_young)(struct mmu_notifier *mn, struct mm_struct *mm,
				 unsigned long start, unsigned long end);
	int (*clear_young)(struct mmu_notifier *mn, struct mm_struct *mm,
			   unsigned long start, unsigned long end);
	int (*test_young)(struct mmu_notifier *mn, struct mm_struct *mm,
			  unsigned long address);
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 10, 0)
	void (*change_pte)(struct mmu_notifier *mn, struct mm_struct *mm,
			   unsigned long address, pte_t pte);
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 0, 0)
	int (*invalidate_range_start)(struct mmu_notifier *mn,
				      const struct mmu_notifier_range *range);
	void (*invalidate_range_end)(struct mmu_notifier *mn,
				     const struct mmu_notifier_range *range);
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(4, 19, 0)
	int (*invalidate_range_start)(struct mmu_notifier *mn,
				      struct mm_struct *mm,
				      unsigned long start, unsigned long end,
				      bool blockable);
	void (*invalidate_range_end)(struct mmu_notifier *mn,
				     struct mm_struct *mm,
				     unsigned long start, unsigned long end);
#else
	void (*invalidate_range_start)(struct mmu_notifier *mn,
				       struct mm_struct *mm,
				       unsigned long start, unsigned long end);
	void (*invalidate_range_end)(struct mmu_notifier *mn,
				     struct mm_struct *mm,
				     unsigned long start, unsigned long end);
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 6, 0)
	void (*arch_invalidate_secondary_tlbs)(struct mmu_notifier *mn,
					       struct mm_struct *mm,
					       unsigned long start,
					       unsigned long end);
#else
	void (*invalidate_range)(struct mmu_notifier *mn, struct mm_struct *mm,
				 unsigned long start, unsigned long end);
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 4, 0)
	struct mmu_notifier *(*alloc_notifier)(struct mm_struct *mm);
	void (*free_notifier)(struct mmu_notifier *subscription);
#endif
};

struct mmu_notifier {
	struct hlist_node hlist;
	const struct mmu_notifier_ops *ops;
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 4, 0)
	struct mm_struct *mm;
	struct rcu_head rcu;
	unsigned int users;
#endif
};

int mmu_notifier_register(struct mmu_notifier *mn, struct mm_struct *mm);
int __mmu_notifier_register(struct mmu_notifier *mn, struct mm_struct *mm);
void mmu_notifier_unregister(struct mmu_notifier *mn, struct mm_struct *mm);
void mmu_notifier_unregister_no_release(struct mmu_notifier *mn,
					struct mm_struct *mm);
void mmu_notifier_synchronize(void);
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 4, 0)
struct mmu_notifier *mmu_notifier_get(const struct mmu_notifier_ops *ops,
				      struct mm_struct *mm);
void mmu_notifier_put(struct mmu_notifier *subscription);
#endif

#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 5, 0)
struct mmu_interval_notifier;
struct mmu_interval_notifier_ops {
	bool (*invalidate)(struct mmu_interval_notifier *interval_sub,
			   const struct mmu_notifier_range *range,
			   unsigned long cur_seq);
};
struct mmu_interval_notifier {
	struct interval_tree_node interval_tree;
	const struct mmu_interval_notifier_ops *ops;
	struct mm_struct *mm;
	struct hlist_node deferred_item;
	unsigned long invalidate_seq;
};
int mmu_interval_notifier_insert(struct mmu_interval_notifier *interval_sub,
				 struct mm_struct *mm, unsigned long start,
				 unsigned long length,
				 const struct mmu_interval_notifier_ops *ops);
int mmu_interval_notifier_insert_locked(struct mmu_interval_notifier *interval_sub,
		struct mm_struct *mm, unsigned long start, unsigned long length,
		const struct mmu_interval_notifier_ops *ops);
void mmu_interval_notifier_remove(struct mmu_interval_notifier *interval_sub);
unsigned long mmu_interval_read_begin(struct mmu_interval_notifier *interval_sub);
bool mmu_interval_read_retry(struct mmu_interval_notifier *interval_sub,
			     unsigned long seq);
bool mmu_interval_check_retry(struct mmu_interval_notifier *interval_sub,
			      unsigned long seq);
void mmu_interval_set_seq(struct mmu_interval_notifier *interval_sub,
			  unsigned long cur_seq);
#endif

/* Callers' side. */
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 0, 0)
void mmu_notifier_invalidate_range_start(struct mmu_notifier_range *range);
int mmu_notifier_invalidate_range_start_nonblock(struct mmu_notifier_range *range);
void mmu_notifier_invalidate_range_end(struct mmu_notifier_range *range);
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 6, 0)
void mmu_notifier_invalidate_range_only_end(struct mmu_notifier_range *range);
#endif
#else
void mmu_notifier_invalidate_range_start(struct mm_struct *mm,
					 unsigned long start, unsigned long end);
#if LINUX_VERSION_CODE >= KERNEL_VERSION(4, 19, 0)
int mmu_notifier_invalidate_range_start_nonblock(struct mm_struct *mm,
						 unsigned long start,
						 unsigned long end);
#endif
void mmu_notifier_invalidate_range_end(struct mm_struct *mm,
				       unsigned long start, unsigned long end);
#if LINUX_VERSION_CODE >= KERNEL_VERSION(4, 15, 0)
void mmu_notifier_invalidate_range_only_end(struct mm_struct *mm,
					    unsigned long start,
					    unsigned long end);
#endif
#endif

#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 6, 0)
void mmu_notifier_arch_invalidate_secondary_tlbs(struct mm_struct *mm,
						 unsigned long start,
						 unsigned long end);
#else
void mmu_notifier_invalidate_range(struct mm_struct *mm, unsigned long start,
				   unsigned long end);
#endif

#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 3, 0)
void mmu_notifier_range_init(struct mmu_notifier_range *range,
			     enum mmu_notifier_event event, unsigned flags,
			     struct mm_struct *mm,
			     unsigned long start, unsigned long end);
void mmu_notifier_range_init_owner(struct mmu_notifier_range *range,
				   enum mmu_notifier_event event,
				   unsigned int flags, struct mm_struct *mm,
				   unsigned long start, unsigned long end,
				   void *owner);
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 2, 0)
void mmu_notifier_range_init(struct mmu_notifier_range *range,
			     enum mmu_notifier_event event, unsigned flags,
			     struct vm_area_struct *vma, struct mm_struct *mm,
			     unsigned long start, unsigned long end);
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 14, 0)
void mmu_notifier_range_init_owner(struct mmu_notifier_range *range,
				   enum mmu_notifier_event event,
				   unsigned int flags,
				   struct vm_area_struct *vma,
				   struct mm_struct *mm, unsigned long start,
				   unsigned long end, void *owner);
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 9, 0)
void mmu_notifier_range_init_migrate(struct mmu_notifier_range *range,
				     unsigned int flags,
				     struct vm_area_struct *vma,
				     struct mm_struct *mm, unsigned long start,
				     unsigned long end, void *pgmap);
#endif
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 0, 0)
void mmu_notifier_range_init(struct mmu_notifier_range *range,
			     struct mm_struct *mm,
			     unsigned long start, unsigned long end);
#endif

#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 6, 0)
/*
 * Macros in the kernel (clear, flush, then call the secondary TLB hook);
 * from 6.6 the plain helpers' flush calls the hook and, with
 * CONFIG_MMU_NOTIFIER=y, these names are gone.
 */
pte_t ptep_clear_flush_notify(struct vm_area_struct *vma, unsigned long addr,
			      pte_t *ptep);
pmd_t pmdp_huge_clear_flush_notify(struct vm_area_struct *vma,
				   unsigned long haddr, pmd_t *pmdp);
pud_t pudp_huge_clear_flush_notify(struct vm_area_struct *vma,
				   unsigned long haddr, pud_t *pudp);
#endif

#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 10, 0)
void set_pte_at_notify(struct mm_struct *mm, unsigned long addr, pte_t *ptep,
		       pte_t pte);
#endif

#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 2, 0)
bool mmu_notifier_range_blockable(const struct mmu_notifier_range *range);
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 2, 0) && \
	LINUX_VERSION_CODE < KERNEL_VERSION(6, 3, 0)
bool mmu_notifier_range_update_to_read_only(const struct mmu_notifier_range *range);
#endif

#endif
