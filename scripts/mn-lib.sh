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
# version <= TO when TO is given.
series_steps() {
	sed -e 's/#.*//' "$MN_COCCI/series" | awk 'NF == 2 { print $1, $2 }' |
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

# step_file NAME: path of a step given as base name or file name.
step_file() {
	s=${1%.cocci}
	[ -f "$MN_COCCI/$s.cocci" ] || die "no step '$1' in $MN_COCCI (see cocci/series)"
	echo "$MN_COCCI/$s.cocci"
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
	[ -f "$1/Makefile" ] &&
	grep -q '^VERSION *=' "$1/Makefile" &&
	grep -q '^PATCHLEVEL *=' "$1/Makefile"
}

require_kernel_tree() {
	[ -n "$1" ] || die "no kernel tree given (KDIR=<dir>)"
	[ -d "$1" ] || die "KDIR=$1: no such directory"
	is_kernel_tree "$1" || die "KDIR=$1 is not a kernel tree (no top-level Makefile with VERSION and PATCHLEVEL)"
}

# range_struct_has HEADER FIELD: struct mmu_notifier_range declares FIELD.
range_struct_has() {
	awk -v f="$2" '
		/struct mmu_notifier_range *\{/ { inside = 1; next }
		inside && /^\};/ { inside = 0 }
		inside && $0 ~ "[*[:space:]]" f ";" { found = 1 }
		END { exit !found }' "$1"
}

# tree_api_version KDIR: the newest API step the tree's own core headers
# declare, read from include/linux/mmu_notifier.h and migrate.h.  Callers
# are converted up to what the core provides.
tree_api_version() {
	mn=$1/include/linux/mmu_notifier.h
	mg=$1/include/linux/migrate.h
	[ -f "$mn" ] || die "$1 has no include/linux/mmu_notifier.h: give TO=<version>"
	has() { grep -q -e "$2" "$1" 2>/dev/null; }
	v=4.19
	has "$mn" 'struct mmu_notifier_range *{' && v=5.0
	has "$mn" 'mmu_notifier_range_blockable' && v=5.2
	has "$mg" 'migrate_vma_setup' && v=5.4
	has "$mg" 'src_owner' && v=5.7
	has "$mg" 'MIGRATE_VMA_SELECT_SYSTEM' && v=5.9
	has "$mn" 'mmu_notifier_range_init_owner' && v=5.14
	if has "$mg" 'migrate_vma_setup' && ! has "$mg" 'MIGRATE_PFN_LOCKED'; then
		version_le 5.16 "$v" || v=5.16
	fi
	if has "$mn" 'mmu_notifier_range_init_owner' &&
	   ! range_struct_has "$mn" vma; then
		v=6.3
	fi
	has "$mn" 'arch_invalidate_secondary_tlbs' && v=6.6
	if has "$mn" 'arch_invalidate_secondary_tlbs' && ! has "$mn" 'change_pte'; then
		v=6.10
	fi
	echo "$v"
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

# The files that define the API: never rewritten, never linted.
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

# step_grep_args STEP...: grep options selecting the files that mention a
# prefilter token of one of the STEPs (fixed whole words; "-e ^", any file,
# when a step names no token).
step_grep_args() {
	args=
	for s in "$@"; do
		t=$(step_tokens "$s")
		[ -n "$t" ] || { echo "-e ^"; return 0; }
		args="$args $(echo "$t" | sed 's/^/-e /' | paste -s -d ' ')"
	done
	echo "-w -F$args"
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

# token_files DIR WHERE TOKENS: the .c and .h files under DIR/WHERE that
# mention one of the words of the file TOKENS (every file when TOKENS is
# "-"): one git grep (git ls-files), or grep -r (find) outside git.  The
# pass over the tree that the front end makes once, and make bench times.
token_files() {
	if git -C "$1" rev-parse --git-dir >/dev/null 2>&1; then
		if [ "$3" = - ]; then
			(cd "$1" && git ls-files -- "$2/*.c" "$2/*.h")
		else
			(cd "$1" && git grep -l -I -w -F -f "$3" -- "$2/*.c" "$2/*.h")
		fi
	elif [ "$3" = - ]; then
		(cd "$1" && find "$2" -type f \( -name '*.c' -o -name '*.h' \))
	else
		(cd "$1" && grep -r -l -I -w -F -f "$3" --include='*.c' --include='*.h' "$2")
	fi 2>/dev/null
}

# prefilter DIR WHERE OUT STEP...: the candidate files of every STEP under
# DIR/WHERE, found in one pass over the tree for all of them: one git grep
# (plain grep outside git) of the union of the steps' tokens, then, on the
# few files that mention one, which tokens each holds.  Writes OUT/all (the
# union) and OUT/<step>.files, paths relative to DIR, sorted, without the
# API files.  spatch applies each step's own token test again before it
# parses a file, so a candidate it cannot match costs a read, not a parse.
prefilter() {
	pf_dir=$1 pf_where=$2 pf_out=$3
	shift 3
	: >"$pf_out/step-tokens"
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
	token_files "$pf_dir" "$pf_where" "$pf_t" | sed 's|^\./||' | sort |
		grep -v -x -F "$(echo "$API_FILES" | tr ' ' '\n')" >"$pf_out/all"
	# Which tokens each file holds; "file:*" for every file when a step
	# takes any file.
	{
		[ -s "$pf_out/tokens" ] &&
			(cd "$pf_dir" && xargs -r -d '\n' grep -o -H -w -F -f "$pf_out/tokens" \
				2>/dev/null) <"$pf_out/all"
		grep -q ' \*$' "$pf_out/step-tokens" && sed 's/$/:*/' "$pf_out/all"
	} | sort -u |
	awk -v out="$pf_out" '
		FILENAME == ARGV[1] { users[$2] = users[$2] " " $1; next }
		match($0, /:[^:]*$/) {
			f = substr($0, 1, RSTART - 1); t = substr($0, RSTART + 1)
			n = split(users[t], s, " ")
			for (i = 1; i <= n; i++)
				if (!((s[i], f) in seen)) {
					seen[s[i], f]
					print f >>(out "/" s[i] ".files")
				}
		}' "$pf_out/step-tokens" -
	for pf_s in "$@"; do
		pf_n=$(basename "$pf_s" .cocci)
		sort -o "$pf_out/$pf_n.files" "$pf_out/$pf_n.files"
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
	# tree for every group.
	# shellcheck disable=SC2046,SC2086
	(cd "$so_dir" && exec spatch --sp-file "$so_c" -D "$so_m" --very-quiet \
		"$@" $(step_options "$so_c") $(spatch_macro_args) $so_par \
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
