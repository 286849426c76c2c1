/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef GX_H
#define GX_H
#include <linux/mm.h>

struct gx_ctx {
	struct mm_struct *mm;
	unsigned long start;
	unsigned long end;
	spinlock_t lock;
};

void gx_finish(struct gx_ctx *ctx);
#endif
