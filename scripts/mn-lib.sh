# SPDX-License-Identifier: GPL-2.0-only
#
# Shared shell functions of the scripts: sourced, never run.  Finds the
# semantic patches, reads cocci/series, builds spatch command lines the same
# way for every job (tests, coccicheck, series, driver-patch, lint).

MN_NAME=${NAME:-mnmigrate}
MN_VERSION=${VERSION:-0.1}
# Set by the jobs that keep results (mn_candidate_files), never inherited.
MN_CANDIDATE_CACHE=

die() { echo "$MN_PROG: $*" >&2; exit 1; }
warn() { echo "$MN_PROG: $*" >&2; }

# The folder holding cocci/series: the source tree, or share/<name> when
# installed (scripts in PREFIX/bin, patches in PREFIX/share/<name>/cocci).
mn_find_root() {
	for d in "$MN_HERE/.." "$MN_HERE/../share/$MN_NAME"; do
		if [ -f "$d/cocci/series" ]; then
			MN_ROOT=$(cd "$d" && pwd)
			MN_COCCI=$MN_ROOT/cocci
			# Known once: the jobs ask for it in every step's loop.
			mn_cache_dir=
			mn_cache_dir=$(mn_cache 2>/dev/null) || mn_cache_dir=
			return 0
		fi
	done
	die "cannot find cocci/series next to $MN_HERE"
}

# A writable folder for generated files (the fixed spatch macro file).
mn_cache() {
	if [ -n "${mn_cache_dir:-}" ]; then
		echo "$mn_cache_dir"
		return 0
	fi
	if [ -n "${MN_BUILD:-}" ]; then
		c=$MN_BUILD
	elif [ -w "$MN_ROOT" ]; then
		c=$MN_ROOT/build
	else
		c=${XDG_CACHE_HOME:-$HOME/.cache}/$MN_NAME
	fi
	mkdir -p "$c" || die "cannot create $c"
	echo "$c"
}

# version_le A B: true when A <= B, comparing like sort -V (5.9 < 5.14).
version_le() {
	[ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | head -n 1)" = "$1" ]
}

valid_version() {
	case $1 in
	[0-9]*.[0-9]*) case $1 in *[!0-9.]*) return 1 ;; esac; return 0 ;;
	*) return 1 ;;
	esac
}

# series_steps [TO]: "version file" lines of cocci/series, in order, with
# version <= TO when TO is given.  The indented fact lines of a step are
# read by step_fact.
series_steps() {
	sed -e 's/#.*//' "$MN_COCCI/series" | awk -v to="${1:-}" '
		# le(a, b): a <= b, dotted numbers compared like sort -V.
		function le(a, b,   x, y, i, n, m) {
			n = split(a, x, "."); m = split(b, y, ".")
			for (i = 1; i <= n && i <= m; i++)
				if (x[i] + 0 != y[i] + 0) return x[i] + 0 < y[i] + 0
			return n <= m
		}
		/^[^ \t]/ && NF >= 2 && (to == "" || le($1, to)) { print $1, $2 }'
}

# newest_version: the version of the last step.
newest_version() {
	series_steps | awk '{ print $1 }' | sort -V | tail -n 1
}

# step_fact STEP NAME: the values of the fact NAME (defines, has, old) that
# cocci/series states for STEP (a name, file name or path), one a line;
# nothing when it states none.
step_fact() {
	sf_s=${1##*/}
	sed -e 's/#.*//' "$MN_COCCI/series" |
	awk -v s="${sf_s%.cocci}.cocci" -v k="$2=" '
		/^[^ \t]/ { cur = NF >= 2 && $2 == s; next }
		cur && NF == 1 && index($1, k) == 1 {
			n = split(substr($1, length(k) + 1), v, ",")
			for (i = 1; i <= n; i++)
				if (v[i] != "")
					print v[i]
		}'
}

# step_defines STEP: the files that define the API STEP changes (paths
# relative to the tree), one a line: the step never rewrites them.
step_defines() {
	step_fact "$1" defines
}

# step_file NAME: path of a step given as base name or file name.
step_file() {
	mn_step_names "$1" | head -n 1
}

# step_options FILE: the Options: line, read the way the kernel's
# coccicheck reads it (any line containing "Options:").
step_options() {
	sed -n '/Options:/{ s/^[^:]*:\([^:]*\).*/\1/p; q; }' "$1"
}

# spatch's builtin macro file with two definitions that hide real kernel
# code replaced (FNAME with a trailing comma, DEFINE_PER_CPU with an
# unparsable attribute).  Generated from the installed file, never copied
# into the repository.
spatch_builtins() {
	sb_cache=$(mn_cache)
	sb_out=$sb_cache/spatch-builtins.h
	sb_src=
	for f in /usr/lib/coccinelle/standard.h /usr/local/lib/coccinelle/standard.h \
		"$(dirname "$(command -v spatch)")/../lib/coccinelle/standard.h"; do
		[ -f "$f" ] && { sb_src=$f; break; }
	done
	[ -n "$sb_src" ] || return 0
	if [ ! -f "$sb_out" ] || [ "$sb_src" -nt "$sb_out" ]; then
		# A temporary name of its own: lanes and parallel tests may get here
		# at once ($$ is the same in every subshell).
		sb_tmp=$(mktemp "$sb_out.XXXXXX") || return 1
		sed -e 's/^#define FNAME(name) name,/#define FNAME(name) name/' \
		    -e '/^#define DEFINE_PER_CPU(type, name)/{
:a
/\\$/{N;ba}
s/.*/#define DEFINE_PER_CPU(type, name) __typeof__(type) name/
}' "$sb_src" >"$sb_tmp" && mv "$sb_tmp" "$sb_out"
	fi
	echo "$sb_out"
}

# spatch_macro_args: the macro-file options every spatch run gets.
spatch_macro_args() {
	b=$(spatch_builtins)
	[ -n "$b" ] && printf -- '--macro-file-builtins %s ' "$b"
	printf -- '--macro-file %s' "$MN_COCCI/kernel-macros.h"
}

# is_kernel_tree DIR: a top-level Makefile with VERSION = and PATCHLEVEL =.
is_kernel_tree() {
	mn_regular "$1/Makefile" >/dev/null &&
	grep -q -e '^VERSION *=' -- "$1/Makefile" &&
	grep -q -e '^PATCHLEVEL *=' -- "$1/Makefile"
}

require_kernel_tree() {
	[ -n "$1" ] || die "no kernel tree given (KDIR=<dir>)"
	[ -d "$1" ] || die "KDIR=$1: no such directory"
	is_kernel_tree "$1" || die "KDIR=$1 is not a kernel tree (no top-level Makefile with VERSION and PATCHLEVEL)"
}

# kernel_src DIR: the kernel source tree of DIR, a physical path: DIR
# itself when it is a kernel tree; for a kernel build folder, the tree it
# builds from: kbuild's `source` symlink of an O= folder, or the folder
# its Makefile includes (kbuild's generated `include <src>/Makefile`, and
# Debian's linux-headers-<v>-<flavour>, whose Makefile includes the
# -common folder's).  False when DIR is neither.  The Makefile is read,
# never run: only an include line naming a kernel tree counts.
kernel_src() {
	if is_kernel_tree "$1"; then
		(CDPATH= cd -- "$1" && pwd -P)
		return
	fi
	mn_regular "$1/Makefile" >/dev/null || return 1
	if [ -L "$1/source" ]; then
		ks=$(CDPATH= cd -- "$1/source" 2>/dev/null && pwd -P) &&
			is_kernel_tree "$ks" && { printf '%s\n' "$ks"; return 0; }
	fi
	ks=$(sed -n 's/^[ \t]*include[ \t]\{1,\}\([^ \t$()]*\)\/Makefile[ \t]*$/\1/p' -- "$1/Makefile" |
		head -n 1)
	[ -n "$ks" ] || return 1
	case $ks in /*) ;; *) ks=$1/$ks ;; esac
	ks=$(CDPATH= cd -- "$ks" 2>/dev/null && pwd -P) || return 1
	is_kernel_tree "$ks" || return 1
	printf '%s\n' "$ks"
}

# is_kernel_build DIR: a kernel tree, or a kernel build folder (an O=
# folder, /lib/modules/<version>/build) whose source tree kernel_src finds.
is_kernel_build() {
	kernel_src "$1" >/dev/null
}

# require_kernel_build WHAT DIR: DIR is a kernel tree or build folder, else
# a one-line error naming the variable WHAT.
require_kernel_build() {
	[ -n "$2" ] || die "no kernel tree given ($1=<dir>)"
	[ -d "$2" ] || die "$1=$2: no such directory"
	is_kernel_build "$2" ||
		die "$1=$2 is not a kernel tree or build (no top-level Makefile with VERSION and PATCHLEVEL, nor one that includes such a tree's)"
}

# is_configured DIR: the kernel build DIR has a configuration kbuild can
# build modules against (.config and include/generated/autoconf.h).
is_configured() {
	[ -f "$1/.config" ] && [ -f "$1/include/generated/autoconf.h" ]
}

# require_configured_build WHAT DIR: DIR is a kernel build that can build
# external modules (a tree or build folder, configured); prints its
# physical path, else a one-line error naming the variable WHAT.
require_configured_build() {
	require_kernel_build "$1" "$2"
	rc_d=$(CDPATH= cd -- "$2" && pwd -P) || die "$1=$2: cannot enter it"
	is_configured "$rc_d" ||
		die "$1=$2 is not a configured kernel build (no .config and include/generated/autoconf.h): give /lib/modules/<version>/build, or run make modules_prepare in it"
	printf '%s\n' "$rc_d"
}

# kernel_release DIR: the release of the kernel tree or build DIR (as
# `uname -r` prints it on that kernel): its include/generated/utsrelease.h,
# include/config/kernel.release, else VERSION.PATCHLEVEL.SUBLEVEL of its
# source tree's Makefile.  Empty when none says.
kernel_release() {
	kr=
	[ -f "$1/include/generated/utsrelease.h" ] &&
		kr=$(sed -n 's/^#define UTS_RELEASE "\([A-Za-z0-9._+~-]*\)".*/\1/p' \
			-- "$1/include/generated/utsrelease.h" | head -n 1)
	[ -z "$kr" ] && [ -f "$1/include/config/kernel.release" ] &&
		kr=$(head -n 1 -- "$1/include/config/kernel.release" | grep -E '^[A-Za-z0-9._+~-]+$')
	if [ -z "$kr" ] && kr_s=$(kernel_src "$1"); then
		kr=$(awk -F '=' '
			{ gsub(/[ \t]/, "", $1); gsub(/[ \t]/, "", $2) }
			$1 == "VERSION" && v == "" { v = $2 }
			$1 == "PATCHLEVEL" && p == "" { p = $2 }
			$1 == "SUBLEVEL" && s == "" { s = $2 }
			END { if (v ~ /^[0-9]+$/ && p ~ /^[0-9]+$/) print v "." p (s ~ /^[0-9]+$/ ? "." s : "") }' \
			"$kr_s/Makefile")
	fi
	printf '%s\n' "$kr"
}

# kernel_version DIR: the MAJOR.MINOR of kernel_release DIR, or nothing.
kernel_version() {
	kernel_release "$1" | sed -n 's/^\([0-9]\{1,\}\.[0-9]\{1,\}\).*/\1/p'
}

# range_struct_has HEADER FIELD: struct mmu_notifier_range declares FIELD.
range_struct_has() {
	struct_has "$1" mmu_notifier_range "$2"
}

# struct_has HEADER STRUCT FIELD: struct STRUCT's definition in HEADER
# declares FIELD.
struct_has() {
	awk -v s="$2" -v f="$3" '
		$0 ~ "struct " s " *\\{" { inside = 1; next }
		inside && /^\};/ { inside = 0 }
		inside && $0 ~ "[*[:space:]]" f ";" { found = 1 }
		END { exit !found }' "$1"
}

# tree_has KDIR TEST: a test of a step's has= fact (cocci/series) holds on
# the tree: FILE:WORD, FILE:STRUCT.MEMBER, or !TEST.
tree_has() {
	th_t=$2 th_no=
	case $th_t in '!'*) th_no=1 th_t=${th_t#!} ;; esac
	th_f=${th_t%%:*} th_w=${th_t#*:}
	th_yes=
	# Each file is checked once per tree (mn_read_header).
	[ "${th_dir:-}" = "$1" ] || th_dir=$1 th_read=" "
	case $th_read in
	*" $th_f "*) th_r=1 ;;
	*" !$th_f "*) th_r= ;;
	*)
		if mn_read_header "$1" "$th_f"; then th_r=1; else th_r=; fi
		th_read="$th_read${th_r:-!}$th_f " ;;
	esac
	if [ -n "$th_r" ]; then
		case $th_w in
		*.*) struct_has "$1/$th_f" "${th_w%%.*}" "${th_w#*.}" && th_yes=1 ;;
		*) grep -q -w -e "$th_w" -- "$1/$th_f" 2>/dev/null && th_yes=1 ;;
		esac
	fi
	[ "$th_yes" != "$th_no" ]
}

# tree_api_version KDIR: the newest API step the tree's own core headers
# declare: the last step of cocci/series (in version order) whose has=
# tests all hold; 4.19 when none does.  Callers are converted up to what
# the core provides.
tree_api_version() {
	# A FIFO or a device there would hang the greps of tree_has.
	mn_read_header "$1" include/linux/mmu_notifier.h ||
		die "$1 has no include/linux/mmu_notifier.h: give TO=<version>"
	tv_v=4.19
	# "version/test,test..." per step, read in one pass.
	for tv_s in $(sed -e 's/#.*//' "$MN_COCCI/series" | awk '
		/^[^ \t]/ { v = NF >= 2 ? $1 : ""; next }
		v != "" && NF == 1 && index($1, "has=") == 1 { print v "/" substr($1, 5) }' | uniq); do
		tv_all=1
		tv_tests=${tv_s#*/}
		while [ -n "$tv_tests" ]; do
			tree_has "$1" "${tv_tests%%,*}" || { tv_all=; break; }
			case $tv_tests in *,*) tv_tests=${tv_tests#*,} ;; *) tv_tests= ;; esac
		done
		[ -n "$tv_all" ] && tv_v=${tv_s%%/*}
	done
	echo "$tv_v"
}

# api_tree DIR: the folder whose headers declare DIR's API: the source
# tree of a kernel build folder (an O= folder, Debian's
# linux-headers-<v>-<flavour>), else DIR itself.
api_tree() {
	kernel_src "$1" 2>/dev/null || printf '%s\n' "$1"
}

# resolve_to TO KDIR: an explicit version, or the tree's for "auto"/empty
# (KDIR may be a kernel build folder).
resolve_to() {
	case ${1:-auto} in
	auto)
		[ -n "${2:-}" ] || die "TO=auto needs a kernel tree (KDIR=) to read the API from; or give TO=<version>"
		tree_api_version "$(api_tree "$2")" ;;
	*)
		valid_version "$1" || die "TO=$1 is not a version like 5.9 or 6.1"
		echo "$1" ;;
	esac
}

# grep_query FILE MODE: spatch's grep query for the step FILE in MODE (the
# token formula it tests a file with before parsing it), or nothing; false,
# with spatch's message on stderr, when spatch cannot parse the step.
grep_query() {
	gq_out=$(spatch --parse-cocci "$1" -D "$2" 2>&1) || {
		echo "$gq_out" | grep -v '^ *$' | tail -n 2 >&2
		return 1
	}
	echo "$gq_out" | sed -n '/^Grep query/,/^$/p' | sed 1d | grep .
	return 0
}

# step_tokens FILE: the identifiers spatch's own prefilter looks for in a
# step (its "Grep query"), one per line; a file mentioning none of them
# cannot match.  Cached per step file.
step_tokens() {
	st_f=$(step_tokens_file "$1") || return 1
	cat "$st_f"
}

# step_tokens_file FILE: the path of step_tokens' cached list, made
# again when the step is newer.
step_tokens_file() {
	cache=${mn_cache_dir:-$(mn_cache)}/tokens
	[ -d "$cache" ] || mkdir -p "$cache"
	t=${1##*/}; t=$cache/${t%.cocci}.tokens
	if [ ! -f "$t" ] || [ "$1" -nt "$t" ]; then
		tmp=$(mktemp "$t.XXXXXX") || return 1
		for m in patch report; do
			grep_query "$1" "$m" 2>/dev/null
		done | tr -c 'A-Za-z0-9_\n' ' ' | tr ' ' '\n' |
		grep -E '^[A-Za-z_][A-Za-z0-9_]*$' | sort -u >"$tmp" &&
		mv "$tmp" "$t"
	fi
	echo "$t"
}

# step_header FILE: the /// lines of a step, without the markers; the first
# line is the commit subject, the rest its body.
step_header() {
	sed -n 's|^///\( \{0,1\}\)||p' "$1"
}

# The files that define an API some step changes: the union of the steps'
# defines= facts in cocci/series (mk/step-facts.sh checks this copy against
# them); never linted.  A step leaves only its own step_defines alone.
API_FILES='include/linux/mmu_notifier.h mm/mmu_notifier.c include/linux/migrate.h mm/migrate.c mm/migrate_device.c arch/x86/mm/tlb.c arch/x86/include/asm/tlbflush.h arch/arm64/include/asm/tlbflush.h arch/powerpc/mm/book3s64/radix_tlb.c arch/powerpc/mm/book3s64/radix_hugetlbpage.c'

spatch_version() {
	spatch --version 2>/dev/null | sed -n 's/^spatch version \([^ ]*\).*/\1/p'
}


# spatch_ok STATUS ERRFILE: spatch succeeded.  It exits 0 even when a file
# raised an exception ("EXN: ... in FILE" on stderr), so read that too.
spatch_ok() {
	[ "$1" -eq 0 ] && ! grep -q '^EXN:' "$2"
}

# spatch_failure ERRFILE: one line naming the file spatch failed on, or its
# last error line.
spatch_failure() {
	sed -n 's/^EXN:.* in \(.*\)$/\1/p' "$1" | sed 's|^\./||' | head -n 1 | grep . ||
		grep -v '^ *$' "$1" | tail -n 1
}

# kill_tree PID: PID and every process below it.  spatch -j forks workers
# that a signal to spatch alone leaves running.
kill_tree() {
	kill -STOP "$1" 2>/dev/null
	for kt_c in $(ps -o pid= --ppid "$1" 2>/dev/null); do
		kill_tree "$kt_c"
	done
	kill "$1" 2>/dev/null
	kill -CONT "$1" 2>/dev/null
}


# prefilter DIR WHERE OUT STEP...: the candidate files of every STEP under
# DIR/WHERE, found in one pass over the tree for all of them: one git grep
# (a walk outside git) of the union of the steps' tokens, then, on the few
# files that mention one, which tokens each holds.  Writes OUT/all (the
# union) and OUT/<step>.files, paths relative to DIR, one a line, sorted,
# without the files that define the step's API (step_defines); the files
# it may not read are named in OUT/skipped (mn_accept).  spatch applies
# each step's own token test again before it parses a file, so a candidate
# it cannot match costs a read, not a parse.
prefilter() {
	pf_dir=$1 pf_where=$2 pf_out=$3
	shift 3
	: >"$pf_out/step-tokens"
	: >>"$pf_out/skipped"
	: >"$pf_out/token-files"
	for pf_s in "$@"; do
		pf_n=${pf_s##*/}; pf_n=${pf_n%.cocci}
		pf_t=$(step_tokens_file "$pf_s") || return 1
		echo "$pf_n" >>"$pf_out/token-files"
		: >"$pf_out/$pf_n.files"
	done
	# "step token" lines.  A step without a token (spatch has no grep
	# query for it) may match any file: "*" stands for every file.
	# The lists are all in one folder, named after the steps; the folder
	# goes through the environment, which awk takes as it is.
	[ $# -eq 0 ] ||
	PF_TOKENS=${pf_t%/*} awk '{
		f = ENVIRON["PF_TOKENS"] "/" $0 ".tokens"; n = 0
		while ((getline t < f) > 0)
			if (t != "") { print $0, t; n++ }
		close(f)
		if (n == 0) print $0, "*"
	}' "$pf_out/token-files" >"$pf_out/step-tokens"
	# The files that define the API a step changes are not its to
	# rewrite (callers of that API elsewhere in mm/ are): "step<TAB>file"
	# for every step, from the defines= facts, as step_defines reads them.
	sed -e 's/#.*//' "$MN_COCCI/series" | awk '
		/^[^ \t]/ { s = NF >= 2 ? $2 : ""; sub(/\.cocci$/, "", s); next }
		s != "" && NF == 1 && index($1, "defines=") == 1 {
			n = split(substr($1, 9), v, ",")
			for (i = 1; i <= n; i++)
				if (v[i] != "")
					print s "\t" v[i]
		}' >"$pf_out/defines"
	awk '$2 != "*" { print $2 }' "$pf_out/step-tokens" | sort -u >"$pf_out/tokens"
	pf_t="$pf_out/tokens"
	grep -q ' \*$' "$pf_out/step-tokens" && pf_t=-
	mn_candidate_files "$pf_dir" "$pf_where" "$pf_t" | mn_accept "$pf_dir" "$pf_out/skipped" |
		LC_ALL=C sort >"$pf_out/all"
	# Which tokens each file holds: "file<TAB>token" ("*" for every file
	# when a step takes any file).
	{
		[ -s "$pf_out/tokens" ] &&
			(CDPATH= cd -- "$pf_dir" && LC_ALL=C xargs -r -d '\n' \
				grep -o -H -Z -a -w -F -f "$pf_out/tokens" --) <"$pf_out/all" 2>/dev/null |
			tr '\0' '\t'
		grep -q ' \*$' "$pf_out/step-tokens" && sed 's/$/	*/' "$pf_out/all"
	} | LC_ALL=C sort -u |
	awk -v out="$pf_out" -v defs="$pf_out/defines" '
		BEGIN {
			while ((getline l < defs) > 0) {
				i = index(l, "\t")
				def[substr(l, 1, i - 1), substr(l, i + 1)]
			}
		}
		FILENAME == ARGV[1] { users[$2] = users[$2] " " $1; next }
		{
			i = index($0, "\t")
			f = substr($0, 1, i - 1); t = substr($0, i + 1)
			n = split(users[t], s, " ")
			for (j = 1; j <= n; j++)
				if (!((s[j], f) in seen) && !((s[j], f) in def)) {
					seen[s[j], f]
					print f >>(out "/" s[j] ".files")
				}
		}' "$pf_out/step-tokens" -
	for pf_s in "$@"; do
		pf_n=${pf_s##*/}; pf_n=${pf_n%.cocci}
		LC_ALL=C sort -o "$pf_out/$pf_n.files" "$pf_out/$pf_n.files" || return 1
	done
}

# mn_ocaml_bin: a folder of the job's TMPDIR holding ocamlopt.opt, a link to
# ocamlopt-cache, for spatch's PATH: the compiled script rules of a step
# are kept between runs (see scripts/ocamlopt-cache).  Empty if it cannot
# be made; MN_NO_OCAML_CACHE=1 turns it off.
mn_ocaml_bin() {
	[ -z "${MN_NO_OCAML_CACHE:-}" ] || return 1
	ob=${TMPDIR:-/tmp}/mn-ocaml-bin
	case $ob in *:*) return 1 ;; esac	# it goes into PATH
	if [ ! -x "$ob/ocamlopt.opt" ]; then
		mkdir -p "$ob" 2>/dev/null || return 1
		ln -s "$MN_HERE/ocamlopt-cache" "$ob/ocamlopt.opt" 2>/dev/null ||
			[ -x "$ob/ocamlopt.opt" ] || return 1
	fi
	echo "$ob"
}

# mn_spatch_path: sets MN_SPATCH_PATH, the PATH spatch runs with: the
# mn_ocaml_bin folder first when there is one, with the cache's settings
# exported.  Once per shell.
mn_spatch_path() {
	[ -z "${MN_SPATCH_PATH:-}" ] || return 0
	MN_SPATCH_PATH=$PATH
	if sp_bin=$(mn_ocaml_bin); then
		MN_SPATCH_PATH=$sp_bin:$PATH
		: "${MN_OCAML_CACHE:=$(mn_cache)/ocaml}" "${MN_SPATCH_VERSION:=$(spatch_version)}"
		: "${MN_OCAMLOPT_VERSION:=$(ocamlopt.opt -version 2>/dev/null)}"
		export MN_OCAML_CACHE MN_SPATCH_VERSION MN_OCAMLOPT_VERSION
	fi
}
MN_SPATCH_PATH=

# spatch_on DIR COCCI MODE LIST ERR [spatch options...]: run the step COCCI
# in MODE from DIR on the files of LIST (paths relative to DIR), each file
# its own group, $MN_JOBS jobs; its output on stdout, its errors in ERR.
# spatch runs in the background, so that a signal is handled at once:
# $mn_child names it meanwhile, for kill_tree.  True when spatch succeeded.
spatch_on() {
	so_dir=$1 so_c=$2 so_m=$3 so_list=$4 so_err=$5
	shift 5
	awk 'NR > 1 { print "" } { print }' "$so_list" >"$so_list.groups"
	so_par=
	[ "${MN_JOBS:-1}" -gt 1 ] && so_par="-j $MN_JOBS --chunksize 1"
	mn_spatch_path
	# --no-scanner: spatch would otherwise run a git grep over the whole
	# tree for every group.  --temp-files: its output files go to our
	# TMPDIR (by default they go to /tmp whatever TMPDIR says).
	# shellcheck disable=SC2046,SC2086
	(cd "$so_dir" && PATH=$MN_SPATCH_PATH && exec spatch --sp-file "$so_c" -D "$so_m" --very-quiet \
		"$@" $(step_options "$so_c") $(spatch_macro_args) $so_par \
		${TMPDIR:+--temp-files "$TMPDIR/"} \
		--no-scanner --file-groups "$so_list.groups") 2>"$so_err" &
	mn_child=$!
	wait "$mn_child"
	so_st=$?
	mn_child=
	spatch_ok "$so_st" "$so_err"
}

# mn_group_facts DIR COCCI LIST OUT [kernel]: the facts of the pairs a step splits
# across functions (range_callers: a helper that starts a range and
# returns with it open, its wrappers, the caller that ends it), for a
# step that declares "virtual collect"; status 1 for any other step, at no
# cost, and when spatch fails (named on stderr; the step then runs as in
# one pass), 2 when a file cannot be written.  A collect run over the files of LIST (paths relative to DIR),
# then over the other .c and .h files of DIR that name a function those
# groups may reach (the helpers and the functions with no old call that
# call them), until no new file comes: four rounds at most, then the
# facts say "incomplete" and the step converts no group.  Writes OUT
# (for MN_RANGE_GROUPS: the scanned files, then the facts) and OUT.files
# (LIST and the files added, for the run that converts: with -D groups).
# "kernel": DIR is a whole kernel tree, where the callers of an exported
# function are all seen (a driver's exports may have callers elsewhere).
mn_group_facts() {
	gf_dir=$1 gf_c=$2 gf_list=$3 gf_out=$4 gf_tree=${5:-}
	grep -q '^virtual collect$' "$gf_c" || return 1
	LC_ALL=C sort -u "$gf_list" >"$gf_out.files"
	cp "$gf_out.files" "$gf_out.new" || return 2
	: >"$gf_out.facts"
	gf_i=0
	while [ -s "$gf_out.new" ]; do
		if [ $gf_i -eq 4 ]; then
			echo incomplete >>"$gf_out.facts"
			break
		fi
		gf_i=$((gf_i + 1))
		# spatch 1.1.1 can fail on a large real file here (mm/hugetlb.c of
		# 6.1: a stack overflow): then the step runs as it does in one
		# pass (the kernel's coccicheck), where a range split across files
		# is reported, never converted, and the run says so.
		if ! spatch_on "$gf_dir" "$gf_c" collect "$gf_out.new" "$gf_out.err" >>"$gf_out.facts"; then
			warn "$(basename "$gf_c" .cocci): the collect pass for ranges split across functions failed ($(spatch_failure "$gf_out.err" | tr -d '\n')); such ranges are reported, not converted"
			return 1
		fi
		# The names a group may hold: the helpers, and the functions
		# without an old call that call one, transitively.
		awk -F '\t' '
			$1 == "def" { kind[$2] = kind[$2] " " $6 }
			$1 == "call" { callers[$2] = callers[$2] " " $3 }
			END {
				for (n in kind)
					if (kind[n] ~ / (open|close)/) { want[n]; q[++t] = n }
				for (h = 1; h <= t; h++) {
					m = split(callers[q[h]], c, " ")
					for (i = 1; i <= m; i++)
						if (!(c[i] in want) && kind[c[i]] ~ / plain/) { want[c[i]]; q[++t] = c[i] }
				}
				for (n in want) print n
			}' "$gf_out.facts" >"$gf_out.names"
		: >"$gf_out.new"
		[ -s "$gf_out.names" ] || break
		mn_token_files "$gf_dir" . "$gf_out.names" | tr '\0' '\n' |
			sed 's|^\./||' | LC_ALL=C grep -E '\.[ch]$' | LC_ALL=C sort -u |
			LC_ALL=C comm -23 - "$gf_out.files" >"$gf_out.new"
		LC_ALL=C sort -u -o "$gf_out.files" "$gf_out.files" "$gf_out.new"
	done
	{
		sed 's/^/file	/' "$gf_out.files"
		[ "$gf_tree" = kernel ] && printf 'tree\tkernel\n'
		cat "$gf_out.facts"
	} >"$gf_out.tmp" &&
		mv "$gf_out.tmp" "$gf_out"
}


# Report and org modes: steps that share their spatch options can run as
# one semantic patch, combined from their files by combine-steps.awk, in
# one spatch run with all the jobs: the start-up (SmPL parsing, the OCaml
# compile of the script rules) is paid once, not once per step, and a file
# several steps match is parsed once.  Each output line ends with its
# step's tag ([step] in report mode, (step)]] in org mode): it goes back to
# that step when it names one of the step's own candidate files, so the
# output is the one each step gives on its own.  Off by default: on
# Debian's 6.1 tree it saved no time (each step's rules then match the
# union of the candidates, 47 files, not its own; see README, "Speed on a
# whole tree"); MN_COMBINE=1 turns it on (kernel-test compares both ways).

# mn_combined_step LIST: the combined semantic patch of the step files
# listed in LIST (with their Options: line), generated once per set of
# step files and kept in the cache folder (keyed on the tool's own files).
mn_combined_step() {
	cs_key=$({ cat "$MN_HERE/combine-steps.awk"; xargs -r -d '\n' cat -- <"$1"; } |
		sha1sum | cut -c1-40)
	cs_dir=$(mn_cache)/combined
	cs_out=$cs_dir/$cs_key.cocci
	if [ ! -f "$cs_out" ]; then
		mkdir -p "$cs_dir" && cs_tmp=$(mktemp "$cs_out.XXXXXX") || return 1
		{
			echo "// Options: $(step_options "$(head -n 1 "$1")")"
			xargs -r -d '\n' awk -f "$MN_HERE/combine-steps.awk" -- <"$1"
		} >"$cs_tmp" && mv "$cs_tmp" "$cs_out" || { rm -f "$cs_tmp"; return 1; }
	fi
	echo "$cs_out"
}

# mn_combined VIEW MODE DIR STEP-FILE...: run the steps (report or org
# mode) on the files of the view VIEW, each on the list DIR/<step>.list
# (the view's names), grouped by their Options: line; a group of two or
# more runs combined, with $MN_JOBS jobs, and its output is split into
# DIR/<step>.view.  Prints the names of the steps it ran; the others (a
# step alone with its options, a group whose run failed or printed a line
# without a known tag) are the caller's to run one by one, which names a
# step that fails.
mn_combined() {
	mc_view=$1 mc_mode=$2 mc_dir=$3
	shift 3
	[ "${MN_COMBINE:-}" = 1 ] || return 0
	case $mc_mode in report|org) ;; *) return 0 ;; esac
	for mc_s; do
		printf '%s\t%s\n' "$(step_options "$mc_s" | tr -s ' \t' ' ' | sed 's/^ //; s/ $//')" "$mc_s"
	done >"$mc_dir/combine.steps"
	cut -f 1 "$mc_dir/combine.steps" | sort | uniq -d >"$mc_dir/combine.groups"
	mc_g=0
	while IFS= read -r mc_o; do
		mc_g=$((mc_g + 1))
		awk -F '\t' -v o="$mc_o" '$1 == o { print $2 }' "$mc_dir/combine.steps" >"$mc_dir/group.$mc_g"
		mn_combined_group "$mc_view" "$mc_mode" "$mc_dir" "$mc_dir/group.$mc_g" </dev/null || true
	done <"$mc_dir/combine.groups"
}

mn_combined_group() {	# VIEW MODE DIR GROUP
	cg_cocci=$(mn_combined_step "$4") || return 1
	: >"$4.cands"
	while IFS= read -r cg_s; do
		cg_n=${cg_s##*/}; cg_n=${cg_n%.cocci}
		sed "s|^|$cg_n	|" "$3/$cg_n.list" >>"$4.cands"
	done <"$4"
	cut -f 2- "$4.cands" | LC_ALL=C sort -u >"$4.list"
	[ -s "$4.list" ] || return 1
	spatch_on "$1" "$cg_cocci" "$2" "$4.list" "$4.err" \
		--no-show-diff --cache-prefix "$4.ast" >"$4.view" || return 1
	# A line whose tag names no step of the group is unexpected: the
	# group goes back to the caller.  A line on a file that is none of the
	# candidates of its step is dropped: the step on its own would not
	# have run on that file.
	awk -v mode="$2" -v dir="$3" '
		FILENAME == ARGV[1] {
			i = index($0, "\t")
			cand[substr($0, 1, i - 1), substr($0, i + 1)] = 1
			steps[substr($0, 1, i - 1)] = 1
			next
		}
		{
			if (mode == "report" && match($0, /\[[a-z0-9_]+\]$/))
				s = substr($0, RSTART + 1, RLENGTH - 2)
			else if (mode == "org" && match($0, /\([a-z0-9_]+\)\]\]$/))
				s = substr($0, RSTART + 1, RLENGTH - 4)
			else
				s = ""
			if (!(s in steps)) { bad = 1; exit 1 }
			f = $0
			if (mode == "org") sub(/^\* TODO \[\[view:/, "", f)
			# The file is the longest prefix before a ":" that is a
			# candidate of the step (a name may hold a colon).
			for (i = length(f); i > 1; i--)
				if (substr(f, i, 1) == ":" && ((s, substr(f, 1, i - 1)) in cand)) {
					out[s] = out[s] $0 "\n"
					break
				}
		}
		END {
			if (bad) exit 1
			for (s in steps) { printf "%s", out[s] > (dir "/" s ".view"); close(dir "/" s ".view") }
		}' "$4.cands" "$4.view" || return 1
	while IFS= read -r cg_s; do
		cg_n=${cg_s##*/}
		echo "${cg_n%.cocci}"
	done <"$4"
}

# seconds CMD...: run CMD, its output discarded; print its wall time.
seconds() {
	sc_0=$(date +%s.%N)
	"$@" >/dev/null 2>&1
	sc_1=$(date +%s.%N)
	echo "$sc_0 $sc_1" | awk '{ printf "%.3f\n", $2 - $1 }'
}

# median3 CMD...: the median wall time of three runs of CMD.
median3() {
	{ seconds "$@"; seconds "$@"; seconds "$@"; } | sort -n | sed -n 2p
}

# --- Arguments ---------------------------------------------------------------

# Exit status of a job whose result a human must finish: files it had to
# skip, sites it left (0 is "all done", 1 an error, 130 an interrupt).
MN_EXIT_HUMAN=3

# q WORD: WORD single-quoted, for eval and for generated scripts.
q() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

# mn_args SPEC ARGS...: the one option parser of the scripts.  SPEC lists
# the long options a script takes: "name=" takes a value (--name=VALUE),
# "name" is a flag (--name).  A value lands in opt_<name> (dashes become
# underscores), a flag sets it to 1; -h/--help runs the script's usage.  A
# word that starts with "-" and is not in SPEC goes to the script's
# mn_extra_opt WORD NEXT when it has one (status 0: took WORD, 10: took
# NEXT too, else unknown).  Every other word, and every word after "--", is
# positional: mn_pos holds them quoted for eval, mn_npos counts them,
# mn_arg1 is the first.  mn_given lists the long options given (an empty
# --kdir= is not a missing one).  Values are never evaluated.
mn_args() {
	ma_spec=" $1 "
	shift
	for ma_n in $ma_spec; do
		ma_n=${ma_n%=}
		eval "opt_$(echo "$ma_n" | tr - _)="
	done
	mn_pos= mn_npos=0 mn_arg1= ma_end= mn_given=
	while [ $# -gt 0 ]; do
		if [ -z "$ma_end" ]; then
			case $1 in
			--) ma_end=1; shift; continue ;;
			--help|-h) usage; exit 0 ;;
			--*=*)
				ma_n=${1%%=*}
				ma_n=${ma_n#--}
				case $ma_spec in
				*" $ma_n= "*) ;;
				*) die "unknown option '--$ma_n=' (see --help)" ;;
				esac
				eval "opt_$(echo "$ma_n" | tr - _)=\${1#*=}"
				mn_given="$mn_given $ma_n"
				shift
				continue ;;
			--?*)
				ma_n=${1#--}
				case $ma_spec in
				*" $ma_n "*) eval "opt_$(echo "$ma_n" | tr - _)=1"; mn_given="$mn_given $ma_n" ;;
				*" $ma_n= "*) die "--$ma_n needs a value: --$ma_n=VALUE" ;;
				*) die "unknown option '$1' (see --help)" ;;
				esac
				shift
				continue ;;
			-?*)
				if command -v mn_extra_opt >/dev/null 2>&1; then
					ma_st=0
					mn_extra_opt "$1" "${2-}" || ma_st=$?
					case $ma_st in
					0) shift; continue ;;
					10) [ $# -ge 2 ] || die "$1 needs an argument"
					    shift 2; continue ;;
					esac
				fi
				die "unknown option '$1' (see --help)" ;;
			esac
		fi
		[ $mn_npos -gt 0 ] || mn_arg1=$1
		mn_pos="$mn_pos $(q "$1")"
		mn_npos=$((mn_npos + 1))
		shift
	done
}

# mn_one_arg WHAT OPTVALUE: the value of --WHAT= or the one positional
# argument (not both, not more than one).
mn_one_arg() {
	[ "$mn_npos" -le 1 ] || die "one $1 only (see --help)"
	if [ -n "$2" ] && [ "$mn_npos" -eq 1 ] && [ "$2" != "$mn_arg1" ]; then
		die "$1 given twice: '$2' and '$mn_arg1'"
	fi
	if [ -n "$2" ]; then printf '%s\n' "$2"; else printf '%s\n' "$mn_arg1"; fi
}

# mn_jobs VALUE: the number of spatch jobs (default: the cores).
mn_jobs() {
	mj=${1:-$(nproc 2>/dev/null || echo 2)}
	case $mj in ''|*[!0-9]*|0) die "J=$1 is not a positive number" ;; esac
	echo "$mj"
}

# --- Paths -------------------------------------------------------------------

# mn_abs_dir WHAT DIR: DIR as an absolute physical path, or a one-line
# error naming WHAT (the make variable).  Used as x=$(mn_abs_dir ...) ||
# exit.
mn_abs_dir() {
	[ -n "$2" ] || die "no $1 given ($1=<dir>)"
	[ -d "$2" ] || die "$1=$2: no such directory"
	(CDPATH= cd -- "$2" 2>/dev/null && pwd -P) || die "$1=$2: cannot enter it"
}

# mn_inside ROOT PATH: the absolute PATH is ROOT or below it.
mn_inside() {
	case $2/ in "$1"/*) return 0 ;; esac
	return 1
}

# mn_subdir KDIR M: the folder M= names, as the kernel's M= is read: a
# relative M is a folder of KDIR (refused when it leads out of KDIR, by
# ".." or a symlink), an absolute M is an external module.  Prints the
# physical path.
mn_subdir() {
	case $2 in
	/*) ms=$2 ;;
	*) ms=$1/$2 ;;
	esac
	[ -d "$ms" ] || die "M=$2: no such folder"
	ms=$(CDPATH= cd -- "$ms" 2>/dev/null && pwd -P) || die "M=$2: cannot enter it"
	case $2 in
	/*) ;;
	*) mn_inside "$1" "$ms" || die "M=$2 leads outside KDIR=$1 (an external module takes an absolute M=)" ;;
	esac
	printf '%s\n' "$ms"
}

# mn_step_names LIST: the steps named in the comma-separated LIST, as
# .cocci paths; each must be a step of cocci/series (a name, never a path).
mn_step_names() {
	for msn in $(printf '%s' "$1" | tr ',' ' '); do
		msn=${msn%.cocci}
		series_steps | awk -v s="$msn.cocci" '$2 == s { f = 1 } END { exit !f }' ||
			die "no step '$msn' in cocci/series (STEP= takes step names: $(series_steps |
				awk '{ sub(/\.cocci$/, "", $2); printf "%s%s", n++ ? "," : "", $2 }'))"
		printf '%s\n' "$MN_COCCI/$msn.cocci"
	done
}

# mn_regular FILE: FILE can be read without hanging or exhausting memory:
# a regular file (not a FIFO or a device, also behind a symlink) no larger
# than the size limit.  Otherwise one line saying why, and false.
mn_regular() {
	if [ ! -f "$1" ]; then
		echo "not a regular file"
		return 1
	fi
	mr_sz=$(stat -L -c %s -- "$1" 2>/dev/null) || { echo "cannot be read"; return 1; }
	if [ "$mr_sz" -gt "$(mn_max_size)" ]; then
		echo "larger than $(mn_max_size) bytes (MAXSIZE=)"
		return 1
	fi
}

# mn_max_size: the largest file the jobs read, in bytes: MN_MAX_SIZE, else
# 16 MiB (the largest .c or .h of Debian's 6.1 tree is below 2 MiB; a 60 MB
# file takes spatch to 12 GB before it fails).
mn_max_size() {
	case ${MN_MAX_SIZE:-} in
	'') echo 16777216 ;;
	*[!0-9]*) die "MAXSIZE=$MN_MAX_SIZE is not a number of bytes" ;;
	*) echo "$MN_MAX_SIZE" ;;
	esac
}

# mn_read_header KDIR REL: the tree's file REL can be read (mn_regular, and
# a symlink stays inside KDIR); else a one-line error.
mn_read_header() {
	[ -e "$1/$2" ] || [ -L "$1/$2" ] || return 1
	mh_why=$(mn_regular "$1/$2") || die "$1/$2: $mh_why: refused"
	if [ -L "$1/$2" ]; then
		mh_r=$(readlink -f -- "$1/$2")
		mn_inside "$1" "$mh_r" || die "$1/$2 is a symlink leading out of the tree: refused"
	fi
}

# --- Git ---------------------------------------------------------------------

# mn_git DIR ARGS...: git in DIR with no program of the tree's own
# configuration run on our behalf (a tree may come with its .git).
mn_git() {
	mg_d=$1
	shift
	git --no-pager -c core.fsmonitor=false -c core.hooksPath=/dev/null -C "$mg_d" "$@"
}

# mn_is_git_top DIR: DIR is the top of its own git work tree.  Only then do
# git commands see its files: a folder inside another repository (a tarball
# unpacked in a vendor tree) or without one is walked as plain files.
mn_is_git_top() {
	mt_t=$(mn_git "$1" rev-parse --show-toplevel 2>/dev/null) || return 1
	[ -n "$mt_t" ] &&
	[ "$(CDPATH= cd -- "$mt_t" 2>/dev/null && pwd -P)" = "$(CDPATH= cd -- "$1" && pwd -P)" ]
}

# mn_lock KDIR: refuse a second run on the git tree KDIR while this one
# lasts (a lock folder in its git dir, removed by mn_unlock; the lock of a
# run that died is taken over).
mn_lock() {
	ml_g=$(mn_git "$1" rev-parse --absolute-git-dir 2>/dev/null) || die "cannot find the git folder of $1"
	mn_lockdir=$ml_g/$MN_NAME.lock
	if ! mkdir -- "$mn_lockdir" 2>/dev/null; then
		ml_pid=$(cat -- "$mn_lockdir/pid" 2>/dev/null)
		if [ -n "$ml_pid" ] && kill -0 "$ml_pid" 2>/dev/null; then
			mn_lockdir=
			die "KDIR=$1 is in use by another $MN_NAME run (pid $ml_pid); wait for it to end"
		fi
		# A run that died: its pid is gone (or it never wrote one).
		rm -rf -- "$mn_lockdir"
		mkdir -- "$mn_lockdir" 2>/dev/null || { mn_lockdir=; die "KDIR=$1 is in use by another $MN_NAME run"; }
	fi
	echo $$ >"$mn_lockdir/pid"
}

mn_unlock() {
	[ -n "${mn_lockdir:-}" ] && rm -rf -- "$mn_lockdir"
	mn_lockdir=
}

# --- A private temporary folder ------------------------------------------------

# mn_workdir TAG: a fresh work folder, which also becomes TMPDIR for every
# program the job runs (spatch's compiled script rules, its output files),
# so that removing it removes everything; its path holds no character a
# shell would read.
mn_workdir() {
	mw_t=${TMPDIR:-/tmp}
	case $mw_t in *[!A-Za-z0-9_./+-]*) mw_t=/tmp ;; esac
	mw_d=$(mktemp -d "$mw_t/$MN_NAME-$1.XXXXXX") || die "cannot create a temporary folder in $mw_t"
	mkdir -p "$mw_d/tmp" || die "cannot create $mw_d/tmp"
	printf '%s\n' "$mw_d"
}

# --- Finding the files -----------------------------------------------------------

# mn_token_files DIR WHERE TOKENS: the .c and .h files under DIR/WHERE
# (relative, "." for all) that mention one of the words of the file TOKENS
# ("-" for every file), NUL-separated, relative to DIR.  In the top of a git
# work tree, git grep (with the untracked, not ignored files when
# MN_UNTRACKED=1); elsewhere a walk of the files.  Entries that are not
# regular files (FIFOs, devices, symlinks) are listed too, unread, so that
# they are refused by name.  The one pass over a tree the front end makes,
# and the floor make bench times.
mn_token_files() {
	(
	CDPATH= cd -- "$1" || exit 1
	export LC_ALL=C
	if mn_is_git_top .; then
		set -- "$2" "$3"
		mf_ps=
		[ "$1" = . ] || mf_ps=":(literal)$1"
		if [ "$2" = - ]; then
			mn_git . ls-files -z --cached ${MN_UNTRACKED:+--others --exclude-standard} \
				-- ${mf_ps:+"$mf_ps"}
		else
			mn_git . grep -z -l -a -w -F -f "$2" -- ${mf_ps:+"$mf_ps"}
			[ -z "${MN_UNTRACKED:-}" ] || mn_untracked_token_files . "$2" "$1"
		fi | grep -z -E '\.[ch]$'
	else
		mf_w=./$2
		[ "$2" = . ] && mf_w=.
		# Regular files are read, the rest only named.
		if [ "$3" = - ]; then
			find "$mf_w" -name .git -prune -o -type f \( -name '*.c' -o -name '*.h' \) -print0
		else
			find "$mf_w" -name .git -prune -o -type f \( -name '*.c' -o -name '*.h' \) -print0 |
				xargs -0 -r grep -l -Z -a -w -F -f "$3" --
		fi
		find "$mf_w" -name .git -prune -o ! -type f ! -type d \
			\( -name '*.c' -o -name '*.h' \) -print0
	fi 2>/dev/null | sed -z 's|^\./||'
	)
}

# mn_candidate_files DIR WHERE TOKENS: what mn_token_files prints, served
# from the candidate cache (the folder MN_CANDIDATE_CACHE, set by the jobs
# that keep results) when DIR is the top of a git work tree with a HEAD:
# the files of HEAD's tree that mention a token are kept per tree object,
# token list and folder, so a run on a tree whose tree object has been
# seen greps only the files that differ from HEAD (git status: modified,
# staged, deleted, untracked with MN_UNTRACKED=1; and every entry flagged
# assume-unchanged or skip-worktree, whose changes git status hides),
# those that differed when the entry was written, and no other.  Any name
# holding a tab or a newline turns the cache off for the run (the lists
# are compared line by line).
mn_candidate_files() {
	cf_c=${MN_CANDIDATE_CACHE:-}
	if [ -z "$cf_c" ] || [ "$3" = - ] || ! mn_is_git_top "$1" ||
	   ! cf_tree=$(mn_git "$1" rev-parse -q --verify 'HEAD^{tree}' 2>/dev/null) ||
	   ! mkdir -p "$cf_c" 2>/dev/null; then
		mn_token_files "$@"
		return
	fi
	cf_d=$(mktemp -d "${TMPDIR:-/tmp}/mn-cf.XXXXXX") || return 1
	cf_ps=
	[ "$2" = . ] || cf_ps=":(literal)$2"
	cf_u=-uno
	[ -z "${MN_UNTRACKED:-}" ] || cf_u=-uall
	{
		GIT_OPTIONAL_LOCKS=0 mn_git "$1" status --porcelain=v1 -z --no-renames --ignore-submodules=all \
			"$cf_u" -- ${cf_ps:+"$cf_ps"} | sed -z 's/^...//'
		mn_git "$1" ls-files -z -v -- ${cf_ps:+"$cf_ps"} | grep -z '^[a-zS] ' | sed -z 's/^..//'
	} 2>/dev/null | LC_ALL=C sort -z -u >"$cf_d/dirty" || { rm -rf "$cf_d"; mn_token_files "$@"; return; }
	cf_e=$cf_c/$({ echo "$cf_tree"; printf '%s\n' "$2" "${MN_UNTRACKED:-}"; cat "$3"; } |
		sha1sum | cut -c1-40)
	if [ -f "$cf_e.clean" ] && [ -f "$cf_e.dirty" ] &&
	   ! cat "$cf_d/dirty" "$cf_e.dirty" "$cf_e.clean" | grep -z -q -P '[\t\n]'; then
		# The cached files minus those to grep again, and what those hold.
		cat "$cf_d/dirty" "$cf_e.dirty" | tr '\0' '\n' | LC_ALL=C sort -u >"$cf_d/again"
		tr '\0' '\n' <"$cf_e.clean" | grep -v -x -F -f "$cf_d/again" | tr '\n' '\0'
		grep -E '\.[ch]$' "$cf_d/again" | sed 's|^|./|' |
			(CDPATH= cd -- "$1" && LC_ALL=C xargs -r -d '\n' \
				grep -l -Z -D skip -a -w -F -f "$3" --) 2>/dev/null | sed -z 's|^\./||'
		touch "$cf_e.clean"
		rm -rf "$cf_d"
		return 0
	fi
	mn_token_files "$@" >"$cf_d/all" || { rm -rf "$cf_d"; return 1; }
	cat "$cf_d/all"
	if ! cat "$cf_d/dirty" "$cf_d/all" | grep -z -q -P '[\t\n]'; then
		tr '\0' '\n' <"$cf_d/dirty" >"$cf_d/again"
		tr '\0' '\n' <"$cf_d/all" | grep -v -x -F -f "$cf_d/again" | tr '\n' '\0' >"$cf_d/clean"
		# The dirty list first: an entry is whole once .clean is there.
		mv "$cf_d/dirty" "$cf_e.dirty" && mv "$cf_d/clean" "$cf_e.clean"
	fi
	rm -rf "$cf_d"
	return 0
}

# mn_accept DIR SKIPPED: of the NUL-separated relative paths on stdin, the
# files a job may read, one a line; the others are named in the file
# SKIPPED, one line each with the reason: a name holding a tab or a newline
# (it cannot be named safely on a line), not a regular file, a symlink
# leaving DIR (an in-tree symlink is dropped: its target is a file of its
# own), above the size limit, or a NUL byte (binary).
mn_accept() {
	ma_in=$(mktemp "$TMPDIR/mn-accept.XXXXXX") || return 1
	cat >"$ma_in"
	LC_ALL=C grep -z -P '[\t\n]' "$ma_in" | tr '\t\n' '??' | tr '\0' '\n' |
		sed "s/.*/'&': its name holds a tab or a newline/" >>"$2"
	ma_max=$(mn_max_size) || return 1
	LC_ALL=C grep -z -v -P '[\t\n]' "$ma_in" |
		(CDPATH= cd -- "$1" && xargs -0 -r stat -c '%F	%s	%n' --) 2>/dev/null |
	while IFS='	' read -r ma_t ma_s ma_f; do
		case $ma_t in
		"regular empty file") ;;	# nothing to convert or check
		"regular file")
			if [ "$ma_s" -gt "$ma_max" ]; then
				echo "'$ma_f': larger than $ma_max bytes (MAXSIZE=)" >>"$2"
			else
				printf '%s\n' "$ma_f"
			fi ;;
		"symbolic link")
			ma_r=$(readlink -f -- "$1/$ma_f")
			if [ -z "$ma_r" ] || ! mn_inside "$1" "$ma_r"; then
				echo "'$ma_f': a symlink leading out of the tree" >>"$2"
			elif [ ! -f "$ma_r" ]; then
				echo "'$ma_f': a symlink to something not a regular file" >>"$2"
			fi ;;
		*) echo "'$ma_f': not a regular file ($ma_t)" >>"$2" ;;
		esac
	done >"$ma_in.ok"
	# A NUL byte: binary to grep -I, which then lists it under -L.
	(CDPATH= cd -- "$1" && LC_ALL=C xargs -r -d '\n' grep -L -I -e '' --) \
		<"$ma_in.ok" >"$ma_in.bin" 2>/dev/null
	sed "s/.*/'&': binary (it holds a NUL byte)/" "$ma_in.bin" >>"$2"
	grep -v -x -F -f "$ma_in.bin" "$ma_in.ok"
	rm -f "$ma_in" "$ma_in.ok" "$ma_in.bin"
	return 0
}

# mn_report_skipped SKIPPED: each skipped file on stderr, then the count;
# true when there was none.
mn_report_skipped() {
	[ -s "$1" ] || return 0
	sort -u "$1" | while IFS= read -r ms_l; do
		echo "$MN_PROG: skipped $ms_l" >&2
	done
	echo "$MN_PROG: $(sort -u "$1" | grep -c .) file(s) skipped" >&2
	return 1
}

# --- A safe view of the files for spatch -------------------------------------------

# spatch 1.1.1 hands file names to sh -c unquoted (mkdir -p for its
# --cache-prefix, diff -u -p in patch mode), so it only ever sees names made
# of the characters below.  A path component with any other character (or
# a leading "-", or the form of our own names) is renamed mn-unsafe-NNNN,
# keeping a .c or .h extension; mn_unview maps the names back in its output.

# mn_view SRC LIST VIEW HOW: the files of LIST (paths relative to SRC, one a
# line) under VIEW with safe names, as symlinks (HOW=link: spatch only
# reads) or copies (HOW=copy).  Prints the safe paths, in LIST's order;
# VIEW.map gets "safe<TAB>original" for every file and VIEW.names the
# renamed components.
mn_view() {
	mkdir -p "$3" || return 1
	awk -v names="$3.names" -v seen="$3.names" '
		BEGIN { while ((getline l < seen) > 0) { split(l, p, "\t"); id[p[2]] = p[1]; n++ }; close(seen) }
		function safe(c) {
			return c ~ /^[A-Za-z0-9_.,+%@=][A-Za-z0-9_.,+%@=-]*$/ && c !~ /^mn-unsafe-/ &&
				c != ".."
		}
		{
			k = split($0, c, "/")
			out = ""
			for (i = 1; i <= k; i++) {
				s = c[i]
				if (!safe(s)) {
					ext = ""; base = s
					if (i == k && s ~ /.\.[ch]$/) { ext = substr(s, length(s) - 1); base = substr(s, 1, length(s) - 2) }
					if (!(base in id)) {
						id[base] = sprintf("mn-unsafe-%04d", ++n)
						print id[base] "\t" base >> names
					}
					s = id[base] ext
				}
				out = out (i > 1 ? "/" : "") s
			}
			print out "\t" $0
		}' "$2" >"$3.map" || return 1
	touch "$3.names"
	awk -F '\t' '{ d = $1; if (sub(/\/[^\/]*$/, "", d)) print d }' "$3.map" | sort -u |
		(CDPATH= cd -- "$3" && xargs -r -d '\n' mkdir -p --) || return 1
	while IFS='	' read -r mv_s mv_o; do
		if [ "$4" = copy ]; then
			cp -- "$1/$mv_o" "$3/$mv_s"
		else
			ln -s -- "$1/$mv_o" "$3/$mv_s"
		fi || return 1
	done <"$3.map"
	cut -f1 "$3.map"
}

# mn_unview VIEW: stdin to stdout with the renamed components of VIEW put
# back.
mn_unview() {
	awk -v names="$1.names" '
		BEGIN { while ((getline l < names) > 0) { i = index(l, "\t"); back[substr(l, 1, i - 1)] = substr(l, i + 1) } }
		{
			line = $0; out = ""
			while (match(line, /mn-unsafe-[0-9][0-9][0-9][0-9]/)) {
				t = substr(line, RSTART, RLENGTH)
				out = out substr(line, 1, RSTART - 1) (t in back ? back[t] : t)
				line = substr(line, RSTART + RLENGTH)
			}
			print out line
		}'
}

# mn_local_headers DIR LIST: the headers a step with --local-includes may
# read for the files of LIST (paths relative to DIR): every .h file of
# their folders, and the files their #include "..." lines name, resolved
# from the including file's folder (symlinks included), when that is a
# regular file inside DIR and not itself a symlink.  Paths relative to DIR,
# one a line, sorted, without names holding a tab.  A fixed number of
# processes, whatever the number of files.
mn_local_headers() {
	(
	CDPATH= cd -- "$1" || exit 0
	lh_root=$(pwd -P)
	awk '{ d = $0; print sub(/\/[^\/]*$/, "", d) ? "./" d : "." }' "$2" | sort -u |
		xargs -r -d '\n' sh -c 'find "$@" -maxdepth 1 -type f -name "*.h" -print' sh 2>/dev/null |
		sed 's|^\./||'
	sed 's|^|./|' "$2" | LC_ALL=C xargs -r -d '\n' grep -H -Z -a \
		-e '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^"]*"' -- 2>/dev/null |
		tr '\0' '\t' | awk -F '\t' '
		{
			h = $2
			sub(/^[^"]*"/, "", h); sub(/".*$/, "", h)
			if (h == "" || h ~ /^\//) next
			f = $1; sub(/^\.\//, "", f)
			d = f; if (!sub(/\/[^\/]*$/, "", d)) d = ""
			n = split((d == "" ? "" : d "/") h, c, "/")
			k = 0
			for (i = 1; i <= n; i++) {
				if (c[i] == "" || c[i] == ".") continue
				if (c[i] == "..") { if (k == 0) next; k--; continue }
				o[++k] = c[i]
			}
			p = o[1]; for (i = 2; i <= k; i++) p = p "/" o[i]
			if (k > 0) print "./" p
		}' | sort -u >"$TMPDIR/mn-lh.$$"
	# Regular files, not symlinks themselves (find -P), then where they are
	# once the folders on their way are resolved: inside DIR only.
	xargs -r -d '\n' sh -c 'find "$@" -maxdepth 0 -type f -print' sh <"$TMPDIR/mn-lh.$$" 2>/dev/null |
		xargs -r -d '\n' readlink -m -- | awk -v r="$lh_root/" 'index($0, r) == 1 { print substr($0, length(r) + 1) }'
	rm -f "$TMPDIR/mn-lh.$$"
	) | grep -v -P '[\t]' | LC_ALL=C sort -u
}

# mn_given_empty NAME: --NAME= was given with an empty value.
mn_given_empty() {
	case " $mn_given " in *" $1 "*) ;; *) return 1 ;; esac
	eval "[ -z \"\$opt_$(echo "$1" | tr - _)\" ]"
}

# mn_cmd_words: the words of the one command line on stdin (a compiler
# command kbuild recorded in a .cmd file of the tree), each single-quoted
# for eval, without the first (the compiler) and the last (the source).
# Quotes and backslashes are read as sh reads them; a line holding
# anything a shell would act on ($, `, ;, |, &, <, >, parentheses, globs,
# outside quotes) is refused (false): it is untrusted text, never run.
mn_cmd_words() {
	awk '
	function out(w) { gsub(/\047/, "\047\\\047\047", w); words[++nw] = "\047" w "\047" }
	{
		s = $0; n = length(s); w = ""; inw = 0; q = ""
		for (i = 1; i <= n; i++) {
			c = substr(s, i, 1)
			if (q == "\047") { if (c == "\047") q = ""; else w = w c; continue }
			if (q == "\"") {
				if (c == "\"") { q = ""; continue }
				if (c == "\\" && i < n && index("\"\\$`", substr(s, i + 1, 1))) {
					i++; w = w substr(s, i, 1); continue
				}
				if (c == "$" || c == "`") exit 1
				w = w c; continue
			}
			if (c == " " || c == "\t") { if (inw) { out(w); w = ""; inw = 0 } continue }
			inw = 1
			if (c == "\047" || c == "\"") { q = c; continue }
			if (c == "\\" && i < n) { i++; w = w substr(s, i, 1); continue }
			if (index("$`;&|<>(){}*?[]#", c)) exit 1
			w = w c
		}
		if (q != "") exit 1
		if (inw) out(w)
		for (j = 2; j < nw; j++) printf " %s", words[j]
		exit 0
	}'
}

# mn_untracked_token_files DIR TOKENS [WHERE]: the untracked, not ignored
# .c and .h files of the git tree DIR (under WHERE) that mention a word of
# the file TOKENS, NUL-separated.  Not git grep --untracked: it skips the
# tracked files of a folder a .gitignore pattern matches (Debian's trees).
mn_untracked_token_files() {
	mu_ps=
	[ "${3:-.}" = . ] || mu_ps=":(literal)$3"
	mn_git "$1" ls-files -z --others --exclude-standard -- ${mu_ps:+"$mu_ps"} |
		LC_ALL=C grep -z -E '\.[ch]$' |
		(CDPATH= cd -- "$1" && LC_ALL=C xargs -0 -r grep -l -Z -D skip -a -w -F -f "$2" --) 2>/dev/null
}

# mn_view_names VIEW LIST: the names the view VIEW (mn_view) gives the
# files of LIST, one a line; files not in the view are left out.
mn_view_names() {
	awk -F '\t' 'NR == FNR { safe[$2] = $1; next } ($0 in safe) { print safe[$0] }' "$1.map" "$2"
}

# --- Compat branches -------------------------------------------------------------

# step_new_tokens FILE: the identifiers of the new form a step writes: the
# API-shaped words of its added (+) lines that none of its removed (-)
# lines holds and that are not its own tokens (the old form).  A module
# whose #ifdef branch holds one of them already has the new form there.
# Kept beside step_tokens' list, made again when the step changes.
step_new_tokens() {
	snt_c=$(mn_cache)/tokens
	snt_t=$snt_c/$(basename "$1" .cocci).new
	if [ -f "$snt_t" ] && [ ! "$1" -nt "$snt_t" ]; then
		cat "$snt_t"
		return 0
	fi
	mkdir -p "$snt_c" && snt_tmp=$(mktemp "$snt_t.XXXXXX") || return 1
	step_new_tokens_of "$1" >"$snt_tmp" && mv "$snt_tmp" "$snt_t" || { rm -f "$snt_tmp"; return 1; }
	cat "$snt_t"
}

step_new_tokens_of() {
	snt_w() { grep -E "^$1" -- "$2" | grep -v -E "^$1$1$1" |
		grep -o -E '[A-Za-z_][A-Za-z0-9_]*' |
		grep -E '^([a-z][a-z0-9]*_[a-z0-9_]+|[A-Z][A-Z0-9]*_[A-Z0-9_]+)$' | sort -u; }
	snt_p=$(mktemp "${TMPDIR:-/tmp}/mn-snt.XXXXXX") || return 1
	snt_w '\+' "$1" >"$snt_p"
	# Words every API version has: no sign of the new form.
	{ snt_w - "$1"; step_tokens "$1"; printf "%s\n" mm_struct vm_area_struct \
		mmu_notifier_invalidate_range_start mmu_notifier_invalidate_range_end; } | sort -u | comm -23 "$snt_p" -
	rm -f "$snt_p"
}

# step_version FILE: the API version cocci/series gives the step FILE.
step_version() {
	series_steps | awk -v f="$(basename "$1")" '$2 == f { print $1; exit }'
}

# mn_regions FILE STEP [macros]: the compat branches of FILE the step STEP
# (a .cocci path) must leave alone, "FIRST LAST WHY" lines
# (compat-regions.awk); with "macros", the module's own macro tests around
# the step's old and new forms instead.
mn_regions() {
	# What it needs of the step, read once per run: version, new and
	# old words (a job calls this for every file and step).
	mr_i=${TMPDIR:-/tmp}/mn-step-info.$$
	mr_s=${2##*/}; mr_s=${mr_s%.cocci}
	if [ ! -f "$mr_i/$mr_s" ]; then
		[ -d "$mr_i" ] || mkdir -p "$mr_i" || return 1
		{
			step_version "$2"
			step_new_tokens "$2" | tr '\n' ' '; echo
			step_tokens "$2" | tr '\n' ' '; echo
		} >"$mr_i/$mr_s.$$" && mv "$mr_i/$mr_s.$$" "$mr_i/$mr_s" || return 1
	fi
	{ read -r mr_v; read -r mr_new; read -r mr_old; } <"$mr_i/$mr_s"
	[ -n "$mr_v" ] || return 0
	awk -f "$MN_HERE/compat-regions.awk" -v version="$mr_v" -v new="$mr_new" \
		-v old="$mr_old" -v macros="${3:+1}" -- "$1"
}

# mn_keep_hunks OLD NEW REGIONS OUT DROPPED: OUT is NEW without the changes
# (diff hunks) that touch a line range of the file REGIONS ("FIRST LAST
# WHY" lines of OLD); each hunk given up is "FIRST LAST WHY" in DROPPED
# (lines of OLD).  True when OUT differs from OLD.
mn_keep_hunks() {
	diff -- "$1" "$2" >"$4.diff"
	[ $? -le 1 ] || return 2
	awk -v regions="$3" -v dropped="$5" -v dfile="$4.diff" '
		BEGIN {
			while ((getline l < regions) > 0) {
				split(l, f, " "); nr++; RS1[nr] = f[1]; RE1[nr] = f[2]
				w = l; sub(/^[0-9]+ [0-9]+ /, "", w); RW[nr] = w
			}
		}
		# hit(a, b, ins): index of a region the old lines a..b touch (an
		# insertion after line a when ins), else 0.
		function hit(a, b, ins,   r) {
			for (r = 1; r <= nr; r++) {
				if (ins && a >= RS1[r] - 1 && a <= RE1[r]) return r
				if (!ins && a <= RE1[r] && b >= RS1[r]) return r
			}
			return 0
		}
		FNR == NR { O[FNR] = $0; no = FNR; next }
		{ W[FNR] = $0 }
		END {
			o = 1
			while ((getline l < dfile) > 0) {
				if (l !~ /^[0-9]+(,[0-9]+)?[acd][0-9]+(,[0-9]+)?$/) continue
				op = l; sub(/^[0-9,]+/, "", op); op = substr(op, 1, 1)
				split(l, p, /[acd]/)
				if (split(p[1], A, ",") == 1) A[2] = A[1]
				if (split(p[2], B, ",") == 1) B[2] = B[1]
				if (op == "a") { a1 = A[1] + 1; a2 = A[1]; b1 = B[1]; b2 = B[2] }
				else if (op == "d") { a1 = A[1]; a2 = A[2]; b1 = 1; b2 = 0 }
				else { a1 = A[1]; a2 = A[2]; b1 = B[1]; b2 = B[2] }
				for (; o < a1; o++) print O[o]
				r = hit(op == "a" ? A[1] : a1, a2, op == "a")
				if (r) {
					print (op == "a" ? A[1] : a1), (op == "a" ? A[1] : a2), RW[r] >dropped
					for (; o <= a2; o++) print O[o]
				} else {
					for (i = b1; i <= b2; i++) print W[i]
					o = a2 + 1
				}
			}
			for (; o <= no; o++) print O[o]
		}' "$1" "$2" >"$4" || return 2
	rm -f "$4.diff"
	! cmp -s -- "$1" "$4"
}

# mn_drop_protected ROOT STEP MODE: the output of STEP (a .cocci path) in
# coccicheck MODE (report, org or context) on stdin, without what lies in a
# compat branch the step leaves alone (mn_regions of the file under ROOT).
# Paths are as spatch prints them, relative to ROOT (./ allowed).
mn_drop_protected() {
	dp_d=$(mktemp -d "$TMPDIR/mn-dp.XXXXXX") || return 1
	cat >"$dp_d/in"
	[ -s "$dp_d/in" ] || { rm -rf "$dp_d"; return 0; }
	# The files named, then each one's regions, "path<TAB>first last".
	case $3 in
	report) sed -n 's/^\(.*\):[0-9][0-9]*:[0-9][0-9]*: .*/\1/p' "$dp_d/in" ;;
	org) sed -n 's/^\* TODO \[\[view:\(.*\)::face=.*/\1/p' "$dp_d/in" ;;
	context) sed -n 's/^--- \(.*\)$/\1/p' "$dp_d/in" | sed 's/\t.*//' ;;
	esac | sort -u >"$dp_d/files"
	while IFS= read -r dp_f; do
		dp_p=${dp_f#./}
		[ -f "$1/$dp_p" ] || continue
		mn_regions "$1/$dp_p" "$2" | while read -r dp_a dp_b dp_why; do
			printf '%s\t%s %s\n' "$dp_f" "$dp_a" "$dp_b"
		done
	done <"$dp_d/files" >"$dp_d/regions"
	awk -F '\t' -v mode="$3" -v regions="$dp_d/regions" '
		BEGIN {
			while ((getline l < regions) > 0) {
				i = index(l, "\t"); f = substr(l, 1, i - 1)
				split(substr(l, i + 1), r, " ")
				n[f]++; S[f, n[f]] = r[1]; E[f, n[f]] = r[2]
			}
		}
		function prot(f, ln,   k) {
			for (k = 1; k <= n[f]; k++) if (ln >= S[f, k] && ln <= E[f, k]) return 1
			return 0
		}
		mode == "report" {
			if (match($0, /:[0-9]+:[0-9]+: /)) {
				f = substr($0, 1, RSTART - 1); ln = substr($0, RSTART + 1) + 0
				if (prot(f, ln)) next
			}
			print; next
		}
		mode == "org" {
			if ($0 ~ /^\* TODO \[\[view:/ && match($0, /::linb=[0-9]+/)) {
				f = $0; sub(/^\* TODO \[\[view:/, "", f); sub(/::face=.*/, "", f)
				if (prot(f, substr($0, RSTART + 7) + 0)) next
			}
			print; next
		}
		# context: a diff; a hunk goes when every line it marks is in a
		# compat branch, a file header when none of its hunks is left.
		function flush(   k) {
			if (nh == 0) return
			if (!allprot) {
				if (hdr != "") { printf "%s", hdr; hdr = "" }
				for (k = 1; k <= nh; k++) print H[k]
			}
			nh = 0
		}
		/^diff |^--- / && !inhunk_hdr {
			flush()
			if (/^diff /) { hdr = $0 "\n"; next }
		}
		/^--- / { f = $0; sub(/^--- /, "", f); sub(/\t.*/, "", f); hdr = hdr $0 "\n"; inhunk_hdr = 1; next }
		/^\+\+\+ / { hdr = hdr $0 "\n"; inhunk_hdr = 0; next }
		/^@@ / {
			flush()
			o = $0; sub(/^@@ -/, "", o); o = o + 0
			nh = 1; H[1] = $0; allprot = 1; next
		}
		nh > 0 {
			H[++nh] = $0
			c = substr($0, 1, 1)
			if (c == "-" || c == "+" || c == "!") { if (!prot(f, o)) allprot = 0 }
			if (c != "+") o++
			next
		}
		{ flush(); if (hdr != "") { printf "%s", hdr; hdr = "" } print }
		END { flush() }' "$dp_d/in"
	rm -rf "$dp_d"
}

# mn_parse_gaps DIR LIST: the lines of the files of LIST (paths relative to
# DIR, one a line) that spatch cannot parse, and so never converts nor
# reports: "path<TAB>first last" lines.  From spatch --parse-c (about 0.05 s
# a file): a parse error names its line and prints the lines it gave up
# ("bad:"), an #ifdef branch it could not fit is printed token by token
# ("passed:", one source line each), found here by its text.
mn_parse_gaps() {
	pg_args=$(spatch_macro_args)
	while IFS= read -r pg_f; do
		# shellcheck disable=SC2086
		(CDPATH= cd -- "$1" && spatch --parse-c "$pg_f" --parse-error-msg --verbose-parsing \
			--no-includes $pg_args 2>&1) </dev/null |
		awk -v f="$pg_f" -v src="$1/$pg_f" '
		function norm(s) {
			gsub(/\/\*([^*]|\*+[^*\/])*\*+\//, "", s); sub(/\/\/.*/, "", s)
			gsub(/[ \t\r]+/, "", s)
			return s
		}
		function out(a, b) {
			if (a > 0 && b >= a) print f "\t" a " " b
		}
		function flush_bad() {
			if (nbad > 0 && eline > 0) out(eline - before, eline - before + nbad - 1)
			nbad = 0; before = 0; seenbad = 0
		}
		function flush_pass() {
			if (p1 > 0) out(p1, p2)
			p1 = 0
		}
		BEGIN {
			while ((getline l < src) > 0) N[++n] = norm(l)
			close(src)
			pos = 1
		}
		/^ = File ".*", line [0-9]+/ {
			eline = $0; sub(/.*", line /, "", eline); eline += 0; next
		}
		/^(bad|BAD):/ {
			if (/^BAD:/) seenbad = 1
			else if (!seenbad) before++
			nbad++; next
		}
		{ flush_bad() }
		/^passed:/ {
			t = $0; sub(/^passed:/, "", t); t = norm(t)
			for (i = pos; i <= n && N[i] != t; i++) ;
			if (i > n) next
			if (p1 > 0 && i > p2 + 1) flush_pass()
			if (p1 == 0) p1 = i
			p2 = i; pos = i + 1
			next
		}
		END { flush_bad(); flush_pass() }'
	done <"$2"
}

# mn_gap_sites DIR GAPS TOKENS STEP...: one line per gap of GAPS
# (mn_parse_gaps, paths relative to DIR): "path:first-last: spatch could not
# parse N line(s)", followed by " here: may hide a site (TOKEN)..." when the
# gap, or the statement it ends, holds a word of the file TOKENS (the old
# forms of the steps) outside a compat branch one of the STEPs (.cocci
# paths) leaves alone; the lines named then start with that statement.
# Such a site is neither converted nor reported by spatch.
mn_gap_sites() {
	gs_dir=$1 gs_gaps=$2 gs_tok=$3
	shift 3
	cut -f1 "$gs_gaps" | sort -u | while IFS= read -r gs_f; do
		for gs_s in "$@"; do
			mn_regions "$gs_dir/$gs_f" "$gs_s"
		done >"$gs_tok.regions"
		awk -F '\t' -v f="$gs_f" '$1 == f { print $2 }' "$gs_gaps" |
		awk -v f="$gs_f" -v src="$gs_dir/$gs_f" -v tokens="$gs_tok" -v regions="$gs_tok.regions" '
		BEGIN {
			while ((getline l < src) > 0) L[++n] = l
			while ((getline t < tokens) > 0) if (t != "") re = re (re == "" ? "" : "|") t
			while ((getline r < regions) > 0) { split(r, x, " "); nr++; RS1[nr] = x[1]; RE1[nr] = x[2] }
		}
		function prot(ln,   k) {
			for (k = 1; k <= nr; k++) if (ln >= RS1[k] && ln <= RE1[k]) return 1
			return 0
		}
		{
			a = $1; b = $2
			# The statement the gap belongs to starts after the last
			# line ending one, at most 10 lines up.
			s = a
			while (s > 1 && a - s < 10 && L[s - 1] !~ /[;{}][ \t]*(\/\*.*\*\/)?[ \t]*$/ &&
			       L[s - 1] !~ /^[ \t]*(#|$)/)
				s--
			tok = ""
			for (i = s; i <= b && tok == ""; i++) {
				if (prot(i)) continue
				if (re != "" && match(L[i], "(^|[^A-Za-z0-9_])(" re ")([^A-Za-z0-9_]|$)")) {
					tok = substr(L[i], RSTART, RLENGTH); gsub(/[^A-Za-z0-9_]/, "", tok)
				}
			}
			# A gap that may hide a site is named from the start of its
			# statement.
			if (tok != "") a = s
			printf "%s:%s: spatch could not parse %d line(s)%s\n", f, (a == b ? a : a "-" b),
				b - $1 + 1, tok != "" ? " here: may hide a site (" tok "), convert it by hand" : ""
		}'
	done
	rm -f "$gs_tok.regions"
}

# mn_to_orig ORIG PREV: "first last why" lines of the file PREV on stdin,
# with the lines of ORIG, the same file before earlier steps changed it: a
# line a step wrote maps to the start of that change.
mn_to_orig() {
	to_d=$(mktemp "${TMPDIR:-/tmp}/mn-map.XXXXXX") || return 1
	diff -- "$1" "$2" >"$to_d"
	awk -v dfile="$to_d" '
		BEGIN {
			while ((getline l < dfile) > 0) {
				if (l !~ /^[0-9]+(,[0-9]+)?[acd][0-9]+(,[0-9]+)?$/) continue
				op = l; sub(/^[0-9,]+/, "", op); op = substr(op, 1, 1)
				split(l, p, /[acd]/)
				if (split(p[1], A, ",") == 1) A[2] = A[1]
				if (split(p[2], B, ",") == 1) B[2] = B[1]
				n++
				if (op == "a") { H1[n] = A[1] + 1; H2[n] = A[1]; K1[n] = B[1]; K2[n] = B[2] }
				else if (op == "d") { H1[n] = A[1]; H2[n] = A[2]; K1[n] = B[1] + 1; K2[n] = B[1] }
				else { H1[n] = A[1]; H2[n] = A[2]; K1[n] = B[1]; K2[n] = B[2] }
			}
		}
		function map(x,   i, off) {
			off = 0
			for (i = 1; i <= n && x >= K1[i]; i++) {
				if (x <= K2[i]) return H1[i]
				off = H2[i] - K2[i]
			}
			return x + off
		}
		{ w = $0; sub(/^[0-9]+ [0-9]+ /, "", w); print map($1), map($2), w }'
	rm -f "$to_d"
}

# mn_step_keep ORIG PREV CUR NAME STEP GAPSITES LEFT GAPLEFT: the step STEP
# (a .cocci path) turned the file PREV into CUR; ORIG is the file before
# any step, NAME its path as GAPSITES (mn_gap_sites) names it.  When the
# change touches a gap that may hide a site, converting half of a
# construct spatch could not read whole would break it: CUR becomes PREV
# again and GAPLEFT names the file.  Else the hunks that touch a compat
# branch (mn_regions of PREV) are given up, each named in LEFT with its
# lines in ORIG.  Status 0: some change is left, 1: none, 2: an error.
mn_step_keep() {
	sk_o=$1 sk_p=$2 sk_c=$3 sk_n=$4 sk_s=$5 sk_step=$(basename "$5" .cocci)
	sk_t=$(mktemp -d "${TMPDIR:-/tmp}/mn-keep.XXXXXX") || return 2
	awk -F : -v p="$sk_n" '$1 == p && /may hide a site/ { n = split($2, r, "-"); print r[1], r[n] }' \
		"$6" >"$sk_t/gaps"
	if [ -s "$sk_t/gaps" ] &&
	   diff -- "$sk_p" "$sk_c" | sed -n 's/^\([0-9]*\)\(,\([0-9]*\)\)\{0,1\}[acd].*/\1 \3 x/p' |
		awk '{ print $1, ($2 == "x" ? $1 : $2), "x" }' | mn_to_orig "$sk_o" "$sk_p" |
		awk -v ranges="$sk_t/gaps" '
			BEGIN { while ((getline l < ranges) > 0) { split(l, r, " "); n++; S[n] = r[1]; E[n] = r[2] } }
			{ for (i = 1; i <= n; i++) if ($1 <= E[i] && $2 >= S[i]) hit = 1 }
			END { exit !hit }'; then
		echo "$sk_n: $sk_step left the file as it is: its change touches lines spatch could not parse" >>"$8"
		rm -rf "$sk_t"
		cp -- "$sk_p" "$sk_c" || return 2
		return 1
	fi
	mn_regions "$sk_p" "$sk_s" >"$sk_t/regions"
	if [ ! -s "$sk_t/regions" ]; then
		rm -rf "$sk_t"
		return 0
	fi
	: >"$sk_t/dropped"
	mn_keep_hunks "$sk_p" "$sk_c" "$sk_t/regions" "$sk_t/kept" "$sk_t/dropped"
	sk_st=$?
	if [ $sk_st -le 1 ]; then
		mn_to_orig "$sk_o" "$sk_p" <"$sk_t/dropped" | awk -v p="$sk_n" -v s="$sk_step" '{
			w = $0; sub(/^[0-9]+ [0-9]+ /, "", w)
			print p ":" ($1 == $2 ? $1 : $1 "-" $2) ": " s " left it in " w
		}' >>"$7"
		cp -- "$sk_t/kept" "$sk_c" || sk_st=2
	fi
	rm -rf "$sk_t"
	return $sk_st
}
