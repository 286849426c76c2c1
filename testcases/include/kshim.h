/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The slice of the kernel's basic headers that the test fixtures use, so
 * that every fixture compiles with gcc -fsyntax-only outside a kernel tree.
 * Only declarations: nothing here is meant to run.
 */
#ifndef _TEST_KSHIM_H
#define _TEST_KSHIM_H

#include <linux/version.h>

#define NULL ((void *)0)
typedef _Bool bool;
enum { false = 0, true = 1 };
typedef unsigned long size_t;
typedef long ssize_t;
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef int s32;
typedef long long s64;
typedef unsigned int gfp_t;
typedef unsigned int vm_fault_t;
typedef unsigned long pgoff_t;
typedef u64 dma_addr_t;
typedef struct { int counter; } atomic_t;
typedef struct { long counter; } atomic64_t;

#define __user
#define __iomem
#define __rcu
#define __init
#define __exit
#define __always_inline inline
#define noinline __attribute__((noinline))
#define __maybe_unused __attribute__((unused))
#define likely(x) (x)
#define unlikely(x) (x)
#define READ_ONCE(x) (x)
#define WRITE_ONCE(x, v) ((x) = (v))
#define offsetof(t, m) __builtin_offsetof(t, m)
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define min(a, b) ((a) < (b) ? (a) : (b))
#define max(a, b) ((a) > (b) ? (a) : (b))
#define BUG_ON(c) do { if (c) __builtin_trap(); } while (0)
#define WARN_ON(c) ((int)!!(c))
#define WARN_ON_ONCE(c) ((int)!!(c))
#define BIT(n) (1UL << (n))
#define EXPORT_SYMBOL(s) extern int __export_##s
#define EXPORT_SYMBOL_GPL(s) extern int __export_##s
#define MODULE_LICENSE(s) extern int __module_license
#define module_init(f) extern int __module_init
#define module_exit(f) extern int __module_exit

#define EPERM 1
#define ENOENT 2
#define EINTR 4
#define EIO 5
#define ENOMEM 12
#define EFAULT 14
#define EBUSY 16
#define EEXIST 17
#define ENODEV 19
#define EINVAL 22
#define ENOSPC 28
#define EAGAIN 11
#define ERESTARTSYS 512

#define GFP_KERNEL 0x0cc0u
#define GFP_ATOMIC 0x0a20u
#define GFP_NOWAIT 0x0800u
#define GFP_HIGHUSER 0x100cau
#define __GFP_ZERO 0x100u

#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))
#define PMD_SIZE (1UL << 21)
#define HPAGE_PMD_SIZE PMD_SIZE
#define HPAGE_PMD_MASK (~(HPAGE_PMD_SIZE - 1))

struct list_head { struct list_head *next, *prev; };
struct hlist_node { struct hlist_node *next, **pprev; };
struct hlist_head { struct hlist_node *first; };
struct rb_node { unsigned long parent; struct rb_node *left, *right; };
struct rb_root { struct rb_node *rb_node; };
struct rb_root_cached { struct rb_root rb_root; struct rb_node *leftmost; };
struct interval_tree_node {
	struct rb_node rb;
	unsigned long start, last, __subtree_last;
};
struct spinlock { int locked; };
typedef struct spinlock spinlock_t;
typedef struct { int locked; } rwlock_t;
struct mutex { int owner; };
struct rw_semaphore { long count; };
struct wait_queue_head { spinlock_t lock; };
typedef struct wait_queue_head wait_queue_head_t;
struct work_struct { long data; };
struct completion { unsigned int done; };
struct kref { atomic_t refcount; };
struct rcu_head { struct rcu_head *next; };
struct srcu_struct { int idx; };
struct xarray { void *head; };
struct device { const char *init_name; };
struct task_struct { int pid; struct mm_struct *mm; };
extern struct task_struct *current;
struct file { void *private_data; };
struct inode { unsigned long i_ino; };
struct page { unsigned long flags; void *pgmap; void *zone_device_data; };
struct vm_area_struct;
struct vm_fault {
	struct vm_area_struct *vma;
	unsigned long address;
	struct page *page;
};
typedef struct { unsigned long pte; } pte_t;
typedef struct { unsigned long pmd; } pmd_t;
typedef struct { unsigned long pud; } pud_t;
typedef struct { unsigned long pgprot; } pgprot_t;

struct mm_struct {
	struct rw_semaphore mmap_sem;
	struct rw_semaphore mmap_lock;
	atomic_t mm_users;
	atomic_t mm_count;
	unsigned long task_size;
	spinlock_t page_table_lock;
	void *notifier_subscriptions;
};
struct vm_area_struct {
	unsigned long vm_start, vm_end;
	struct mm_struct *vm_mm;
	pgprot_t vm_page_prot;
	unsigned long vm_flags;
	void *vm_private_data;
	struct file *vm_file;
	const struct vm_operations_struct *vm_ops;
};
struct vm_operations_struct {
	void (*open)(struct vm_area_struct *area);
	void (*close)(struct vm_area_struct *area);
	vm_fault_t (*fault)(struct vm_fault *vmf);
};
#define VM_FAULT_OOM 0x0001
#define VM_FAULT_SIGBUS 0x0002

void *kmalloc(size_t size, gfp_t flags);
void *kzalloc(size_t size, gfp_t flags);
void *kcalloc(size_t n, size_t size, gfp_t flags);
void *kvcalloc(size_t n, size_t size, gfp_t flags);
void *kmalloc_array(size_t n, size_t size, gfp_t flags);
void kfree(const void *p);
void kvfree(const void *p);
void *memset(void *s, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
int printk(const char *fmt, ...);
#define pr_debug(...) printk(__VA_ARGS__)
#define pr_info(...) printk(__VA_ARGS__)
#define pr_warn(...) printk(__VA_ARGS__)
#define pr_err(...) printk(__VA_ARGS__)
#define dev_dbg(d, ...) printk(__VA_ARGS__)
#define dev_err(d, ...) printk(__VA_ARGS__)
#define dev_warn(d, ...) printk(__VA_ARGS__)

void mutex_init(struct mutex *m);
void mutex_lock(struct mutex *m);
int mutex_trylock(struct mutex *m);
int mutex_lock_interruptible(struct mutex *m);
void mutex_unlock(struct mutex *m);
void spin_lock_init(spinlock_t *l);
void spin_lock(spinlock_t *l);
void spin_unlock(spinlock_t *l);
void read_lock(rwlock_t *l);
void read_unlock(rwlock_t *l);
void write_lock(rwlock_t *l);
void write_unlock(rwlock_t *l);
#define spin_lock_irqsave(l, f) do { (f) = 0; spin_lock(l); } while (0)
#define spin_unlock_irqrestore(l, f) do { (void)(f); spin_unlock(l); } while (0)
void init_rwsem(struct rw_semaphore *s);
void down_read(struct rw_semaphore *s);
int down_read_trylock(struct rw_semaphore *s);
void up_read(struct rw_semaphore *s);
void down_write(struct rw_semaphore *s);
int down_write_trylock(struct rw_semaphore *s);
void up_write(struct rw_semaphore *s);
void mmap_read_lock(struct mm_struct *mm);
void mmap_read_unlock(struct mm_struct *mm);
void mmap_write_lock(struct mm_struct *mm);
void mmap_write_unlock(struct mm_struct *mm);
void might_sleep(void);
void cond_resched(void);
void schedule(void);
void msleep(unsigned int ms);
void init_waitqueue_head(wait_queue_head_t *q);
void wake_up(wait_queue_head_t *q);
void wake_up_all(wait_queue_head_t *q);
#define wait_event(q, cond) do { while (!(cond)) schedule(); } while (0)
#define wait_event_interruptible(q, cond) ({ int __r = 0; while (!(cond)) schedule(); __r; })
void schedule_work(struct work_struct *w);
void flush_work(struct work_struct *w);
void init_completion(struct completion *c);
void wait_for_completion(struct completion *c);
void complete(struct completion *c);
void kref_init(struct kref *k);
void kref_get(struct kref *k);
int kref_put(struct kref *k, void (*release)(struct kref *k));
void atomic_set(atomic_t *a, int v);
int atomic_read(const atomic_t *a);
void atomic_inc(atomic_t *a);
void atomic_dec(atomic_t *a);
int atomic_dec_and_test(atomic_t *a);
void synchronize_srcu(struct srcu_struct *s);
void INIT_LIST_HEAD(struct list_head *l);
void list_add(struct list_head *n, struct list_head *h);
void list_add_tail(struct list_head *n, struct list_head *h);
void list_del(struct list_head *e);
void list_del_init(struct list_head *e);
int list_empty(const struct list_head *h);
#define list_for_each_entry(pos, head, member) \
	for (pos = container_of((head)->next, __typeof__(*pos), member); \
	     &pos->member != (head); \
	     pos = container_of(pos->member.next, __typeof__(*pos), member))
void interval_tree_insert(struct interval_tree_node *n, struct rb_root_cached *r);
void interval_tree_remove(struct interval_tree_node *n, struct rb_root_cached *r);
struct interval_tree_node *interval_tree_iter_first(struct rb_root_cached *r,
		unsigned long start, unsigned long last);
struct interval_tree_node *interval_tree_iter_next(struct interval_tree_node *n,
		unsigned long start, unsigned long last);
void *xa_load(struct xarray *xa, unsigned long index);
void *xa_erase(struct xarray *xa, unsigned long index);
void *xa_store(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp);
void mmgrab(struct mm_struct *mm);
void mmdrop(struct mm_struct *mm);
int mmget_not_zero(struct mm_struct *mm);
void mmput(struct mm_struct *mm);
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
struct vm_area_struct *find_vma_intersection(struct mm_struct *mm,
		unsigned long start, unsigned long end);
void flush_tlb_range(struct vm_area_struct *vma, unsigned long start, unsigned long end);
void flush_cache_range(struct vm_area_struct *vma, unsigned long start, unsigned long end);
void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long size);
void unmap_mapping_range(void *mapping, long long holebegin, long long holelen, int even_cows);
struct page *alloc_page(gfp_t gfp);
struct page *alloc_page_vma(gfp_t gfp, struct vm_area_struct *vma, unsigned long addr);
void __free_page(struct page *p);
void put_page(struct page *p);
void get_page(struct page *p);
void lock_page(struct page *p);
void unlock_page(struct page *p);
unsigned long page_to_pfn(struct page *p);
struct page *pfn_to_page(unsigned long pfn);
int page_mkclean(struct page *p);
void copy_highpage(struct page *to, struct page *from);
void *kmap(struct page *p);
void kunmap(struct page *p);
int is_zone_device_page(const struct page *p);
int is_device_private_page(const struct page *p);
unsigned long pte_pfn(pte_t pte);
int pte_present(pte_t pte);
int pte_write(pte_t pte);
int pte_dirty(pte_t pte);
pte_t pte_wrprotect(pte_t pte);
pte_t pte_mkclean(pte_t pte);
pte_t pte_clear_soft_dirty(pte_t pte);
pte_t ptep_get_and_clear(struct mm_struct *mm, unsigned long addr, pte_t *ptep);
void set_pte_at(struct mm_struct *mm, unsigned long addr, pte_t *ptep, pte_t pte);
/* <linux/pgtable.h>: clear an entry and flush the CPU TLB for it. */
pte_t ptep_clear_flush(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep);
pmd_t pmdp_huge_clear_flush(struct vm_area_struct *vma, unsigned long haddr, pmd_t *pmdp);
pud_t pudp_huge_clear_flush(struct vm_area_struct *vma, unsigned long haddr, pud_t *pudp);
void set_pmd_at(struct mm_struct *mm, unsigned long addr, pmd_t *pmdp, pmd_t pmd);
void flush_tlb_page(struct vm_area_struct *vma, unsigned long addr);
pte_t *pte_offset_map_lock(struct mm_struct *mm, pmd_t *pmd, unsigned long addr, spinlock_t **ptl);
void pte_unmap_unlock(pte_t *pte, spinlock_t *ptl);
pmd_t *mm_find_pmd(struct mm_struct *mm, unsigned long address);
unsigned long change_protection(struct vm_area_struct *vma, unsigned long start,
		unsigned long end, pgprot_t newprot, int flags);
void unmap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end);
void free_pgtables(struct vm_area_struct *vma, unsigned long floor, unsigned long ceiling);
int split_huge_page(struct page *page);
void tlb_flush_mmu(struct mm_struct *mm);

#endif
