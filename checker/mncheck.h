/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What every part of the checker shares: the rule list, the options that
 * rules read, and report() (the output side is in report.h).
 */
#ifndef MNCHECK_H
#define MNCHECK_H

#include <stdbool.h>

#include "ast.h"

enum rule_id {
#define RULE(id, name, on, summary) RULE_##id,
#include "rules.h"
#undef RULE
	NR_RULES
};

/* Rule names (rules.h), and whether a rule is on for this run. */
const char *rule_name(enum rule_id rule);
int rule_by_name(const char *name, size_t len);	/* -1: no such rule */
bool rule_enabled(enum rule_id rule);

/* The stream of the file being checked; findings elsewhere are dropped. */
extern int main_stream;

/* --target=<version> as KERNEL_VERSION(a, b, c), 0 when not given. */
extern int target_version;
#define KVER(a, b, c)	(((a) << 16) + ((b) << 8) + (c))

/*
 * Record a finding of @rule at @pos, inside function (or variable) @where.
 * Printed later, sorted, once per position, unless suppressed.
 */
void report(enum rule_id rule, struct position pos, struct symbol *where,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#endif
