/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * sparse's front end, run so that its troubles never silence the checker
 * on a file without a word:
 *  - its own diagnostics are captured: printed only with --sparse-warnings
 *    (they are sparse's, not the checker's findings), counted always;
 *  - the tag clashes it would give up on (a struct defined twice, as when
 *    a module's compat header copies a kernel struct) are repaired before
 *    it parses them, and reported as the errors they are;
 *  - the top-level declarations that had errors are remembered, so that
 *    the walk can tell which callbacks it cannot see whole;
 *  - if it gives up all the same (a missing header: it exits), one note
 *    says that the file was not checked, and why.
 */
#ifndef MNCHECK_FRONTEND_H
#define MNCHECK_FRONTEND_H

#include "ast.h"

/* --sparse-warnings: print what sparse itself says. */
extern bool show_sparse_diagnostics;

/*
 * Capture what sparse prints from now on.  @file is the file about to be
 * parsed, or NULL for sparse_initialize() (the command line): if sparse
 * exits during the capture, its text is printed as it was when @file is
 * NULL, else with --sparse-warnings, followed by the "not checked" note.
 */
void capture_start(const char *file);

/* What sparse printed during the capture, now ended. */
struct sparse_output {
	const char *text;	/* "" when nothing */
	int nr_errors;
	const char *first;	/* "file:line:col" of the first error, or NULL */
};
struct sparse_output capture_end(void);

/* sparse_keep_tokens(@file), with the repairs above; capture_start() first. */
struct symbol_list *parse_file(char *file);

/*
 * Where ("file:line:col") the first sparse error was in the top-level
 * declaration that declared @sym, or NULL when it had none.
 */
const char *decl_error(struct symbol *sym);

#endif
