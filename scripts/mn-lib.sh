# SPDX-License-Identifier: GPL-2.0-only
#
# Shared shell functions of the scripts: sourced, never run.  Finds the
# semantic patches, reads cocci/series, builds spatch command lines the same
# way for every job (tests, coccicheck, series, driver-patch, lint).

MN_NAME=${NAME:-mnmigrate}
MN_VERSION=${VERSION:-0.1}

die() { echo "$MN_PROG: $*" >&2; exit 1; }
warn() { echo "$MN_PROG: $*" >&2; }

# The folder holding cocci/series: the source tree, or share/<name> when
# installed (scripts in PREFIX/bin, patches in PREFIX/share/<name>/cocci).
mn_find_root() {
	for d in "$MN_HERE/.." "$MN_HERE/../share/$MN_NAME"; do
		if [ -f "$d/cocci/series" ]; then
			MN_ROOT=$(cd "$d" && pwd)
			MN_COCCI=$MN_ROOT/cocci
			return 0
		fi
	done
	die "cannot find cocci/series next to $MN_HERE"
}

# A writable folder for generated files (the fixed spatch macro file).
mn_cache() {
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
	sed -e 's/#.*//' "$MN_COCCI/series" | awk '/^[^ \t]/ && NF >= 2 { print $1, $2 }' |
	while read -r v f; do
		if [ -z "${1:-}" ] || version_le "$v" "$1"; then
			echo "$v $f"
		fi
	done
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
	grep "Options:" "$1" | cut -d: -f2 | head -n 1
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

# resolve_to TO KDIR: an explicit version, or the tree's for "auto"/empty.
resolve_to() {
	case ${1:-auto} in
	auto)
		[ -n "${2:-}" ] || die "TO=auto needs a kernel tree (KDIR=) to read the API from; or give TO=<version>"
		tree_api_version "$2" ;;
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
	cache=$(mn_cache)/tokens
	mkdir -p "$cache"
	t=$cache/$(basename "$1" .cocci).tokens
	if [ ! -f "$t" ] || [ "$1" -nt "$t" ]; then
		tmp=$(mktemp "$t.XXXXXX") || return 1
		for m in patch report; do
			grep_query "$1" "$m" 2>/dev/null
		done | tr -c 'A-Za-z0-9_\n' ' ' | tr ' ' '\n' |
		grep -E '^[A-Za-z_][A-Za-z0-9_]*$' | sort -u >"$tmp" &&
		mv "$tmp" "$t"
	fi
	cat "$t"
}

# step_header FILE: the /// lines of a step, without the markers; the first
# line is the commit subject, the rest its body.
step_header() {
	sed -n 's|^///\( \{0,1\}\)||p' "$1"
}

# The files that define an API some step changes: the union of the steps'
# defines= facts in cocci/series (mk/step-facts.sh checks this copy against
# them); never linted.  A step leaves only its own step_defines alone.
API_FILES='include/linux/mmu_notifier.h mm/mmu_notifier.c include/linux/migrate.h mm/migrate.c mm/migrate_device.c'

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
	for pf_s in "$@"; do
		pf_n=$(basename "$pf_s" .cocci)
		pf_t=$(step_tokens "$pf_s")
		# A step without a token (spatch has no grep query for it) may
		# match any file: "*" stands for every file.
		echo "${pf_t:-*}" | sed "s/^/$pf_n /" >>"$pf_out/step-tokens"
		: >"$pf_out/$pf_n.files"
	done
	awk '$2 != "*" { print $2 }' "$pf_out/step-tokens" | sort -u >"$pf_out/tokens"
	pf_t="$pf_out/tokens"
	grep -q ' \*$' "$pf_out/step-tokens" && pf_t=-
	mn_token_files "$pf_dir" "$pf_where" "$pf_t" | mn_accept "$pf_dir" "$pf_out/skipped" |
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
	awk -v out="$pf_out" '
		FILENAME == ARGV[1] { users[$2] = users[$2] " " $1; next }
		{
			i = index($0, "\t")
			f = substr($0, 1, i - 1); t = substr($0, i + 1)
			n = split(users[t], s, " ")
			for (j = 1; j <= n; j++)
				if (!((s[j], f) in seen)) {
					seen[s[j], f]
					print f >>(out "/" s[j] ".files")
				}
		}' "$pf_out/step-tokens" -
	for pf_s in "$@"; do
		pf_n=$(basename "$pf_s" .cocci)
		# The files that define the API the step changes are not its to
		# rewrite; callers of that API elsewhere in mm/ are.
		step_defines "$pf_s" >"$pf_out/$pf_n.defines"
		LC_ALL=C sort "$pf_out/$pf_n.files" |
			grep -v -x -F -f "$pf_out/$pf_n.defines" >"$pf_out/$pf_n.files.tmp"
		mv "$pf_out/$pf_n.files.tmp" "$pf_out/$pf_n.files" || return 1
	done
}

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
	# --no-scanner: spatch would otherwise run a git grep over the whole
	# tree for every group.  --temp-files: its output files go to our
	# TMPDIR (by default they go to /tmp whatever TMPDIR says).
	# shellcheck disable=SC2046,SC2086
	(cd "$so_dir" && exec spatch --sp-file "$so_c" -D "$so_m" --very-quiet \
		"$@" $(step_options "$so_c") $(spatch_macro_args) $so_par \
		${TMPDIR:+--temp-files "$TMPDIR/"} \
		--no-scanner --file-groups "$so_list.groups") 2>"$so_err" &
	mn_child=$!
	wait "$mn_child"
	so_st=$?
	mn_child=
	spatch_ok "$so_st" "$so_err"
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

# mn_local_headers DIR LIST: the headers spatch --local-includes may read
# for the files of LIST (relative to DIR): the .h files beside each, and
# those it includes with quotes, when they are regular files inside DIR.
mn_local_headers() {
	while IFS= read -r lh_f; do
		lh_d=$(dirname -- "$lh_f")
		(CDPATH= cd -- "$1/$lh_d" 2>/dev/null && find . -maxdepth 1 -type f -name '*.h' -print) |
			sed "s|^\./||" | awk -v d="$lh_d" '{ print (d == "." ? "" : d "/") $0 }'
		sed -n 's/^[ \t]*#[ \t]*include[ \t]*"\([^"]*\)".*/\1/p' -- "$1/$lh_f" |
			while IFS= read -r lh_h; do
				lh_r=$(readlink -m -- "$1/$lh_d/$lh_h")
				mn_inside "$1" "$lh_r" && [ -f "$lh_r" ] && [ ! -L "$1/$lh_d/$lh_h" ] &&
					printf '%s\n' "${lh_r#"$1"/}"
			done
	done <"$2" | grep -v -P '[\t]' | sort -u
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
