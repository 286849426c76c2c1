// SPDX-License-Identifier: GPL-2.0-only
/*
 * mncheck: a lint for the mmu_notifier and migrate_vma APIs, built on
 * sparse's parser.  This file holds main(): option parsing, the per-file
 * loop, and the output (dedupe, suppression comments, baseline).
 *
 * It runs as kbuild's $(CHECK): it gets the whole gcc command line, must
 * never write the -o file and must exit 0 so that the build goes on;
 * only --fatal turns findings into a failing exit.
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "api.h"
#include "mncheck.h"
#include "walk.h"

#define VERSION_STRING	"0.1"

/* Child exit codes, distinct from sparse's die() (1). */
#define EXIT_FINDINGS	10
#define EXIT_PARSER	11

#define RULE(rid, name, on, summary)		\
	void register_##rid(int rule);		\
	extern const char explain_##rid[];
#include "rules.h"
#undef RULE

static const struct rule_info {
	const char *name;
	bool on;
	const char *summary;
	void (*reg)(int rule);
	const char *explain;
} rules[NR_RULES] = {
#define RULE(rid, name, on, summary)	\
	{ name, on, summary, register_##rid, explain_##rid },
#include "rules.h"
#undef RULE
};

int main_stream = -1;
int target_version;

static bool enabled[NR_RULES];
static bool fatal, all_files, emit_baseline;
static const char *baseline_path;

/* Findings. */

struct finding {
	enum rule_id rule;
	struct position pos;
	char *where;
	char *msg;
};

static struct finding *findings;
static int nr_findings, max_findings;

static void *must_realloc(void *p, size_t size)
{
	p = realloc(p, size);
	if (!p) {
		fprintf(stderr, "mncheck: out of memory\n");
		exit(1);
	}
	return p;
}

static char *copy_string(const char *s)
{
	return strcpy(must_realloc(NULL, strlen(s) + 1), s);
}

void report(enum rule_id rule, struct position pos, struct symbol *where,
	    const char *fmt, ...)
{
	struct finding *f;
	char buf[512];
	va_list ap;

	if (rule >= NR_RULES || !enabled[rule])
		return;
	if (!all_files && pos.stream != main_stream)
		return;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (nr_findings == max_findings) {
		max_findings = max_findings ? max_findings * 2 : 32;
		findings = must_realloc(findings, max_findings * sizeof(*findings));
	}
	f = &findings[nr_findings++];
	f->rule = rule;
	f->pos = pos;
	f->where = copy_string(where && where->ident ? ident_str(where->ident) : "-");
	f->msg = copy_string(buf);
}

static int by_position(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;

	if (x->pos.stream != y->pos.stream)
		return x->pos.stream < y->pos.stream ? -1 : 1;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	if (x->pos.pos != y->pos.pos)
		return x->pos.pos < y->pos.pos ? -1 : 1;
	return (int)x->rule - (int)y->rule;
}

static int rule_by_name(const char *name, size_t len)
{
	int i;

	for (i = 0; i < NR_RULES; i++)
		if (strlen(rules[i].name) == len && !strncmp(rules[i].name, name, len))
			return i;
	return -1;
}

/*
 * Suppression comments: "mncheck: ignore <rule>[, <rule>...]" anywhere on
 * a line silences those rules on that line and the next.  The parser drops
 * comments, so the source is read again.
 */
struct stream_ignores {
	int stream;
	unsigned int *mask;	/* per line, bit per rule */
	int nr_lines;
};

static struct stream_ignores ignores[8];
static int nr_ignores;

static unsigned int ignore_mask(const char *line)
{
	const char *p = strstr(line, "mncheck:");
	unsigned int mask = 0;
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
			mask = ~0u;
		} else {
			r = rule_by_name(p, len);
			if (r < 0)
				break;
			mask |= 1u << r;
		}
		p += len;
	}
	return mask;
}

static struct stream_ignores *load_ignores(int stream)
{
	struct stream_ignores *si;
	char *line = NULL;
	size_t cap = 0;
	FILE *f;
	int i, n = 0;

	for (i = 0; i < nr_ignores; i++)
		if (ignores[i].stream == stream)
			return &ignores[i];
	if (nr_ignores == 8)
		return NULL;
	si = &ignores[nr_ignores++];
	si->stream = stream;
	f = fopen(stream_name(stream), "r");
	if (!f)
		return si;
	while (getline(&line, &cap, f) >= 0) {
		unsigned int mask = ignore_mask(line);

		n++;
		if (!mask)
			continue;
		if (n >= si->nr_lines) {
			int old = si->nr_lines;

			si->nr_lines = n + 256;
			si->mask = must_realloc(si->mask, si->nr_lines * sizeof(*si->mask));
			memset(si->mask + old, 0, (si->nr_lines - old) * sizeof(*si->mask));
		}
		si->mask[n] |= mask;
	}
	free(line);
	fclose(f);
	return si;
}

static bool suppressed(const struct finding *f)
{
	struct stream_ignores *si = load_ignores(f->pos.stream);
	unsigned int bit = 1u << f->rule;
	int line = f->pos.line;

	if (!si || !si->mask)
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
static int nr_baseline;

static void load_baseline(const char *path)
{
	char line[4096], *file, *fn, *rule, *end;
	FILE *f = fopen(path, "r");
	int r, max = 0;

	if (!f) {
		fprintf(stderr, "mncheck: cannot read baseline %s: %s\n", path,
			strerror(errno));
		exit(2);
	}
	while (fgets(line, sizeof(line), f)) {
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
		if (nr_baseline == max) {
			max = max ? max * 2 : 64;
			baseline = must_realloc(baseline, max * sizeof(*baseline));
		}
		baseline[nr_baseline].file = copy_string(file);
		baseline[nr_baseline].function = copy_string(fn);
		baseline[nr_baseline].rule = r;
		nr_baseline++;
	}
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
		if (baseline[i].rule == (int)f->rule &&
		    !strcmp(baseline[i].function, f->where) &&
		    same_file(baseline[i].file, file))
			return true;
	return false;
}

static int print_findings(void)
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
		if (suppressed(f))
			continue;
		if (emit_baseline) {
			printf("%s\t%s\t%s\n", stream_name(f->pos.stream), f->where,
			       rules[f->rule].name);
			printed++;
			continue;
		}
		if (in_baseline(f))
			continue;
		fprintf(stderr, "%s:%d:%d: warning: %s [%s]\n",
			stream_name(f->pos.stream), f->pos.line, f->pos.pos,
			f->msg, rules[f->rule].name);
		printed++;
	}
	fflush(stdout);
	fflush(stderr);
	return printed;
}

/* Checking one file, in a child process. */

static char crash_msg[512];

static void parser_crashed(int sig)
{
	ssize_t n = write(2, crash_msg, strlen(crash_msg));

	(void)n;
	_exit(EXIT_PARSER);
}

static void set_crash_handlers(bool on)
{
	static const int sigs[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
	static char altstack[64 * 1024];
	struct sigaction sa;
	stack_t ss;
	unsigned int i;

	memset(&sa, 0, sizeof(sa));
	if (on) {
		ss.ss_sp = altstack;
		ss.ss_size = sizeof(altstack);
		ss.ss_flags = 0;
		sigaltstack(&ss, NULL);
		sa.sa_handler = parser_crashed;
		sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
	} else {
		sa.sa_handler = SIG_DFL;
	}
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);
}

static void check_file(char *file)
{
	struct symbol_list *syms;

	/* libsparse cannot be fixed here: a crash inside it loses this file only */
	snprintf(crash_msg, sizeof(crash_msg),
		 "%s: error: the parser (libsparse) crashed; file not checked\n", file);
	set_crash_handlers(true);
	main_stream = input_stream_nr;
	syms = sparse_keep_tokens(file);
	set_crash_handlers(false);

	api_file_init();
	walk_file(syms);
	exit(print_findings() ? EXIT_FINDINGS : 0);
}

/* Options. */

static void usage(FILE *out)
{
	fprintf(out,
"usage: mncheck [options] [sparse/gcc options] file.c...\n"
"\n"
"Lint for the mmu_notifier and migrate_vma kernel APIs, on sparse's parser.\n"
"Findings go to stderr as 'file:line:col: warning: message [rule]'.\n"
"As kbuild's checker: make C=1 CHECK=mncheck [CF=\"-Wno-<rule>\"].\n"
"\n"
"  -W<rule>, -Wno-<rule>  enable or disable a rule\n"
"  --target=<version>     enable old-api: report forms older than that kernel\n"
"  --baseline FILE        do not report findings listed in FILE\n"
"                         (lines: file<TAB>function<TAB>rule)\n"
"  --fatal                exit 1 when something is reported (default: 0)\n"
"  --all-files            also report findings in included files\n"
"  --emit-baseline        print the findings as baseline lines on stdout\n"
"  --list-rules           print rule<TAB>on|off<TAB>description\n"
"  --explain <rule>       why a rule matters and how to fix what it finds\n"
"  --help, --version\n"
"\n"
"Every other option goes to sparse (-I, -D, -include, ...); gcc options such\n"
"as -c, -o, -Werror or -Wp,-MMD are accepted and ignored; nothing is written.\n"
"Silence one site with a comment on the line or the line above, such as\n"
"  // mncheck: ignore <rule> -- why\n");
}

static bool parse_version(const char *s, int *code)
{
	long part[3] = { 0, 0, 0 };
	char *end;
	int i;

	if (*s == 'v')
		s++;
	for (i = 0; i < 3; i++) {
		if (*s < '0' || *s > '9')
			return false;
		part[i] = strtol(s, &end, 10);
		if (part[i] > 255)
			return false;
		s = end;
		if (!*s)
			break;
		if (*s != '.' || i == 2)
			return false;
		s++;
	}
	if (i == 0)
		return false;
	*code = KVER((int)part[0], (int)part[1], (int)part[2]);
	return true;
}

static int option_rule(const char *arg, bool *on)
{
	const char *name = arg + 2;

	*on = true;
	if (!strncmp(name, "no-", 3)) {
		name += 3;
		*on = false;
	}
	return rule_by_name(name, strlen(name));
}

static void list_rules(void)
{
	int i;

	for (i = 0; i < NR_RULES; i++)
		printf("%s\t%s\t%s\n", rules[i].name, enabled[i] ? "on" : "off",
		       rules[i].summary);
}

static int explain(const char *name)
{
	int r = name ? rule_by_name(name, strlen(name)) : -1;

	if (r < 0) {
		fprintf(stderr, "mncheck: unknown rule '%s' (see --list-rules)\n",
			name ? name : "");
		return 2;
	}
	printf("%s: %s\n\n%s", rules[r].name, rules[r].summary, rules[r].explain);
	return 0;
}

/* Options that only make sparse write something: never pass them on. */
static bool writes_output(const char *arg)
{
	static const char *const list[] = { "-E", "-dD", "-dM", "-dN", "-dI", NULL };
	int i;

	for (i = 0; list[i]; i++)
		if (!strcmp(arg, list[i]))
			return true;
	return false;
}

static char *arg_value(char **argv, int *i, const char *opt)
{
	size_t len = strlen(opt);
	char *arg = argv[*i];

	if (arg[len] == '=')
		return arg + len + 1;
	if (!argv[*i + 1]) {
		fprintf(stderr, "mncheck: %s needs an argument\n", opt);
		exit(2);
	}
	return argv[++*i];
}

int main(int argc, char **argv)
{
	int explicit[NR_RULES];
	char **sargv = must_realloc(NULL, (argc + 1) * sizeof(char *));
	struct string_list *files = NULL;
	int i, r, sargc = 0, status, crash_sig = 0, failed = 0, found = 0;
	bool on, list = false;
	char *file;

	for (i = 0; i < NR_RULES; i++) {
		enabled[i] = rules[i].on;
		explicit[i] = -1;
	}
	sargv[sargc++] = argv[0];
	for (i = 1; i < argc; i++) {
		char *arg = argv[i];

		if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(arg, "--version")) {
			printf("mncheck " VERSION_STRING "\n");
			return 0;
		} else if (!strcmp(arg, "--fatal")) {
			fatal = true;
		} else if (!strcmp(arg, "--all-files")) {
			all_files = true;
		} else if (!strcmp(arg, "--emit-baseline")) {
			emit_baseline = true;
		} else if (!strcmp(arg, "--list-rules")) {
			list = true;
		} else if (!strncmp(arg, "--explain", 9) && (!arg[9] || arg[9] == '=')) {
			return explain(arg_value(argv, &i, "--explain"));
		} else if (!strncmp(arg, "--target", 8) && (!arg[8] || arg[8] == '=')) {
			char *v = arg_value(argv, &i, "--target");

			if (!parse_version(v, &target_version)) {
				fprintf(stderr, "mncheck: bad --target '%s' (want e.g. 6.1)\n", v);
				return 2;
			}
		} else if (!strncmp(arg, "--baseline", 10) && (!arg[10] || arg[10] == '=')) {
			baseline_path = arg_value(argv, &i, "--baseline");
		} else if (!strncmp(arg, "-W", 2) && (r = option_rule(arg, &on)) >= 0) {
			explicit[r] = on;
		} else if (!writes_output(arg)) {
			sargv[sargc++] = arg;
		}
	}
	sargv[sargc] = NULL;
	if (target_version)
		enabled[RULE_old_api] = true;
	for (i = 0; i < NR_RULES; i++)
		if (explicit[i] >= 0)
			enabled[i] = explicit[i];
	if (enabled[RULE_old_api] && !target_version)
		target_version = KVER(255, 255, 255);	/* -Wold-api: every old form */
	if (list) {
		list_rules();
		return 0;
	}
	if (baseline_path)
		load_baseline(baseline_path);

	api_init();
	for (i = 0; i < NR_RULES; i++)
		if (enabled[i])
			rules[i].reg(i);

	/* before sparse_initialize(): else it opens the -o file for writing */
	do_output = 0;
	sparse_initialize(sargc, sargv, &files);
	if (!files) {
		fprintf(stderr, "mncheck: no input files (try --help)\n");
		return 2;
	}

	/* libsparse keeps global state: one process per file */
	FOR_EACH_PTR(files, file) {
		pid_t pid;

		fflush(stdout);
		fflush(stderr);
		pid = fork();
		if (pid < 0) {
			perror("mncheck: fork");
			return 2;
		}
		if (!pid) {
			prctl(PR_SET_PDEATHSIG, SIGKILL);
			check_file(file);
		}
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
		if (WIFSIGNALED(status)) {
			fprintf(stderr, "%s: error: mncheck crashed (signal %d)\n",
				file, WTERMSIG(status));
			crash_sig = WTERMSIG(status);
		} else if (WEXITSTATUS(status) == EXIT_FINDINGS) {
			found++;
		} else if (WEXITSTATUS(status)) {
			failed++;
		}
	} END_FOR_EACH_PTR(file);

	if (crash_sig) {
		/* a crash of ours is a bug: show it to the caller (and to a fuzzer) */
		signal(crash_sig, SIG_DFL);
		raise(crash_sig);
	}
	return fatal && (found || failed) ? 1 : 0;
}
