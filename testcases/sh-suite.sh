#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# The runner of the shell-test suites (run-scripts, run-hostile): every
# testcases/SUITE/*.sh but lib.sh is one test, run in its own temporary
# folder outside the project (some tests need a folder in no git tree),
# with T, TMPDIR and MN_ROOT_DIR set; it passes when it exits 0.  The
# tests run J at a time (default: the cores; most of their time is spent
# waiting on small processes), and their results print in name order, a
# failing test's output with it.
#
# Usage: testcases/sh-suite.sh SUITE [name...]     J=jobs
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
suite=${1:?usage: sh-suite.sh SUITE [name...]}
shift
[ -d "$root/testcases/$suite" ] || { echo "sh-suite: no suite '$suite'" >&2; exit 2; }
jobs=${J:-$(nproc 2>/dev/null || echo 2)}
case $jobs in ''|*[!0-9]*|0) jobs=1 ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/mnmigrate-$suite.XXXXXX") || exit 1
lanes=
trap 'rm -rf "$work"' EXIT
trap 'for p in $lanes; do kill "$p" 2>/dev/null; done; exit 130' INT TERM HUP
if [ $# -gt 0 ]; then
	list=$(for n in "$@"; do echo "$root/testcases/$suite/${n%.sh}.sh"; done)
else
	list=$(ls "$root/testcases/$suite"/*.sh | grep -v '/lib\.sh$')
fi

run_one() {	# test file: its status in $work/NAME.st
	n=$(basename "$1" .sh)
	d=$work/$n
	mkdir -p "$d/tmp"
	t0=$(date +%s)
	(cd "$d" && TMPDIR=$d/tmp MN_ROOT_DIR=$root T=$d sh "$1") >"$d.log" 2>&1
	echo $? >"$d.st"
	echo $(($(date +%s) - t0)) >"$d.time"
}

# The longest tests first, so that no lane is left with a long one at the
# end: by their time in the last run of the suite (MN_BUILD/tests/SUITE.out),
# else by how many jobs they run.  Each lane takes the next test no lane
# has taken.
hist=${MN_BUILD:-$root/build}/tests/$suite.out
[ -f "$hist" ] || hist=/dev/null
bylength=$(for t in $list; do
	n=$(basename "$t" .sh)
	s=$(sed -n "s|^PASS $suite/$n (\\([0-9]*\\)s)\$|\\1|p" "$hist")
	[ -n "$s" ] || s=$((10 * $(grep -c -e 'sh "\$S/' -e 'make ' "$t")))
	echo "$s $t"
done | sort -s -k1,1nr | awk '{ print $2 }')
k=0
while [ $k -lt "$jobs" ]; do
	(
		for t in $bylength; do
			mkdir "$work/claim.$(basename "$t" .sh)" 2>/dev/null && run_one "$t"
		done
	) &
	lanes="$lanes $!"
	k=$((k + 1))
done
wait
lanes=

pass=0 fail=0
for t in $list; do
	n=$(basename "$t" .sh)
	if [ "$(cat "$work/$n.st" 2>/dev/null)" = 0 ]; then
		echo "PASS $suite/$n ($(cat "$work/$n.time")s)"
		pass=$((pass + 1))
	else
		echo "FAIL $suite/$n"
		sed 's/^/    /' "$work/$n.log" | tail -n 40
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
