// SPDX-License-Identifier: GPL-2.0-only
/*
 * sparse's front end on one file (see frontend.h).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontend.h"
#include "scope.h"

bool show_sparse_diagnostics;

/* Capturing what sparse prints. */

static FILE *capture, *real_stderr;
static char *text;
static size_t text_len;
static const char *capture_file;
static bool exit_hook;

static void capture_exit(void);

void capture_start(const char *file)
{
	if (!exit_hook) {
		atexit(capture_exit);
		exit_hook = true;
	}
	fflush(stderr);
	free(text);
	text = NULL;
	text_len = 0;
	capture_file = file;
	capture = open_memstream(&text, &text_len);
	/* without memory for it, sparse prints as it would have */
	if (!capture)
		return;
	/*
	 * sparse prints with fprintf(stderr, ...) only (do_warn() and die()
	 * in its lib.c): pointing glibc's stderr at a memory stream catches
	 * all of it and nothing else (the crash handler write()s to fd 2).
	 */
	real_stderr = stderr;
	stderr = capture;
}

/* Bytes captured so far. */
static size_t captured(void)
{
	if (!capture)
		return 0;
	fflush(capture);
	return text_len;
}

/*
 * Is the line at @line (up to @end) one of sparse's errors,
 * "file:line:col: error: ..."?  @pos gets "file:line:col".
 */
static const char *error_line(const char *line, const char *end, char *pos,
			      size_t size)
{
	char needle[64];
	const char *p = line;
	size_t len;

	snprintf(needle, sizeof(needle), ": %serror: ", diag_prefix);
	len = strlen(needle);
	for (; p + len <= end; p++) {
		if (memcmp(p, needle, len))
			continue;
		if ((size_t)(p - line) >= size)
			return NULL;
		memcpy(pos, line, p - line);
		pos[p - line] = '\0';
		return p + 2;
	}
	return NULL;
}

/* sparse's errors in text[@from, @to); @first gets where the first was. */
static int count_errors(size_t from, size_t to, char *first, size_t size)
{
	const char *line = text + from, *end = text + to, *eol;
	char pos[256];
	int nr = 0;

	if (!text)
		return 0;
	for (; line < end; line = eol + 1) {
		eol = memchr(line, '\n', end - line);
		if (!eol)
			eol = end;
		if (!error_line(line, eol, pos, sizeof(pos)))
			continue;
		if (!nr++)
			snprintf(first, size, "%s", pos);
	}
	return nr;
}

struct sparse_output capture_end(void)
{
	static char first[256];
	struct sparse_output out = { "", 0, NULL };

	if (!capture)
		return out;
	/* the buffer stays ours, with its final size */
	fclose(capture);
	capture = NULL;
	stderr = real_stderr;
	if (text)
		out.text = text;
	out.nr_errors = count_errors(0, text_len, first, sizeof(first));
	if (out.nr_errors)
		out.first = first;
	return out;
}

/*
 * sparse exited (error_die(), die()) while it was captured: on a file, a
 * header it cannot find or a construct it gives up on.  The file is not
 * checked; say so in one line that keeps sparse's reason, since its own
 * lines are not shown without --sparse-warnings.
 */
static void capture_exit(void)
{
	struct sparse_output out;
	const char *file = capture_file, *last, *end, *msg;
	char pos[256];

	if (!capture)
		return;
	out = capture_end();
	/* the command line: mncheck.c says that nothing was checked */
	if (!file || show_sparse_diagnostics)
		fputs(out.text, stderr);
	if (!file) {
		fflush(stderr);
		return;
	}
	end = out.text + strlen(out.text);
	while (end > out.text && end[-1] == '\n')
		end--;
	for (last = end; last > out.text && last[-1] != '\n'; last--)
		;
	msg = error_line(last, end, pos, sizeof(pos));
	if (msg)
		fprintf(stderr, "%s: note: file not checked (%d sparse error%s), sparse gave up here: %.*s\n",
			pos, out.nr_errors, out.nr_errors == 1 ? "" : "s",
			(int)(end - msg), msg);
	else if (end > last)
		fprintf(stderr, "%s: note: file not checked, sparse gave up: %.*s\n",
			file, (int)(end - last), last);
	else
		fprintf(stderr, "%s: note: file not checked, sparse gave up\n", file);
	fflush(stderr);
}

/*
 * Tag clashes.  sparse gives up on the whole file (error_die(): exit 1) on
 * two that gcc reports as mere errors: a struct, union or enum defined
 * twice in one scope, and a tag used with another keyword than its own.
 * An out-of-tree module's compat header that copies a kernel struct does
 * the first on every file that includes both, and nothing of the file
 * was checked.  So before each top-level declaration is parsed, its tokens
 * are looked at: a second definition loses its tag and becomes an
 * anonymous struct (the first keeps the name, as gcc's later errors
 * assume), a use with the wrong keyword gets the tag's own; each is
 * reported as the error sparse would have given.  Only file-scope tags are
 * looked at: inside a function body a tag definition is a new one.
 */
static enum type tag_type(struct token *t)
{
	if (token_type(t) != TOKEN_IDENT)
		return SYM_UNINITIALIZED;
	if (t->ident == &struct_ident)
		return SYM_STRUCT;
	if (t->ident == &union_ident)
		return SYM_UNION;
	if (t->ident == &enum_ident)
		return SYM_ENUM;
	return SYM_UNINITIALIZED;
}

static struct ident *tag_keyword(enum type type)
{
	switch (type) {
	case SYM_STRUCT:
		return &struct_ident;
	case SYM_UNION:
		return &union_ident;
	case SYM_ENUM:
		return &enum_ident;
	default:
		return NULL;
	}
}

static bool is_attribute(struct token *t)
{
	return token_type(t) == TOKEN_IDENT &&
	       (t->ident == &__attribute___ident || t->ident == &__attribute_ident);
}

/* The ')' closing the parentheses after @t (the last token at the end). */
static struct token *skip_parens(struct token *t)
{
	int depth = 0;

	while (!eof_token(t->next)) {
		t = t->next;
		if (match_op(t, '('))
			depth++;
		else if (match_op(t, ')') && --depth <= 0)
			break;
	}
	return t;
}

/* @kw @tag { : sparse dies if the tag is this scope's and defined already. */
static void repair_definition(struct token *kw, struct token *before_tag,
			      struct token *tag, struct token *brace)
{
	struct symbol *sym = lookup_symbol(tag->ident, NS_STRUCT);

	if (!sym || is_outer_scope(sym->scope))
		return;		/* a new tag of this scope */
	if (sym->type != tag_type(kw))
		sparse_error(tag->pos, "invalid tag applied to %s", show_typename(sym));
	else if (sym->symbol_list)
		sparse_error(brace->pos, "redefinition of %s", show_typename(sym));
	else
		return;		/* the definition of a declared tag */
	before_tag->next = tag->next;
}

/* @kw @tag, then @next: sparse dies if the tag has another keyword. */
static void repair_use(struct token *kw, struct token *tag, struct token *next)
{
	struct symbol *sym = lookup_symbol(tag->ident, NS_STRUCT);

	if (!sym || sym->type == tag_type(kw) || !tag_keyword(sym->type))
		return;
	if (is_outer_scope(sym->scope) && match_op(next, ';'))
		return;		/* declares a new tag of this scope */
	sparse_error(tag->pos, "invalid tag applied to %s", show_typename(sym));
	kw->ident = tag_keyword(sym->type);
}

/*
 * The tokens of one top-level declaration, from @token to its ';' or to
 * the end of its body or initializer (past it at worst: the next call
 * starts at the next declaration and sees it again, unchanged).
 */
static void repair_tags(struct token *token)
{
	struct token *t, *prev = NULL, *kw = NULL, *tag = NULL, *before_tag = NULL;
	/* brace depth, and that of the outermost brace that is no tag body */
	int depth = 0, block = -1;

	for (t = token; !eof_token(t); prev = t, t = t->next) {
		if (tag_type(t)) {
			kw = t;
			tag = NULL;
			continue;
		}
		if (kw && !tag && is_attribute(t)) {
			t = skip_parens(t);
			continue;
		}
		if (kw && !tag && token_type(t) == TOKEN_IDENT) {
			tag = t;
			before_tag = prev;
			continue;
		}
		if (match_op(t, '{')) {
			if (kw && tag && block < 0)
				repair_definition(kw, before_tag, tag, t);
			else if (!kw && block < 0)
				block = depth;
			depth++;
			kw = tag = NULL;
			continue;
		}
		if (kw && tag && block < 0)
			repair_use(kw, tag, t);
		kw = tag = NULL;
		if (match_op(t, '}')) {
			if (depth > 0)
				depth--;
			if (depth == block) {
				block = -1;
				if (!depth)
					break;
			}
		} else if (match_op(t, ';') && !depth) {
			break;
		}
	}
}

/* Declarations with errors: the symbols they declared. */
struct decl_error {
	struct symbol *sym;
	char *where;
};

static struct decl_error *decl_errors;
static int nr_decl_errors, max_decl_errors;

static void mark_symbols(struct symbol_list *list, int from, const char *where)
{
	struct symbol *sym;
	int i = 0;

	FOR_EACH_PTR(list, sym) {
		if (i++ < from)
			continue;
		GROW(decl_errors, max_decl_errors, nr_decl_errors);
		decl_errors[nr_decl_errors].sym = sym;
		decl_errors[nr_decl_errors].where = xstrdup(where);
		nr_decl_errors++;
	} END_FOR_EACH_PTR(sym);
}

const char *decl_error(struct symbol *sym)
{
	int i;

	for (i = 0; sym && i < nr_decl_errors; i++)
		if (decl_errors[i].sym == sym)
			return decl_errors[i].where;
	return NULL;
}

static int nr_symbols(struct scope *scope)
{
	return ptr_list_size((struct ptr_list *)scope->symbols);
}

/*
 * sparse_keep_tokens() as sparse 0.6.4's lib.c has it (sparse_file(),
 * sparse_tokenstream()), one top-level declaration at a time.  A
 * declaration binds what it declares in the file scope (static) or the
 * global one (the rest).
 */
struct symbol_list *parse_file(char *file)
{
	struct token *token;
	int fd = 0, in_file, in_global;
	size_t at;
	char where[256];

	translation_unit_used_list = NULL;
	new_file_scope();
	if (strcmp(file, "-")) {
		fd = open(file, O_RDONLY);
		if (fd < 0)
			die("No such file: %s", file);
	}
	base_filename = file;
	token = tokenize(NULL, file, fd, NULL, includepath);
	close(fd);
	token = preprocess(token);

	while (!eof_token(token)) {
		in_file = nr_symbols(file_scope);
		in_global = nr_symbols(global_scope);
		at = captured();
		repair_tags(token);
		token = external_declaration(token, &translation_unit_used_list, NULL);
		if (!count_errors(at, captured(), where, sizeof(where)))
			continue;
		mark_symbols(file_scope->symbols, in_file, where);
		mark_symbols(global_scope->symbols, in_global, where);
	}
	return translation_unit_used_list;
}
