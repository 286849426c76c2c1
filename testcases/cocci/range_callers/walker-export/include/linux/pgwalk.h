/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _LINUX_PGWALK_H
#define _LINUX_PGWALK_H
#include <linux/mm.h>

int pgw_follow_pte(struct mm_struct *mm, unsigned long address,
		   unsigned long *start, unsigned long *end,
		   pte_t **ptepp, spinlock_t **ptlp);
#endif
