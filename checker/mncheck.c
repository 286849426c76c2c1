// SPDX-License-Identifier: GPL-2.0-only
/*
 * mncheck: a lint for the mmu_notifier and migrate_vma APIs, built on
 * sparse's parser.  This file holds main(): option parsing and the
 * per-file loop.  The output is report.c's, sparse's front end frontend.c's.
 *
 * It runs as kbuild's $(CHECK): it gets the whole gcc command line, must
 * never write the -o file and must exit 0 so that the build goes on;
 * only --fatal turns findings into a failing exit.
 */
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "api.h"
#include "frontend.h"
#include "mncheck.h"
#include "report.h"
#include "walk.h"

#define VERSION_STRING	"0.1"

/* Child exit codes, distinct from sparse's die() (1). */
#define EXIT_FINDINGS	10
#define EXIT_PARSER	11
#define EXIT_PARTIAL	12	/* callbacks that could not be analysed */

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
static bool fatal;
static const char *baseline_path;

const char *rule_name(enum rule_id rule)
{
	return rule < NR_RULES ? rules[rule].name : "?";
}

bool rule_enabled(enum rule_id rule)
{
	return rule < NR_RULES && enabled[rule];
}

int rule_by_name(const char *name, size_t len)
{
	int i;

	for (i = 0; i < NR_RULES; i++)
		if (strlen(rules[i].name) == len && !strncmp(rules[i].name, name, len))
			return i;
	return -1;
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
	struct sparse_output out;
	int printed;

	/* libsparse cannot be fixed here: a crash inside it loses this file only */
	snprintf(crash_msg, sizeof(crash_msg),
		 "%s: error: the parser (libsparse) crashed; file not checked\n", file);
	set_crash_handlers(true);
	main_stream = input_stream_nr;
	capture_start(file);
	syms = parse_file(file);
	out = capture_end();
	set_crash_handlers(false);
	/* sparse's own lines come first, as they did when it printed them */
	if (show_sparse_diagnostics)
		fputs(out.text, stderr);

	api_file_init();
	walk_file(syms);
	printed = print_findings();
	print_error_summary(file, out.nr_errors, out.first, show_sparse_diagnostics);
	if (printed)
		exit(EXIT_FINDINGS);
	exit(nr_lost_callbacks() ? EXIT_PARTIAL : 0);
}

/* Options. */

static void usage(FILE *out)
{
	fprintf(out,
"usage: mncheck [options] [sparse/gcc options] file.c...\n"
"\n"
"Lint for the mmu_notifier and migrate_vma kernel APIs, on sparse's parser.\n"
"Findings go to stderr as 'file:line:col: warning: message [rule]'; notes\n"
"('file:line:col: note: ...') say what could not be checked, and why.\n"
"As kbuild's checker: make C=1 CHECK=mncheck [CF=\"-Wno-<rule>\"].\n"
"\n"
"  -W<rule>, -Wno-<rule>  enable or disable a rule\n"
"  --target=<version>     enable old-api: report forms older than that kernel\n"
"                         (x.y or x.y.z; any other value is clang's target\n"
"                         triple, as kbuild passes it with LLVM=1: ignored)\n"
"  --baseline FILE        do not report findings listed in FILE\n"
"                         (lines: file<TAB>function<TAB>rule)\n"
"  --fatal                exit 1 when something is reported or could not be\n"
"                         checked (default: 0)\n"
"  --all-files            also report findings in included files\n"
"  --emit-baseline        print the findings as baseline lines on stdout\n"
"  --sparse-warnings      also print sparse's own warnings and errors (by\n"
"                         default a file with sparse errors gets one note:\n"
"                         how many, and which callbacks were not analysed)\n"
"  --list-rules           print rule<TAB>on|off<TAB>description\n"
"  --explain <rule>       why a rule matters and how to fix what it finds\n"
"  --help, --version\n"
"\n"
"Every other option goes to sparse (-I, -D, -include, ...); gcc and clang\n"
"options such as -c, -o, -Werror, -Wp,-MMD, -mllvm <arg> or -Xclang <arg>\n"
"are accepted and ignored; nothing is written.  A -W option that names no\n"
"rule but looks meant for one gets a warning.\n"
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

/*
 * --target=<version> is ours; clang gets --target=<triple> from kbuild
 * (LLVM=1 puts it in KBUILD_CFLAGS, which $(CHECK) gets too).  A triple
 * starts with its architecture (x86_64, aarch64, riscv64, vax...), never
 * with a digit, so a value that does (6, 6.300, 6.1-rc2) but is no version
 * is a mistyped version: told, and ignored.
 */
enum target_kind {
	TARGET_VERSION,		/* ours */
	TARGET_BAD_VERSION,	/* meant as ours */
	TARGET_TRIPLE,		/* clang's */
	TARGET_NONE,		/* neither: no value */
};

static enum target_kind target_kind(const char *v, int *code)
{
	const char *p = v;
	size_t len;

	if (!v)
		return TARGET_NONE;
	if (parse_version(v, code))
		return TARGET_VERSION;
	if (*p == 'v')
		p++;
	if (isdigit((unsigned char)*p))
		return TARGET_BAD_VERSION;
	/* x86_64-linux-gnu, aarch64-unknown-linux-gnu, armv7a-none-eabi... */
	len = strlen(v);
	if (len && isalnum((unsigned char)v[0]) &&
	    strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
		      "0123456789_.+-") == len &&
	    !(len > 2 && v[len - 2] == '.' && strchr("chiS", v[len - 1])))
		return TARGET_TRIPLE;
	return TARGET_NONE;
}

/*
 * --target=V or --target V: V a version is ours, else clang's.  The form
 * with a separate value takes the next argument only if it can be either:
 * "--target foo.c" or a trailing --target lacks its value, and foo.c stays
 * an input.  Nothing here makes mncheck fail: under kbuild it must exit 0.
 */
static void option_target(char **argv, int *i)
{
	char *arg = argv[*i], *v;
	enum target_kind kind;

	if (arg[8] == '=') {
		v = arg + 9;
		kind = target_kind(v, &target_version);
		if (kind == TARGET_NONE)
			kind = TARGET_TRIPLE;	/* what else could it be */
	} else {
		v = argv[*i + 1];
		kind = target_kind(v, &target_version);
		if (kind != TARGET_NONE)
			++*i;
	}
	switch (kind) {
	case TARGET_VERSION:
	case TARGET_TRIPLE:
		break;
	case TARGET_BAD_VERSION:
		fprintf(stderr, "mncheck: warning: --target '%s': not a kernel version such as 6.1 or 5.14.2; ignored\n",
			v);
		break;
	case TARGET_NONE:
		fprintf(stderr, "mncheck: warning: --target without a value (a kernel version such as 6.1); ignored\n");
		break;
	}
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

/* Optimal string alignment distance: edits, a swap of two letters is one. */
static int distance(const char *a, const char *b)
{
	int la = strlen(a), lb = strlen(b), i, j, d[65][65];

	if (la > 64 || lb > 64)
		return 99;
	for (i = 0; i <= la; i++)
		d[i][0] = i;
	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++) {
		for (j = 1; j <= lb; j++) {
			int v = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);

			if (d[i - 1][j] + 1 < v)
				v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	}
	return d[la][lb];
}

/*
 * sparse 0.6.4's own warnings (options.c, warnings[]): -W<name> that it
 * takes, never a misspelled rule of ours.
 */
static const char *const sparse_warnings[] = {
	"address", "address-space", "bitwise", "bitwise-pointer",
	"cast-from-as", "cast-to-as", "cast-truncate", "constant-suffix",
	"constexpr-not-const", "context", "decl",
	"declaration-after-statement", "default-bitfield-sign",
	"designated-init", "do-while", "enum-mismatch",
	"external-function-has-definition", "flexible-array-array",
	"flexible-array-nested", "flexible-array-sizeof",
	"flexible-array-union", "implicit-int", "init-cstring",
	"int-to-pointer-cast", "memcpy-max-count", "non-pointer-null",
	"newline-eof", "old-initializer", "old-style-definition",
	"one-bit-signed-bitfield", "override-init", "override-init-all",
	"paren-string", "past-deep-designator", "pedantic",
	"pointer-to-int-cast", "ptr-subtraction-blows", "return-void",
	"shadow", "shift-count-negative", "shift-count-overflow",
	"sizeof-bool", "strict-prototypes", "pointer-arith", "sparse-error",
	"tautological-compare", "transparent-union", "typesign", "undef",
	"uninitialized", "union-cast", "universal-initializer",
	"unknown-attribute", "vla", "sparse-all", NULL
};

/*
 * Words of our rule names that no gcc 12 or clang 14 warning option has
 * as a word (checked against gcc -Q --help=warnings and diagtool tree):
 * "ignored", "missing", "set", "self", "old", "src", "seq" and "api" are
 * in theirs (-Wignored-qualifiers, -Watomic-implicit-seq-cst, ...).
 */
static const char *const rule_words[] = {
	"event", "owner", "migrate", "blockable", "deadlock", NULL
};

/* Whether WORD is one of the '-'-separated words of NAME. */
static bool has_word(const char *name, const char *word)
{
	size_t len = strlen(word);
	const char *p;

	for (p = name; (p = strstr(p, word)); p++)
		if ((p == name || p[-1] == '-') && (!p[len] || p[len] == '-'))
			return true;
	return false;
}

/*
 * Unknown -W options go to sparse, which ignores what it does not know:
 * kbuild passes gcc's and clang's by the dozen and they must stay silent.
 * A misspelled rule (-Wno-event-ignore) would be just as silent and the
 * rule would stay on, so -W<name> or -Wno-<name> that is no rule gets one
 * warning line when it looks meant for one:
 *  - <name> has only letters, digits, '-' and '_' (never -Wp,-MMD,<file>,
 *    -Wa,..., -Werror=<warning> or -Wframe-larger-than=<n>, whose file
 *    names or values may well hold a rule word), is not one of sparse's
 *    own warnings, and
 *  - read case-blind with '_' as '-', it is at most two edits away from a
 *    rule name (owner_ignored, event-ignore, old-apis), or it has a word of
 *    rule_words[] (-Wno-owner, -Wno-blockable).
 * None of gcc 12's or clang 14's warning options is either.  The nearest
 * rule is suggested, or the only one with that word.  Returns whether it
 * warned; the option then goes nowhere.
 */
static bool misspelled_rule(const char *arg)
{
	const char *name = arg + 2;
	int i, j, d, best = -1, best_d = 99, nr_worded = 0, worded = -1;
	char norm[65];
	size_t len;

	if (!strncmp(name, "no-", 3))
		name += 3;
	len = strlen(name);
	if (!len || len >= sizeof(norm) ||
	    strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			 "0123456789-_") != len)
		return false;
	for (i = 0; sparse_warnings[i]; i++)
		if (!strcmp(name, sparse_warnings[i]))
			return false;
	for (i = 0; name[i]; i++)
		norm[i] = name[i] == '_' ? '-' : tolower((unsigned char)name[i]);
	norm[i] = '\0';

	for (i = 0; i < NR_RULES; i++) {
		d = distance(norm, rules[i].name);
		if (d < best_d) {
			best_d = d;
			best = i;
		}
		for (j = 0; rule_words[j]; j++) {
			if (has_word(norm, rule_words[j]) &&
			    has_word(rules[i].name, rule_words[j])) {
				nr_worded++;
				worded = i;
				break;
			}
		}
	}
	if (best_d > 2 && !nr_worded)
		return false;
	if (best_d > 2 && nr_worded == 1)
		best = worded;
	if (best_d <= 2 || nr_worded == 1)
		fprintf(stderr, "mncheck: warning: %s: no such rule (did you mean %s?)\n",
			arg, rules[best].name);
	else
		fprintf(stderr, "mncheck: warning: %s: no such rule (see mncheck --list-rules)\n",
			arg);
	return true;
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

/*
 * gcc and clang options whose value is the next argument.  sparse 0.6.4
 * takes some with their value (handle_switch() in its options.c): those
 * go to it as they are (.as is the name), and their value is never read
 * as an option of ours.  The others it does not know: given to it, their
 * value would be checked as an input file, or worse, read as an option:
 * "-mllvm -x86-asm-syntax=intel" is "-x" to sparse, which then swallows
 * the next argument, the file to check.  Here .as is what sparse gets
 * instead, with the value; NULL drops both.  A name ending in '=', '_' or
 * '-' is a prefix (-Xarch_x86_64 <arg>); a "--" name also takes
 * "--name=value".  A trailing one without its value is dropped.
 */
static const struct separate_option {
	const char *name;
	const char *as;
} separate_options[] = {
	/* taken by sparse */
	{ "-I", "-I" }, { "-D", "-D" }, { "-U", "-U" },
	{ "-include", "-include" }, { "-imacros", "-imacros" },
	{ "-isystem", "-isystem" }, { "-idirafter", "-idirafter" },
	{ "-MF", "-MF" }, { "-MT", "-MT" }, { "-MQ", "-MQ" }, { "-G", "-G" },
	{ "--param", "--param" }, { "-gcc-base-dir", "-gcc-base-dir" },
	{ "-multiarch-dir", "-multiarch-dir" },
	/* gcc */
	/* sparse has no quote-only list: with -I, "..." finds as much */
	{ "-iquote", "-I" },
	{ "-iprefix" }, { "-iwithprefix" }, { "-iwithprefixbefore" },
	{ "-isysroot" }, { "-imultilib" }, { "-imultiarch" },
	{ "-aux-info" }, { "-dumpbase" }, { "-dumpbase-ext" }, { "-dumpdir" },
	{ "-specs" }, { "-wrapper" },
	{ "-Xassembler" }, { "-Xlinker" }, { "-Xpreprocessor" },
	{ "-A" }, { "-B" }, { "-L" }, { "-T" }, { "-e" }, { "-l" }, { "-u" },
	{ "-z" },
	{ "-o" },		/* sparse takes it, but must never write it */
	{ "-x" },		/* -x<lang> too, see separate_option() */
	/* clang */
	{ "-target" }, { "-arch" }, { "-mllvm" }, { "-Xclang" },
	{ "-Xanalyzer" }, { "-Xcuda-fatbinary" }, { "-Xcuda-ptxas" },
	{ "-Xflang" }, { "-Xoffload-linker" }, { "-Xopenmp-target" },
	{ "-Xarch_" }, { "-Xopenmp-target=" }, { "-Xoffload-linker-" },
	{ "-F" }, { "-MJ" }, { "-include-pch" }, { "-ivfsoverlay" },
	{ "-iframework" }, { "-iframeworkwithsysroot" }, { "-iwithsysroot" },
	{ "-isystem-after" }, { "-cxx-isystem" }, { "-gcc-toolchain" },
	{ "-resource-dir" }, { "-serialize-diagnostics" },
	{ "-working-directory" }, { "--config" },
	/* gcc's long spellings */
	{ "--include", "-include" }, { "--imacros", "-imacros" },
	{ "--include-directory", "-I" },
	{ "--include-directory-after", "-idirafter" },
	{ "--define-macro", "-D" }, { "--undefine-macro", "-U" },
	{ "--output" }, { "--language" }, { "--assert" }, { "--prefix" },
	{ "--include-prefix" }, { "--include-with-prefix" },
	{ "--include-with-prefix-after" }, { "--include-with-prefix-before" },
	{ "--library-directory" }, { "--for-linker" }, { "--force-link" },
	{ "--for-assembler" }, { "--specs" }, { "--sysroot" }, { "--dumpbase" },
	{ "--dumpdir" }, { "--entry" },
	{ NULL }
};

/*
 * If ARG is one of separate_options[], consume its value and give sparse
 * what it should get.  Returns whether it was.  Called for any argument
 * that is no option of ours.
 */
static bool separate_option(char **argv, int *i, char **sargv, int *sargc)
{
	const struct separate_option *o;
	char *arg = argv[*i], *value = NULL;
	size_t len;

	/* -xc: sparse reads any -x... as "-x <lang>": the file as <lang> */
	if (arg[1] == 'x' && arg[2])
		return true;
	for (o = separate_options; o->name; o++) {
		len = strlen(o->name);
		if (!strcmp(arg, o->name) ||
		    (strchr("=_-", o->name[len - 1]) && !strncmp(arg, o->name, len))) {
			value = argv[*i + 1];
			break;
		}
		if (o->name[1] == '-' && !strncmp(arg, o->name, len) &&
		    arg[len] == '=') {
			value = arg + len + 1;
			break;
		}
	}
	if (!o->name)
		return false;
	if (value && value == argv[*i + 1])
		++*i;
	if (o->as && value) {
		sargv[(*sargc)++] = (char *)o->as;
		sargv[(*sargc)++] = value;
	}
	return true;
}

/*
 * Values that sparse 0.6.4 dies on (exit 1: the kernel build stops) while
 * gcc and clang take them.  A C dialect newer than it knows (-std=gnu2x,
 * gnu23) becomes the newest it knows of the same kind; c90, gnu90 and
 * gnu1x are names of standards it knows.  riscv's -march= loses its
 * multi-letter extensions (kbuild's rv64imac_zicsr_zifencei: sparse only
 * knows the single letters, and they only change macros).
 */
static char *sparse_value(char *arg)
{
	static const char *const dialects[] = {
		"c89", "iso9899:1990", "iso9899:199409", "c99", "c9x",
		"iso9899:1999", "iso9899:199x", "gnu89", "gnu99", "gnu9x",
		"c11", "c1x", "iso9899:2011", "gnu11", "c17", "c18",
		"iso9899:2017", "iso9899:2018", "gnu17", "gnu18", NULL
	};
	const char *v;
	char *copy;
	int i;

	if (!strncmp(arg, "-std=", 5)) {
		v = arg + 5;
		for (i = 0; dialects[i]; i++)
			if (!strcmp(v, dialects[i]))
				return arg;
		if (!strcmp(v, "c90"))
			return "-std=c89";
		if (!strcmp(v, "gnu90"))
			return "-std=gnu89";
		if (!strcmp(v, "gnu1x"))
			return "-std=gnu11";
		return !strncmp(v, "gnu", 3) ? "-std=gnu17" : "-std=c17";
	}
	if (!strncmp(arg, "-march=", 7) && strchr(arg, '_')) {
		copy = xstrdup(arg);
		copy[strcspn(copy, "_")] = '\0';
		return copy;
	}
	return arg;
}

/*
 * sparse_initialize() dies (exit 1) on what it cannot take on the command
 * line: a value the filters above do not know of, a missing -include
 * file.  Under kbuild that would stop the build: say so and exit 0 like
 * for a file sparse gives up on (1 with --fatal).  die() has told why
 * (frontend.c prints its captured text first).
 */
static bool in_sparse_initialize;

static void sparse_gave_up(void)
{
	if (!in_sparse_initialize)
		return;
	fprintf(stderr, "mncheck: sparse rejected the command line; nothing checked\n");
	fflush(NULL);
	_exit(fatal ? 1 : 0);
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
	/* room for two words per argument: separate_option() */
	char **sargv = xrealloc(NULL, (2 * argc + 1) * sizeof(char *));
	struct string_list *files = NULL;
	struct sparse_output out;
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
			report_all_files = true;
		} else if (!strcmp(arg, "--emit-baseline")) {
			report_emit_baseline = true;
		} else if (!strcmp(arg, "--sparse-warnings")) {
			show_sparse_diagnostics = true;
		} else if (!strcmp(arg, "--list-rules")) {
			list = true;
		} else if (!strncmp(arg, "--explain", 9) && (!arg[9] || arg[9] == '=')) {
			return explain(arg_value(argv, &i, "--explain"));
		} else if (!strncmp(arg, "--target", 8) && (!arg[8] || arg[8] == '=')) {
			option_target(argv, &i);
		} else if (!strncmp(arg, "--baseline", 10) && (!arg[10] || arg[10] == '=')) {
			baseline_path = arg_value(argv, &i, "--baseline");
		} else if (!strncmp(arg, "-W", 2) && (r = option_rule(arg, &on)) >= 0) {
			explicit[r] = on;
		} else if (!strncmp(arg, "-W", 2) && misspelled_rule(arg)) {
			continue;
		} else if (arg[0] == '-' && separate_option(argv, &i, sargv, &sargc)) {
			continue;
		} else if (!writes_output(arg)) {
			sargv[sargc++] = sparse_value(arg);
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
	atexit(sparse_gave_up);
	in_sparse_initialize = true;
	capture_start(NULL);
	sparse_initialize(sargc, sargv, &files);
	in_sparse_initialize = false;
	/* what sparse says of the -include files is not about one file */
	out = capture_end();
	if (show_sparse_diagnostics)
		fputs(out.text, stderr);
	else if (out.nr_errors)
		fprintf(stderr, "%s: note: %d sparse error%s in the files the command line includes, the first here (--sparse-warnings shows them)\n",
			out.first, out.nr_errors, out.nr_errors == 1 ? "" : "s");
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
