/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H
#include <linux/types.h>

struct rw_semaphore { long count; };
struct mutex { int owner; };
typedef struct { int locked; } spinlock_t;
struct page { unsigned long flags; };

struct mm_struct {
	struct rw_semaphore mmap_sem;
	spinlock_t page_table_lock;
};

struct vm_area_struct {
	unsigned long vm_start, vm_end;
	struct mm_struct *vm_mm;
	pgprot_t vm_page_prot;
	unsigned long vm_flags;
};

void mutex_lock(struct mutex *m);
int mutex_trylock(struct mutex *m);
void mutex_unlock(struct mutex *m);
void down_read(struct rw_semaphore *s);
void up_read(struct rw_semaphore *s);
void spin_lock(spinlock_t *l);
void spin_unlock(spinlock_t *l);
void *kzalloc(size_t size, gfp_t flags);
void kfree(const void *p);
struct page *alloc_page(gfp_t gfp);
void put_page(struct page *page);
unsigned long page_to_pfn(struct page *page);
void copy_highpage(struct page *to, struct page *from);
int page_mkclean(struct page *page);
unsigned long change_protection(struct vm_area_struct *vma, unsigned long start,
				unsigned long end, pgprot_t newprot, int flags);
void unmap_page_range(struct vm_area_struct *vma, unsigned long start,
		      unsigned long end);
void flush_tlb_range(struct vm_area_struct *vma, unsigned long start,
		     unsigned long end);
#endif
