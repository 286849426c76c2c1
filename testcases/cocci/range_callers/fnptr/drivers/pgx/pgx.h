/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef PGX_H
#define PGX_H
#include <linux/mm.h>

struct pgx_walk_ops {
	int (*begin)(struct mm_struct *mm, unsigned long start,
		     unsigned long end);
};

int pgx_begin(struct mm_struct *mm, unsigned long start, unsigned long end);
extern const struct pgx_walk_ops pgx_default_ops;
#endif
