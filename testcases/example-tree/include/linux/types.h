/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H
#define NULL ((void *)0)
typedef _Bool bool;
enum { false = 0, true = 1 };
typedef unsigned long size_t;
typedef unsigned int gfp_t;
typedef unsigned long long u64;
typedef struct { unsigned long pte; } pte_t;
typedef struct { unsigned long pgprot; } pgprot_t;
#define offsetof(t, m) __builtin_offsetof(t, m)
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#define EAGAIN 11
#define ENOMEM 12
#define EINVAL 22
#define GFP_KERNEL 0x0cc0u
#define PAGE_SIZE 4096UL
#define PAGE_MASK (~(PAGE_SIZE - 1))
#endif
