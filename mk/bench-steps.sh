#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# make bench-steps: where a cold whole-tree run's time goes, step by step,
# on one kernel tree (the breakdown make bench's cold ratios come from).
# For each step of cocci/series, one spatch process, one job, report
# mode, CPU seconds (user and system, which a busy machine inflates far
# less than wall time):
#   start  spatch on one file without the step's tokens: SmPL parsing,
#          the OCaml of the script rules (from the compiled-rule cache,
#          as the jobs run it), the macro files;
#   parse  spatch --parse-c of the step's candidate files;
#   match  the step run on its candidates, less start and parse;
# then the same three for all the steps' candidates parsed once, and the
# floor (the one grep of the tree, wall seconds).  The last line is the
# least a cold run can take with spatch on this machine: the floor, then
# every step's start-up and matching and one parse of the candidates,
# shared by the cores.
#
# Usage: sh mk/bench-steps.sh KDIR     J=cores (default: the cores)
set -u
MN_PROG=bench-steps
MN_HERE=$(cd "$(dirname "$0")/../scripts" && pwd)
. "$MN_HERE/mn-lib.sh"
mn_find_root

[ $# -ge 1 ] && [ -n "$1" ] || die "usage: make bench-steps KDIR=<kernel tree>"
require_kernel_tree "$1"
kdir=$(cd "$1" && pwd)
cores=${J:-$(nproc 2>/dev/null || echo 2)}
work=$(mn_workdir bench-steps) || exit 1
TMPDIR=$work/tmp
export TMPDIR
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM HUP
mn_spatch_path
macro=$(spatch_macro_args) || exit 1

now() { date +%s.%N; }
since() { echo "$1 $(now)" | awk '{ printf "%.2f", $2 - $1 }'; }
# cpu CMD...: the CPU seconds (user + system) CMD and its children take,
# which a busy machine does not inflate as it does wall time.
cpu() {
	( "$@" >/dev/null 2>&1; times ) | tail -n 1 | awk '{
		s = 0
		for (i = 1; i <= NF; i++) { split($i, p, "m"); s += p[1] * 60 + p[2] }
		printf "%.2f", s }'
}

# spatch_run STEP LIST [options]: the step in report mode on the files of
# LIST (relative to the tree), one job.
spatch_run() {
	sr_s=$1 sr_l=$2
	shift 2
	awk 'NR > 1 { print "" } { print }' "$sr_l" >"$sr_l.groups"
	# shellcheck disable=SC2046,SC2086
	(cd "$kdir" && PATH=$MN_SPATCH_PATH spatch --sp-file "$sr_s" -D report --very-quiet \
		--no-show-diff $(step_options "$sr_s") $macro --no-scanner \
		--temp-files "$TMPDIR/" --file-groups "$sr_l.groups" "$@") >/dev/null 2>&1
}

# run_empty STEP: the step on one file without its tokens (its start-up).
run_empty() {
	(cd "$work/empty" && PATH=$MN_SPATCH_PATH spatch --sp-file "$1" -D report \
		--very-quiet --no-show-diff $macro --temp-files "$TMPDIR/" empty.c)
}

# parse_only LIST: spatch --parse-c of the files of LIST.
parse_only() {
	rm -f "$work/parse.failed"
	sed 's|^|./|' "$1" | (cd "$kdir" && xargs -r -d '\n' spatch --parse-c $macro) ||
		: >"$work/parse.failed"
}
# A parse spatch gave up on (1.1.1 overflows its stack on some files of a
# large list) is no figure: n/a.
parse_cpu() {
	pc_t=$(cpu parse_only "$1")
	if [ -f "$work/parse.failed" ]; then echo n/a; else echo "$pc_t"; fi
}

mkdir -p "$work/empty"
echo 'int mn_bench_nothing;' >"$work/empty/empty.c"

steps=$(series_steps | awk '{ print $2 }')
for f in $steps; do step_tokens "$MN_COCCI/$f"; done | sort -u >"$work/tokens"
t=$(now); mn_token_files "$kdir" . "$work/tokens" >/dev/null; floor=$(since "$t")

printf '%-22s %5s %7s %7s %7s\n' step files start parse match
: >"$work/sums"
for f in $steps; do
	n=${f%.cocci}
	step_tokens "$MN_COCCI/$f" >"$work/$n.tokens"
	mn_token_files "$kdir" . "$work/$n.tokens" | tr '\0' '\n' |
		grep -v -x -F -f "$(step_defines "$f" >"$work/$n.defines"; echo "$work/$n.defines")" |
		LC_ALL=C sort >"$work/$n.files"
	cat "$work/$n.files" >>"$work/all"
	nf=$(grep -c . "$work/$n.files")
	# start-up: the step on a file it has no token of.
	st=$(cpu run_empty "$MN_COCCI/$f")
	if [ "$nf" -gt 0 ]; then
		pa=$(parse_cpu "$work/$n.files")
		al=$(cpu spatch_run "$MN_COCCI/$f" "$work/$n.files")
	else
		pa=0.00 al=$st
	fi
	ma=$(echo "$al $st $pa" | awk '{ m = $1 - $2 - $3; printf "%.2f", m < 0 ? 0 : m }')
	printf '%-22s %5d %7s %7s %7s\n' "$n" "$nf" "$st" "$pa" "$ma"
	echo "$st $pa $ma" >>"$work/sums"
done
LC_ALL=C sort -u "$work/all" >"$work/union"
pu=$(parse_cpu "$work/union")
awk -v files="$(grep -c . "$work/union")" -v pu="$pu" -v floor="$floor" -v cores="$cores" '
	{ st += $1; pa += $2; ma += $3 }
	END {
		printf "%-22s %5d %7.2f %7.2f %7.2f\n", "sum of the steps", files, st, pa, ma
		printf "%-22s %5d %7s %7s\n", "candidates parsed once", files, "", pu
		if (pu == "n/a") print "(a parse spatch gave up on counts as 0: the last line is then a lower bound)"
		printf "floor (one grep of the tree): %.2f s\n", floor
		printf "least cold run on %d cores: %.2f s (floor + (start %.2f + parse once %.2f + match %.2f) / %d)\n",
			cores, floor + (st + pu + ma) / cores, st, pu, ma, cores
	}' "$work/sums"
