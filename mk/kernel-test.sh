#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Real-tree tests (make kernel-test), not part of make check: run every
# step of cocci/series over Debian's 6.1 and 5.10 trees through the
# kernel's own `make coccicheck` and through ours, in all four modes, and
# check that both agree, that spatch never fails, and that each step
# changes exactly what it should on each tree.  Then the checker's run.
# The module tests (testcases/kernel/modules-6.1.sh) use Debian's 6.1
# kernel build, its linux-headers package (mk/kernel-headers.sh).
#
# Usage: mk/kernel-test.sh KCACHE [step...]
set -u
MN_PROG=kernel-test
MN_HERE=$(cd "$(dirname "$0")/../scripts" && pwd)
. "$MN_HERE/mn-lib.sh"
mn_find_root

cache=${1:?usage: kernel-test.sh KCACHE [--record-sites] [step...]}
shift
# --record-sites: run only our coccicheck, each step, tree and mode, and
# write the number of lines each prints to testcases/kernel/sites (the
# counts the comparisons assert), after a change that is meant to move
# them; review the diff of that file.
record=
if [ "${1:-}" = --record-sites ]; then
	record=1
	shift
fi
sites=$MN_ROOT/testcases/kernel/sites
mkdir -p "$cache" || die "cannot create $cache"
cache=$(cd "$cache" && pwd)
here=$MN_ROOT/mk
jobs=${J:-$(nproc 2>/dev/null || echo 2)}

t61=$(sh "$here/kernel-src.sh" "$cache" 6.1) || exit 1
t510=$(sh "$here/kernel-src.sh" "$cache" 5.10) || exit 1
# Debian's 6.1 kernel build (linux-headers), for the module tests.
kb61=$(sh "$here/kernel-headers.sh" "$cache" 6.1) || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/$MN_NAME-ktest.XXXXXX") || die "cannot create a temporary folder"
trap 'rm -rf "$work"' EXIT
macro=$(spatch_macro_args) || exit 1

pass=0 fail=0
ok() { echo "PASS $*"; pass=$((pass + 1)); }
ko() { echo "FAIL $*"; fail=$((fail + 1)); }

# What a mode's output says, independent of how it was produced: sorted
# finding lines, or "file<TAB>+/-line" records for diffs (the kernel's
# coccicheck prints ./path headers, ours a/path).
findings() {	# mode file
	case $1 in
	report) grep -E '^[^ ]+:[0-9]+:[0-9]+: ' "$2" | sed 's|^\./||' | sort ;;
	org) grep '^\* TODO' "$2" | sed 's|view:\./|view:|' | sort ;;
	*) awk '
		/^--- / { f = $2; sub(/^(a\/|\.\/)/, "", f); next }
		/^\+\+\+ / { next }
		/^[-+*]/ { print f "\t" $0 }' "$2" | sort ;;
	esac
}

# Steps that must change nothing on a tree: every step up to the API the
# tree's core already provides.
tree_level() { tree_api_version "$1"; }

run_step() {	# tree-name tree step mode
	name=$1 tree=$2 step=$3 mode=$4
	cocci=$MN_COCCI/$step.cocci
	k=$work/$name.$step.$mode.kernel
	o=$work/$name.$step.$mode.ours
	if [ -n "$record" ]; then
		sh "$MN_ROOT/scripts/coccicheck" --no-cache --mode="$mode" --step="$step" --jobs="$jobs" \
			"$tree" >"$o" 2>"$o.err" || { ko "$name $step $mode: make coccicheck failed"; return; }
		echo "$name $step $mode $(findings "$mode" "$o" | grep -c .)" >>"$work/sites"
		return
	fi
	t0=$(date +%s)
	make -s -C "$tree" coccicheck COCCI="$cocci" MODE="$mode" J="$jobs" \
		SPFLAGS="$macro" >"$k" 2>&1
	kst=$?
	t1=$(date +%s)
	# --no-cache: compare what the steps find now, not a kept result.
	sh "$MN_ROOT/scripts/coccicheck" --no-cache --mode="$mode" --step="$step" --jobs="$jobs" \
		"$tree" >"$o" 2>"$o.err"
	ost=$?
	t2=$(date +%s)
	label="$name $step $mode (kernel $((t1 - t0))s, ours $((t2 - t1))s)"
	if [ $kst -ne 0 ] || grep -q -e '^EXN:' -e 'coccicheck failed' "$k"; then
		ko "$label: the kernel's coccicheck failed"
		tail -n 5 "$k" | sed 's/^/    /'
		return
	fi
	if [ $ost -ne 0 ]; then
		ko "$label: make coccicheck failed"
		sed 's/^/    /' "$o.err"
		return
	fi
	findings "$mode" "$k" >"$k.f"
	findings "$mode" "$o" >"$o.f"
	if ! cmp -s "$k.f" "$o.f"; then
		ko "$label: the two runs differ"
		diff -u "$k.f" "$o.f" | head -n 20 | sed 's/^/    /'
		return
	fi
	level=$(tree_level "$tree")
	v=$(series_steps | awk -v s="$step.cocci" '$2 == s { print $1 }')
	if [ "$mode" = patch ] && version_le "$v" "$level" && [ -s "$o.f" ]; then
		ko "$label: changes a tree already at the $level API (false positives)"
		head -n 20 "$o.f" | sed 's/^/    /'
		return
	fi
	# The number of lines each comparison expects (testcases/kernel/sites):
	# two runs that both find nothing also agree.
	got=$(grep -c . "$o.f")
	want=$(awk -v t="$name" -v s="$step" -v m="$mode" \
		'$1 == t && $2 == s && $3 == m { print $4 }' "$sites" 2>/dev/null)
	if [ -z "$want" ]; then
		ko "$label: $got line(s); testcases/kernel/sites states no count for it"
		return
	fi
	if [ "$got" != "$want" ]; then
		ko "$label: $got line(s), testcases/kernel/sites expects $want"
		return
	fi
	ok "$label: $got line(s), as expected"
	cp "$o" "$cache/result.$name.$step.$mode" 2>/dev/null
}

steps=${*:-$(series_steps | awk '{ sub(/\.cocci$/, "", $2); print $2 }')}
for step in $steps; do
	[ -f "$MN_COCCI/$step.cocci" ] || { ko "$step: no such step"; continue; }
	for mode in patch report context org; do
		run_step 6.1 "$t61" "$step" "$mode"
		run_step 5.10 "$t510" "$step" "$mode"
	done
done
if [ -n "$record" ]; then
	{
		echo "# tree step mode lines: what make kernel-test expects our coccicheck to"
		echo "# print (and the kernel's to agree with), recorded by kernel-test --record-sites."
		# The steps not run this time keep their counts.
		{ cat "$work/sites"; grep -v '^#' "$sites" 2>/dev/null; } |
			awk '!(($1, $2, $3) in seen) { seen[$1, $2, $3]; print }' | sort -k1,1 -k2,2 -k3,3
	} >"$sites.tmp" && mv "$sites.tmp" "$sites" || die "cannot write $sites"
	echo "recorded $(grep -c . "$work/sites") count(s) in $sites; $fail failed"
	[ "$fail" -eq 0 ]
	exit
fi

# The combined runs (mn_combined: the steps that share their options in
# one spatch run) print what the steps print one by one: the steps at
# once, cold (no result cache), on both trees, in report and org modes.
step_list=$(echo $steps | tr " " ,)
for mode in report org; do
	for name in 6.1 5.10; do
		case $name in 6.1) tree=$t61 ;; *) tree=$t510 ;; esac
		c=$work/combined.$name.$mode s=$work/per-step.$name.$mode
		MN_COMBINE=1 sh "$MN_ROOT/scripts/coccicheck" --no-cache --quiet --mode="$mode" --step="$step_list" \
			--jobs="$jobs" "$tree" >"$c" 2>"$c.err"
		cst=$?
		sh "$MN_ROOT/scripts/coccicheck" --no-cache --quiet --mode="$mode" \
			--step="$step_list" --jobs="$jobs" "$tree" >"$s" 2>"$s.err"
		sst=$?
		label="$name combined $mode, $(echo $steps | wc -w) step(s)"
		if [ $cst -ne 0 ] || [ $sst -ne 0 ]; then
			ko "$label: a run failed (combined $cst, per step $sst)"
			tail -n 3 "$c.err" "$s.err" | sed "s/^/    /"
		elif ! cmp -s "$c" "$s"; then
			ko "$label: combined and per-step outputs differ"
			diff -u "$s" "$c" | head -n 20 | sed "s/^/    /"
		else
			ok "$label: the same $(grep -c . "$c") line(s)"
		fi
	done
done

# Step-specific expectations on the real trees.
for t in "$MN_ROOT"/testcases/kernel/*.sh; do
	[ -f "$t" ] || continue
	n=$(basename "$t" .sh)
	if T61=$t61 T510=$t510 KB61=$kb61 RESULTS=$cache WORK=$work sh "$t" >"$work/$n.log" 2>&1; then
		ok "kernel/$n"
	else
		ko "kernel/$n"
		sed 's/^/    /' "$work/$n.log" | tail -n 30
	fi
done

# The build proof: the series builds at each API the core patches of
# testcases/kernel/core/ give the two trees (mk/build-proof.sh).
if [ -z "${*:-}" ]; then
	if J=$jobs sh "$here/build-proof.sh" "$cache"; then
		ok "build proof"
	else
		ko "build proof"
	fi
fi

# The checker through kbuild on the 6.1 tree.
if [ -z "${*:-}" ] && [ -f "$here/kernel-test-checker.sh" ]; then
	if sh "$here/kernel-test-checker.sh" "$cache"; then
		ok "checker on 6.1"
	else
		ko "checker on 6.1"
	fi
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
