#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Time a checker against plain sparse on the same kbuild command lines (as
# mk/checker-kbuild.sh kept them), run from the build folder as kbuild runs
# them: each the median of three runs of all the lines.  Prints
# "CHECKER_SECONDS SPARSE_SECONDS".  Shared by mk/kernel-test-checker.sh
# and mk/bench.sh.
#
# Usage: sh mk/checker-time.sh BUILD COMMANDS CHECKER [SPARSE]
set -u
MN_PROG=checker-time
MN_HERE=$(cd "$(dirname "$0")/../scripts" && pwd)
. "$MN_HERE/mn-lib.sh"

[ $# -ge 3 ] || die "usage: checker-time.sh BUILD COMMANDS CHECKER [SPARSE]"
build=$1 commands=$2 checker=$3 sparse=${4:-sparse}
work=$(mktemp -d "${TMPDIR:-/tmp}/$MN_NAME-time.XXXXXX") || die "cannot create a temporary folder"
trap 'rm -rf "$work"' EXIT

# The checker's lines without the options that only collect findings.
sed 's/ --emit-baseline / /' "$commands" >"$work/checker"
sed "s|^$checker |$sparse |" "$work/checker" >"$work/sparse"
run_all() { (cd "$build" && sh "$1"); }
echo "$(median3 run_all "$work/checker") $(median3 run_all "$work/sparse")"
