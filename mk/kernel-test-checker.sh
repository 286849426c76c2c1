#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Run the checker through kbuild on Debian's 6.1 tree and compare its
# findings with testcases/checker/kernel-6.1.expected; then time it against
# plain sparse on the same command lines.
#
# Usage: sh mk/kernel-test-checker.sh KCACHE
#   KCACHE/linux-source-6.1  the unpacked tree (never modified)
#   KCACHE/build-6.1         the out-of-tree build, configured if missing
#                            (allmodconfig, CONFIG_WERROR off) and prepared
# Environment: CHECKER (default checker/mncheck), SPARSE (default sparse),
# JOBS (default: number of CPUs), TIMING=0 to skip the timing.
#
# The files are every .c of the tree that mentions mmu_notifier,
# mmu_interval or migrate_vma, except tools/ and what only builds on other
# architectures.  Findings are compared as file<TAB>function<TAB>rule
# (no line numbers).  Exit: 0 same findings, 1 any difference (or a file
# that could not be checked), 2 usage or setup error.
set -u

die() { echo "kernel-test-checker: $*" >&2; exit 2; }

case ${1:-} in
''|-h|--help)
	sed -n '4,20s/^# \{0,1\}//p' "$0"
	[ -n "${1:-}" ] && exit 0
	exit 2
	;;
esac

top=$(cd "$(dirname "$0")/.." && pwd)
kcache=$(cd "$1" 2>/dev/null && pwd) || die "no such folder: $1"
src=$kcache/linux-source-6.1
out=$kcache/build-6.1
checker=${CHECKER:-$top/checker/mncheck}
sparse=${SPARSE:-sparse}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
expected=$top/testcases/checker/kernel-6.1.expected
work=$out/mncheck

if ! grep -q '^VERSION = 6$' "$src/Makefile" 2>/dev/null ||
   ! grep -q '^PATCHLEVEL = 1$' "$src/Makefile"; then
	die "$src is not a 6.1 kernel tree"
fi
[ -x "$checker" ] || die "no checker at $checker (make checker/mncheck)"
command -v "$sparse" >/dev/null 2>&1 || die "no $sparse for the timing (apt-get install sparse)"
# The configured build needs host packages (mk/kbuild-deps.sh).
sh "$top/mk/kbuild-deps.sh" || exit 2
[ -f "$expected" ] || die "no $expected"
case $checker in
/*) ;;
*) checker=$(pwd)/$checker ;;
esac

mkdir -p "$out" "$work" || die "cannot create $out"
kmake() {
	make -C "$src" O="$out" "$@"
}

# Configure once: everything as modules, so that every user of the API
# (nouveau and amdkfd SVM, test_hmm, KVM, hfi1, mlx5, gntdev, GRU, ...) is
# built; warnings are not errors.
if [ ! -f "$out/.config" ]; then
	echo "  CONFIG  allmodconfig -WERROR -DEBUG_INFO_BTF ($out)"
	kmake allmodconfig >"$work/config.log" 2>&1 || die "allmodconfig failed (see $work/config.log)"
	"$src/scripts/config" --file "$out/.config" -d WERROR -d DEBUG_INFO_BTF
	kmake olddefconfig >>"$work/config.log" 2>&1 || die "olddefconfig failed (see $work/config.log)"
fi
echo "  CHECK   the files that use the APIs (C=2, log in $work/kbuild.log)"
sh "$top/mk/checker-kbuild.sh" "$src" "$out" "$work" "$checker" "$jobs" --emit-baseline ||
	exit 2
echo "  CHECKED $(wc -l <"$work/commands") command lines for $(wc -l <"$work/files") files"

# Paths as the tree has them: no srctree prefix, no dir/../
normalize() {
	sed -e "s|^$src/||" -e ':a' -e 's|[^/]*/\.\./||' -e 'ta'
}

rules='event-ignored|owner-ignored|migrate-no-owner|src-owner|set-seq-missing|blockable-ignored|migrate-self-deadlock|old-api'
awk -F '\t' -v rules="^($rules)\$" 'NF == 3 && $3 ~ rules' "$work/kbuild.log" |
	normalize | sort -u >"$work/actual"
grep -v -e '^#' -e '^$' "$expected" | cut -f1-3 | sort -u >"$work/expected"

awk '{ print $NF }' "$work/commands" | normalize | sort -u >"$work/checked"

status=0
missing=$(comm -23 "$work/files" "$work/checked")
if [ -n "$missing" ]; then
	echo "not checked (build failed, see $work/kbuild.log):"
	echo "$missing" | sed 's/^/  /'
	status=1
fi
if ! diff -u "$work/expected" "$work/actual" >"$work/diff"; then
	echo "findings differ from $expected (- expected, + found):"
	sed '1,2d' "$work/diff" | grep '^[-+]' | sed 's/^/  /'
	status=1
else
	echo "  OK      $(wc -l <"$work/actual") findings as expected"
fi

[ "${TIMING:-1}" = 0 ] && exit $status

# Time the checker and plain sparse on the same command lines.
echo "  TIME    checker vs $sparse, median of 3 runs of all the lines"
times=$(sh "$top/mk/checker-time.sh" "$out" "$work/commands" "$checker" "$sparse") || exit 2
# shellcheck disable=SC2086
set -- $times
total_c=$1 total_s=$2
echo "$total_c $total_s" | awk '{
	printf "  checker %.2f s, sparse %.2f s, ratio checker/sparse %.2f (target <= 1.30)\n",
		$1, $2, ($2 > 0 ? $1 / $2 : 0) }'
ratio_ok=$(echo "$total_c $total_s" | awk '{ print ($2 > 0 && $1 / $2 <= 1.3) ? 1 : 0 }')
[ "$ratio_ok" = 1 ] || echo "kernel-test-checker: warning: checker slower than 1.3x sparse" >&2
exit $status
