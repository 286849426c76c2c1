#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Run the test suites (all, or those named: cocci checker scripts) and end
# with one line "N passed, M failed".  A python3/python that fails loudly is
# put first on PATH: the project must never call Python, and a call counts
# as one more failed test.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
build=${MN_BUILD:-$root/build}
trap_dir=$build/no-python
mkdir -p "$trap_dir"
calls=$trap_dir/calls
: >"$calls"
for py in python python3; do
	cat >"$trap_dir/$py" <<TRAP
#!/bin/sh
echo "python called: \$0 \$*" >&2
echo "\$0 \$*" >>"$calls"
exit 99
TRAP
	chmod +x "$trap_dir/$py"
done
PATH=$trap_dir:$PATH
export PATH MN_BUILD="$build"

suites=${*:-cocci checker scripts hostile}
pass=0 fail=0
for s in $suites; do
	runner=$root/testcases/run-$s
	[ -f "$runner" ] || { echo "check: no suite '$s'" >&2; exit 2; }
	echo "== $s"
	out=$build/tests/$s.out
	mkdir -p "$build/tests"
	t0=$(date +%s)
	sh "$runner" | tee "$out"
	echo "-- $s: $(($(date +%s) - t0))s"
	line=$(tail -n 1 "$out")
	p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
	f=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
	if [ -z "$p" ]; then
		echo "FAIL suite $s: no result line"
		fail=$((fail + 1))
		continue
	fi
	pass=$((pass + p))
	fail=$((fail + f))
done
if [ -s "$calls" ]; then
	echo "FAIL no-python: Python was called:"
	sed 's/^/    /' "$calls"
	fail=$((fail + 1))
else
	pass=$((pass + 1))
	echo "PASS no-python"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
