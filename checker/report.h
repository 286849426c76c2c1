/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The output of one checked file: the findings that rules report() (see
 * mncheck.h), the notes about what could not be analysed, suppression
 * comments and the baseline.  Everything goes to stderr in gcc's style,
 * after the walk, sorted by position; only --emit-baseline writes stdout.
 */
#ifndef MNCHECK_REPORT_H
#define MNCHECK_REPORT_H

#include <stdio.h>

#include "mncheck.h"

/* --all-files: findings and notes in included files too. */
extern bool report_all_files;
/* --emit-baseline: findings as baseline lines on stdout. */
extern bool report_emit_baseline;

/*
 * A "file:line:col: note: ..." line, printed among the findings; never
 * suppressed nor matched against the baseline.  Same file filter as the
 * findings.
 */
void note(struct position pos, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Callback @fn, registered at @pos, cannot be analysed: a note says why,
 * and the file's summary names it.  Once per function.
 */
void callback_lost(struct symbol *fn, struct position pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int nr_lost_callbacks(void);

/* Print the findings and notes; returns how many findings were printed. */
int print_findings(void);

/*
 * The summary note of @file, on which sparse reported @nr_errors errors,
 * the first at @first ("file:line:col", maybe in a header): how many, and
 * which callbacks could not be analysed.  @shown: sparse's own lines were
 * printed.
 */
void print_error_summary(const char *file, int nr_errors, const char *first,
			 bool shown);

/* --baseline FILE: exits 2 when it cannot be read. */
void load_baseline(const char *path);

#endif
