#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# One semantic-patch test (see run-cocci): cocci-one.sh WORK STEP NAME PREV VERSION
# Writes WORK/STEP/NAME.result: "PASS" or "FAIL" then what went wrong.
set -u
work=$1 s=$2 n=$3 prev=$4 v=$5
MN_PROG=run-cocci
MN_HERE=$(cd "$(dirname "$0")/../scripts" && pwd)
. "$MN_HERE/mn-lib.sh"
mn_find_root
dir=$MN_ROOT/testcases/cocci/$s
inc=$MN_ROOT/testcases/include
out=$work/$s/$n
mkdir -p "$out"
result=$out.result
: >"$out.log"

fail() { { echo FAIL; cat "$out.log"; echo "$*"; } >"$result"; exit 0; }

[ "$n" = - ] && { n=none; result=$work/$s/-.result; mkdir -p "$work/$s"; echo "FAIL" >"$result"; echo "no tests in testcases/cocci/$s/" >>"$result"; exit 0; }
cocci=$MN_COCCI/$s.cocci
[ -f "$cocci" ] || fail "no semantic patch $cocci"

# The step itself: the kernel's coccicheck header, and a grep query in
# every mode: without one, spatch (and the kernel's coccicheck) parses
# every file of a tree.
if [ "$n" = @header ]; then
	head -n 1 "$cocci" | grep -q "^// SPDX-License-Identifier: " || fail "no SPDX line first"
	grep -q "^/// ." "$cocci" || fail "no /// description"
	for k in Confidence Keywords Requires; do
		grep -q "^// $k: ." "$cocci" || fail "no // $k: line"
	done
	for m in patch report context org; do
		grep -q "^virtual $m$" "$cocci" || fail "no virtual $m"
		q=$(grep_query "$cocci" "$m" 2>"$out.parse") ||
			fail "spatch cannot parse it in $m mode: $(cat "$out.parse")"
		[ -n "$q" ] || fail "no grep query in $m mode: every file would be parsed"
		# A word that most files of a tree hold (a field or a common
		# local, pulled in by a pattern that spells it) makes nearly every
		# file a candidate: spell it in a constraint, or depend on a rule.
		w=$(echo "$q" | tr -c 'A-Za-z0-9_\n' ' ' | tr ' ' '\n' |
			grep -x -E 'mm|start|end|range|addr|address|vma|page|flags|invalidate|size|len|data|ops|owner|event' | sort -u | tr '\n' ' ')
		[ -z "$w" ] || fail "grep query in $m mode has common words: $w"
	done
	echo PASS >"$result"
	exit 0
fi
# Context and org modes run without a spatch error on every input of the
# step: one spatch run per mode over all of them (each in a folder of its
# own, at its mntest: path=), not two more runs per test.
if [ "$n" = @modes ]; then
	opts="--very-quiet $(step_options "$cocci") $(spatch_macro_args)"
	: >"$out/groups"
	for c in "$dir"/*.c; do
		t=${c##*/}; t=${t%.c}
		p=$(sed -n 's/.*mntest:.*path=\([A-Za-z0-9_./-]*\).*/\1/p' "$c" | head -n 1)
		case $p in ''|*/|/*|*..*) p=$t.c ;; esac
		mkdir -p "$out/$t/$(dirname "$p")" && cp "$c" "$out/$t/$p" || fail "cannot copy $t.c"
		[ -s "$out/groups" ] && echo >>"$out/groups"
		echo "$t/$p" >>"$out/groups"
	done
	for m in context org; do
		# shellcheck disable=SC2086
		nd=
		[ $m = org ] && nd=--no-show-diff
		(cd "$out" && spatch --sp-file "$cocci" -D "$m" $opts $nd \
			--file-groups groups) >/dev/null 2>"$out.$m.err"
		st=$?
		if [ $st -ne 0 ] || grep -q -i -e 'error' -e 'exception' "$out.$m.err"; then
			cat "$out.$m.err" >>"$out.log"
			fail "spatch -D $m failed (exit $st)"
		fi
	done
	echo PASS >"$result"
	exit 0
fi
# A folder NAME/: a test over several files, as the tool's scripts run the
# step: a collect run (mn_group_facts) and then one run over all of them.
# Each X.res in it is the expected X (a file without one must not change);
# NAME/report is the expected report (sorted).  Its .c files compile
# against testcases/include and its own include/ at both versions.
if [ -d "$dir/$n" ]; then
	src=$dir/$n
	mnt=$(find "$src" -type f -name '*.c' -exec cat -- {} + | grep 'mntest:')
	b=$(echo "$mnt" | sed -n 's/.*mntest:.*before=\([0-9.]*\).*/\1/p' | head -n 1)
	a=$(echo "$mnt" | sed -n 's/.*mntest:.*after=\(-\|[0-9][0-9.]*\).*/\1/p' | head -n 1)
	tree=$(echo "$mnt" | sed -n 's/.*mntest:.*tree=\(kernel\).*/\1/p' | head -n 1)
	[ -n "$b" ] && prev=$b
	[ -n "$a" ] && v=$a
	rm -rf "$out/in" "$out/want" "$out/tree"
	mkdir -p "$out/in" "$out/want"
	(cd "$src" && find . -type f \( -name '*.c' -o -name '*.h' \) | sed 's|^\./||' | LC_ALL=C sort) >"$out/list"
	[ -s "$out/list" ] || fail "no .c or .h file in $n/"
	while IFS= read -r f; do
		mkdir -p "$out/in/$(dirname "$f")" "$out/want/$(dirname "$f")"
		cp "$src/$f" "$out/in/$f"
		if [ -f "$src/$f.res" ]; then cp "$src/$f.res" "$out/want/$f"; else cp "$src/$f" "$out/want/$f"; fi
	done <"$out/list"
	kv() { echo "KERNEL_VERSION($(echo "$1" | sed 's/\./,/'),0)"; }
	tcompile() {	# tree version
		grep '\.c$' "$out/list" | while IFS= read -r c; do
			gcc -fsyntax-only -nostdinc -I"$1/include" -I"$inc" -DLINUX_VERSION_CODE="$(kv "$2")" \
				-Wall -Werror -Wno-unused-function -Wno-unused-variable \
				-Wno-unused-but-set-variable -Wno-unused-label -x c "$1/$c" >>"$out.log" 2>&1 ||
				return 1
		done
	}
	tcompile "$out/in" "$prev" || fail "input does not compile against the $prev API"
	if [ "$v" = - ]; then
		[ -s "$src/report" ] || fail "after=- needs a non-empty $n/report"
	else
		tcompile "$out/want" "$v" || fail "expected output does not compile against the $v API"
	fi
	MN_JOBS=1
	groups_run() {	# tree mode [spatch options]
		gr_t=$1 gr_m=$2
		shift 2
		mn_group_facts "$gr_t" "$cocci" "$out/list" "$out/facts" "$tree" ||
			{ cat "$out/facts.err" >>"$out.log" 2>/dev/null; fail "collect run failed"; }
		MN_RANGE_GROUPS=$out/facts spatch_on "$gr_t" "$cocci" "$gr_m" "$out/facts.files" "$out.err" \
			-D groups "$@" || { cat "$out.err" >>"$out.log"; fail "spatch -D $gr_m failed"; }
	}
	cp -R "$out/in" "$out/tree"
	groups_run "$out/tree" patch --in-place >/dev/null
	if ! diff -r "$out/want" "$out/tree" >"$out.diff"; then
		sed "s|$out/||g" "$out.diff" >>"$out.log"
		fail "patch mode output differs from the .res files of $n/"
	fi
	cp -R "$out/tree" "$out/again"
	groups_run "$out/again" patch --in-place >/dev/null
	diff -r "$out/tree" "$out/again" >/dev/null || fail "not idempotent: patch mode changes its own output"
	rm -rf "$out/tree"
	cp -R "$out/in" "$out/tree"
	groups_run "$out/tree" report --no-show-diff >"$out/report"
	[ -f "$src/report" ] || fail "no expected report $n/report"
	sort "$out/report" >"$out/report.sorted"
	sort "$src/report" >"$out/expected.sorted"
	if ! cmp -s "$out/expected.sorted" "$out/report.sorted"; then
		diff -u "$out/expected.sorted" "$out/report.sorted" >>"$out.log"
		fail "report mode output differs from $n/report"
	fi
	echo PASS >"$result"
	exit 0
fi
c=$dir/$n.c
res=$dir/$n.res
[ -f "$res" ] || fail "no expected output $n.res"

# Per-test version overrides.
b=$(sed -n 's/.*mntest:.*before=\([0-9.]*\).*/\1/p' "$c" | head -n 1)
a=$(sed -n 's/.*mntest:.*after=\(-\|[0-9][0-9.]*\).*/\1/p' "$c" | head -n 1)
[ -n "$b" ] && prev=$b
[ -n "$a" ] && v=$a

kv() { echo "KERNEL_VERSION($(echo "$1" | sed 's/\./,/'),0)"; }
compile() {	# file version
	gcc -fsyntax-only -nostdinc -I"$inc" -DLINUX_VERSION_CODE="$(kv "$2")" \
		-Wall -Werror -Wno-unused-function -Wno-unused-variable \
		-Wno-unused-but-set-variable -Wno-unused-label -x c "$1" >>"$out.log" 2>&1
}
compile "$c" "$prev" || fail "input does not compile against the $prev API"
if [ "$v" = - ]; then
	# "after=-": code a human must finish; the report must say so.
	[ -s "$dir/$n.report" ] || fail "after=- needs a non-empty $n.report"
else
	compile "$res" "$v" || fail "expected output does not compile against the $v API"
fi

opts="--very-quiet $(step_options "$cocci") $(spatch_macro_args)"
run() {	# mode file [spatch options]
	m=$1 f=$2
	shift 2
	# shellcheck disable=SC2086
	(cd "$out" && spatch --sp-file "$cocci" -D "$m" $opts "$@" "$f") 2>"$out.err"
	st=$?
	if [ $st -ne 0 ] || grep -q -i -e 'error' -e 'exception' "$out.err"; then
		cat "$out.err" >>"$out.log"
		fail "spatch -D $m failed (exit $st)"
	fi
}

# "mntest: path=mm/migrate.c": the input is that file of a tree (the
# steps leave the files that define their API alone, by path).
p=$(sed -n 's/.*mntest:.*path=\([A-Za-z0-9_./-]*\).*/\1/p' "$c" | head -n 1)
case $p in
''|*/) p=$n.c ;;
/*|*..*) fail "mntest: path=$p is not a relative path" ;;
esac
mkdir -p "$out/$(dirname "$p")" "$out/again/$(dirname "$p")"
cp "$c" "$out/$p"
run patch "$p" --in-place >/dev/null
if ! cmp -s "$res" "$out/$p"; then
	diff -u "$res" "$out/$p" | sed "s|$out/||" >>"$out.log"
	fail "patch mode output differs from $n.res"
fi
cp "$out/$p" "$out/again/$p"
run patch "again/$p" --in-place >/dev/null
if ! cmp -s "$out/$p" "$out/again/$p"; then
	diff -u "$out/$p" "$out/again/$p" | sed "s|$out/||" >>"$out.log"
	fail "not idempotent: patch mode changes its own output"
fi

cp "$c" "$out/$p"
run report "$p" --no-show-diff >"$out/report"
if [ -f "$dir/$n.report" ]; then
	sort "$out/report" >"$out/report.sorted"
	sort "$dir/$n.report" >"$out/expected.sorted"
	if ! cmp -s "$out/expected.sorted" "$out/report.sorted"; then
		diff -u "$out/expected.sorted" "$out/report.sorted" >>"$out.log"
		fail "report mode output differs from $n.report"
	fi
fi
echo PASS >"$result"
