#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# make bench: whole-tree speed on one kernel tree, each figure the median
# of 3 runs, in seconds:
#  (a) our front end (scripts/coccicheck), every step, report mode;
#  (b) the kernel's own `make coccicheck MODE=report`, the same steps one
#      by one, with the same macro files and jobs;
#  (c) the floor: the one pass of mn_token_files over the tree, the
#      union of the steps' tokens (git grep -z, a walk outside git);
#  (d) the checker and plain sparse on the same kbuild command lines, for
#      the files that use the APIs; needs a configured tree (BUILD/.config),
#      n/a otherwise.
# The last lines are the ratios: a/b and a/c with the result cache warm,
# the same cold (no result cache, no parse cache: every step runs spatch;
# only the caches of the tool's own compiled rules are kept), and
# checker/sparse.  Works under `make -s`: no flag of ours reaches kbuild.
#
# Usage: sh mk/bench.sh KDIR [BUILD]     J=jobs (default: the cores)
#   BUILD: the kbuild O= folder (default KDIR)
set -u
MN_PROG=bench
MN_HERE=$(cd "$(dirname "$0")/../scripts" && pwd)
. "$MN_HERE/mn-lib.sh"
mn_find_root

[ $# -ge 1 ] && [ -n "$1" ] || die "usage: make bench KDIR=<kernel tree> [O=<build folder>]"
require_kernel_tree "$1"
kdir=$(cd "$1" && pwd)
build=${2:-$kdir}
[ -d "$build" ] && build=$(cd "$build" && pwd)
jobs=${J:-$(nproc 2>/dev/null || echo 2)}
checker=$MN_ROOT/checker/mncheck
work=$(mktemp -d "${TMPDIR:-/tmp}/$MN_NAME-bench.XXXXXX") || die "cannot create a temporary folder"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM HUP

steps=$(series_steps | awk '{ print $2 }')
macro=$(spatch_macro_args) || exit 1

frontend() {
	# Every step, as the kernel side runs them all (not the tree's level).
	sh "$MN_ROOT/scripts/coccicheck" --quiet --mode=report --jobs="$jobs" --to="$(newest_version)" "$@" "$kdir"
}

kernel_coccicheck() {
	for f in $steps; do
		env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$kdir" coccicheck COCCI="$MN_COCCI/$f" MODE=report \
			J="$jobs" SPFLAGS="$macro" || return 1
	done
}

for f in $steps; do step_tokens "$MN_COCCI/$f"; done | sort -u >"$work/tokens"
floor() {
	mn_token_files "$kdir" . "$work/tokens"
}

# Warm the page cache, as the issue's figures are for a warm cache.
floor >/dev/null 2>&1
frontend >"$work/a.out" 2>"$work/a.err" || { cat "$work/a.err" >&2; die "the front end failed"; }

echo "tree: $kdir ($(sed -n 's/^VERSION = //p' "$kdir/Makefile").$(sed -n 's/^PATCHLEVEL = //p' "$kdir/Makefile"))"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -m), $jobs jobs; spatch $(spatch_version)"
echo "steps: $(echo "$steps" | wc -l), findings: $(grep -c . "$work/a.out")"

a=$(median3 frontend)
echo "(a) front end, every step, report mode (result cache warm, as on a push): $a s"
a0=$(median3 frontend --no-cache)
echo "(a) without the result cache (every step runs spatch): $a0 s"
b=$(median3 kernel_coccicheck)
echo "(b) kernel make coccicheck MODE=report, step by step: $b s"
c=$(median3 floor)
echo "(c) floor, grep -l of the union of the tokens: $c s"

d=n/a
if [ -f "$build/.config" ] && [ -x "$checker" ]; then
	if sh "$MN_ROOT/mk/checker-kbuild.sh" "$kdir" "$build" "$work/kbuild" "$checker" "$jobs" \
		>"$work/kbuild.err" 2>&1 &&
	   times=$(sh "$MN_ROOT/mk/checker-time.sh" "$build" "$work/kbuild/commands" \
		"$checker" 2>>"$work/kbuild.err"); then
		dc=${times% *} ds=${times#* }
		echo "(d) $(wc -l <"$work/kbuild/commands") files: checker $dc s, sparse $ds s"
		d=$(echo "$dc $ds" | awk '{ printf "%.2f", $1 / $2 }')
	else
		echo "(d) n/a: kbuild or the timing failed ($(tail -n 1 "$work/kbuild.err"))"
	fi
else
	echo "(d) n/a: $build is not a configured tree (make bench O=<build folder>)"
fi

echo "$a0 $b $c" | awk '{ printf "without the result cache: frontend/coccicheck %.2f, frontend/floor %.2f\n", $1 / $2, $1 / $3 }'
echo "$a $b" | awk '{ printf "ratio frontend/coccicheck: %.2f\n", $1 / $2 }'
echo "$a $c" | awk '{ printf "ratio frontend/floor: %.2f\n", $1 / $2 }'
echo "$a0 $b" | awk '{ printf "ratio cold frontend/coccicheck: %.2f (%s s / %s s)\n", $1 / $2, $1, $2 }'
echo "$a0 $c" | awk '{ printf "ratio cold frontend/floor: %.2f (%s s / %s s)\n", $1 / $2, $1, $2 }'
echo "ratio checker/sparse: $d"
