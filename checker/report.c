// SPDX-License-Identifier: GPL-2.0-only
/*
 * Findings, notes, suppression comments and the baseline (see report.h).
 * Every list here grows as needed: a fixed cap would silently drop what
 * comes after it (suppression comments used to stop working after the
 * 8th file with --all-files).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report.h"

bool report_all_files, report_emit_baseline;

/* Findings, and notes (rule NR_RULES): sorted and printed together. */
#define NOTE	NR_RULES

struct finding {
	int rule;
	struct position pos;
	char *where;
	char *msg;
};

static struct finding *findings;
static int nr_findings, max_findings;

static bool shown_stream(struct position pos)
{
	return report_all_files || pos.stream == main_stream;
}

static void add_finding(int rule, struct position pos, const char *where,
			const char *fmt, va_list ap)
{
	struct finding *f;
	char buf[512];

	vsnprintf(buf, sizeof(buf), fmt, ap);
	GROW(findings, max_findings, nr_findings);
	f = &findings[nr_findings++];
	f->rule = rule;
	f->pos = pos;
	f->where = xstrdup(where);
	f->msg = xstrdup(buf);
}

void report(enum rule_id rule, struct position pos, struct symbol *where,
	    const char *fmt, ...)
{
	va_list ap;

	if (rule >= NR_RULES || !rule_enabled(rule) || !shown_stream(pos))
		return;
	va_start(ap, fmt);
	add_finding(rule, pos, where && where->ident ? ident_str(where->ident) : "-",
		    fmt, ap);
	va_end(ap);
}

void note(struct position pos, const char *fmt, ...)
{
	va_list ap;

	if (!shown_stream(pos))
		return;
	va_start(ap, fmt);
	add_finding(NOTE, pos, "-", fmt, ap);
	va_end(ap);
}

/* Callbacks that could not be analysed, for the file's summary. */
static struct symbol **lost;
static int nr_lost, max_lost;

void callback_lost(struct symbol *fn, struct position pos, const char *fmt, ...)
{
	char buf[400];
	va_list ap;
	int i;

	for (i = 0; i < nr_lost; i++)
		if (lost[i] == fn)
			return;
	GROW(lost, max_lost, nr_lost);
	lost[nr_lost++] = fn;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	note(pos, "callback '%s' not analysed: %s", sym_name(fn), buf);
}

int nr_lost_callbacks(void)
{
	return nr_lost;
}

static int by_position(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;
	int c = pos_cmp(x->pos, y->pos);

	return c ? c : (int)x->rule - (int)y->rule;
}

/*
 * Files that mncheck reads itself (--baseline, and the sources again for
 * the suppression comments), as opposed to those sparse parses.  A hostile
 * path must not hang or exhaust it: a FIFO or a device may never end
 * (--baseline /dev/zero read forever) and a directory only reads as an
 * error, so only a regular file of at most MAX_READ_SIZE bytes is read,
 * and the reader stops there too since a file may grow while it is read.
 */
#define MAX_READ_SIZE	(16 << 20)
#define MAX_READ_TEXT	"16 MiB"

static FILE *open_regular(const char *path, const char **why)
{
	struct stat st;
	FILE *f;
	int fd;

	/* refuse by stat() first: even opening a device can have effects */
	if (stat(path, &st) < 0) {
		*why = strerror(errno);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		*why = "not a regular file";
		return NULL;
	}
	/* O_NONBLOCK: were it a FIFO by now, open() must not wait for a writer */
	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		*why = strerror(errno);
		return NULL;
	}
	/* what counts is the file opened, not the one stat() saw */
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		*why = "not a regular file";
		close(fd);
		return NULL;
	}
	if (st.st_size > MAX_READ_SIZE) {
		*why = "larger than " MAX_READ_TEXT;
		close(fd);
		return NULL;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	f = fdopen(fd, "r");
	if (!f) {
		*why = strerror(errno);
		close(fd);
	}
	return f;
}

/*
 * Suppression comments: "mncheck: ignore <rule>[, <rule>...]" anywhere on
 * a line silences those rules on that line and the next.  The parser drops
 * comments, so the source is read again, once per file that has findings.
 */
typedef unsigned int rule_mask;	/* a bit per rule */

_Static_assert(NR_RULES <= sizeof(rule_mask) * 8, "a rule_mask bit per rule");

struct stream_ignores {
	int stream;
	rule_mask *mask;	/* per line */
	int nr_lines;
};

static struct stream_ignores *ignores;
static int nr_ignores, max_ignores;

static rule_mask ignore_mask(const char *line)
{
	const char *p = strstr(line, "mncheck:");
	rule_mask mask = 0;
	size_t len;
	int r;

	if (!p)
		return 0;
	p += strlen("mncheck:");
	p += strspn(p, " \t");
	if (strncmp(p, "ignore", 6))
		return 0;
	p += 6;
	for (;;) {
		p += strspn(p, " \t,");
		len = strspn(p, "abcdefghijklmnopqrstuvwxyz0123456789-");
		if (!len)
			break;
		if (len == 3 && !strncmp(p, "all", 3)) {
			mask = ~(rule_mask)0;
		} else {
			r = rule_by_name(p, len);
			if (r < 0)
				break;
			mask |= (rule_mask)1 << r;
		}
		p += len;
	}
	return mask;
}

static struct stream_ignores *load_ignores(int stream)
{
	struct stream_ignores *si;
	const char *why;
	char *line = NULL;
	size_t cap = 0, total = 0;
	ssize_t len;
	FILE *f;
	int i, n = 0;

	for (i = 0; i < nr_ignores; i++)
		if (ignores[i].stream == stream)
			return &ignores[i];
	GROW(ignores, max_ignores, nr_ignores);
	si = &ignores[nr_ignores++];
	si->stream = stream;
	/* sparse has read it already: a FIFO's text is gone */
	f = open_regular(stream_name(stream), &why);
	if (!f)
		return si;
	while ((len = getline(&line, &cap, f)) >= 0) {
		rule_mask mask = ignore_mask(line);

		total += len;
		if (total > MAX_READ_SIZE)
			break;
		n++;
		if (!mask)
			continue;
		/* line n at index n: GROW() zeroes the lines in between */
		GROW(si->mask, si->nr_lines, n);
		si->mask[n] |= mask;
	}
	free(line);
	fclose(f);
	return si;
}

static bool suppressed(const struct finding *f)
{
	struct stream_ignores *si = load_ignores(f->pos.stream);
	rule_mask bit = (rule_mask)1 << f->rule;
	int line = f->pos.line;

	if (!si->mask)
		return false;
	if (line < si->nr_lines && (si->mask[line] & bit))
		return true;
	return line - 1 >= 0 && line - 1 < si->nr_lines && (si->mask[line - 1] & bit);
}

/* Baseline: "file<TAB>function<TAB>rule[<TAB>anything]" lines. */
struct baseline_entry {
	char *file, *function;
	int rule;
};

static struct baseline_entry *baseline;
static int nr_baseline, max_baseline;

void load_baseline(const char *path)
{
	char *line = NULL, *file, *fn, *rule, *end;
	const char *why;
	size_t cap = 0, total = 0;
	ssize_t len;
	FILE *f = open_regular(path, &why);
	int r;

	if (!f) {
		fprintf(stderr, "mncheck: cannot read baseline %s: %s\n", path, why);
		exit(2);
	}
	while ((len = getline(&line, &cap, f)) >= 0) {
		total += len;
		if (total > MAX_READ_SIZE) {
			fprintf(stderr, "mncheck: cannot read baseline %s: larger than "
				MAX_READ_TEXT "\n", path);
			exit(2);
		}
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || !line[0])
			continue;
		file = strtok(line, "\t");
		fn = strtok(NULL, "\t");
		rule = strtok(NULL, "\t");
		if (!file || !fn || !rule)
			continue;
		end = rule + strcspn(rule, " ");
		r = rule_by_name(rule, end - rule);
		if (r < 0)
			continue;
		GROW(baseline, max_baseline, nr_baseline);
		baseline[nr_baseline].file = xstrdup(file);
		baseline[nr_baseline].function = xstrdup(fn);
		baseline[nr_baseline].rule = r;
		nr_baseline++;
	}
	free(line);
	fclose(f);
}

/* Same file: equal, or one is a path suffix of the other. */
static bool same_file(const char *a, const char *b)
{
	size_t la, lb;

	while (!strncmp(a, "./", 2))
		a += 2;
	while (!strncmp(b, "./", 2))
		b += 2;
	la = strlen(a);
	lb = strlen(b);
	if (la == lb)
		return !strcmp(a, b);
	if (la > lb)
		return a[la - lb - 1] == '/' && !strcmp(a + la - lb, b);
	return b[lb - la - 1] == '/' && !strcmp(b + lb - la, a);
}

static bool in_baseline(const struct finding *f)
{
	const char *file = stream_name(f->pos.stream);
	int i;

	for (i = 0; i < nr_baseline; i++)
		if (baseline[i].rule == f->rule &&
		    !strcmp(baseline[i].function, f->where) &&
		    same_file(baseline[i].file, file))
			return true;
	return false;
}

int print_findings(void)
{
	struct finding *f, *prev = NULL;
	int i, printed = 0;

	if (nr_findings)
		qsort(findings, nr_findings, sizeof(*findings), by_position);
	for (i = 0; i < nr_findings; i++) {
		f = &findings[i];
		if (prev && !by_position(prev, f))
			continue;
		prev = f;
		if (f->rule == NOTE) {
			fprintf(stderr, "%s:%d:%d: note: %s\n",
				stream_name(f->pos.stream), f->pos.line, f->pos.pos,
				f->msg);
			continue;
		}
		if (suppressed(f))
			continue;
		if (report_emit_baseline) {
			printf("%s\t%s\t%s\n", stream_name(f->pos.stream), f->where,
			       rule_name(f->rule));
			printed++;
			continue;
		}
		if (in_baseline(f))
			continue;
		fprintf(stderr, "%s:%d:%d: warning: %s [%s]\n",
			stream_name(f->pos.stream), f->pos.line, f->pos.pos,
			f->msg, rule_name(f->rule));
		printed++;
	}
	fflush(stdout);
	fflush(stderr);
	return printed;
}

void print_error_summary(const char *file, int nr_errors, const char *first,
			 bool shown)
{
	int i;

	if (!nr_errors)
		return;
	fprintf(stderr, "%s: note: %d sparse error%s in %s, the first here%s; ",
		first, nr_errors, nr_errors == 1 ? "" : "s", file,
		shown ? "" : " (--sparse-warnings shows them)");
	if (!nr_lost) {
		fprintf(stderr, "every callback found was analysed\n");
		return;
	}
	fprintf(stderr, "not analysed:");
	for (i = 0; i < nr_lost; i++)
		fprintf(stderr, "%s %s", i ? "," : "", sym_name(lost[i]));
	fprintf(stderr, "\n");
	fflush(stderr);
}
