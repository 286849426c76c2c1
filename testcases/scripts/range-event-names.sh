# SPDX-License-Identifier: GPL-2.0-only
# The event of a converted mmu_notifier_range_init() comes from what the
# code does around the range, never from the name of the function holding
# it: every range_event fixture, with each function it defines renamed to
# a neutral mnfnN (in a copy), must still turn into its .res, renamed the
# same way.  Only patch mode is compared: the report names the functions.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"

src=$R/testcases/cocci/range_event
p=$T/p
mkdir -p "$p/testcases/cocci/range_event" &&
	cp -R "$R/cocci" "$R/scripts" "$p/" &&
	cp -R "$R/testcases/include" "$R/testcases/cocci-one.sh" \
		"$R/testcases/run-cocci" "$p/testcases/" ||
	fail "cannot copy the project to $p"

# defined FILE: the functions FILE defines, kernel style: a header from
# column 0 holding a '(' and then a '{' alone in column 0 (a header that
# ends with ';' declares).
defined() {
	awk '
	/^[A-Za-z_]/ { hdr = $0; inhdr = 1; next }
	inhdr && /^\{/ {
		if (match(hdr, /[A-Za-z_][A-Za-z0-9_]*[ \t]*\(/)) {
			n = substr(hdr, RSTART, RLENGTH)
			sub(/[ \t]*\($/, "", n)
			print n
		}
		inhdr = 0; next
	}
	inhdr && /;[ \t]*$/ { inhdr = 0; next }
	inhdr && /^[ \t]/ { hdr = hdr " " $0; next }
	{ inhdr = 0 }' "$1"
}

n=0 renamed=0 names=
for c in "$src"/*.c; do
	t=${c##*/}; t=${t%.c}
	[ -f "$src/$t.res" ] || fail "$t.c has no .res"
	script=$T/$t.sed
	: >"$script"
	for f in $(defined "$c"); do
		n=$((n + 1))
		printf 's/\\b%s\\b/mnfn%d/g\n' "$f" "$n" >>"$script"
	done
	[ -s "$script" ] || fail "no function found in $t.c: the renaming would prove nothing"
	for x in c res; do
		sed -f "$script" "$src/$t.$x" >"$p/testcases/cocci/range_event/$t.$x" ||
			fail "cannot rename $t.$x"
	done
	cmp -s "$c" "$p/testcases/cocci/range_event/$t.c" && fail "$t.c unchanged by the renaming"
	names="$names range_event/$t"
	renamed=$((renamed + 1))
done
[ "$renamed" -ge 20 ] || fail "only $renamed fixtures renamed"

# The fixtures only: the step's header and its context and org runs
# do not depend on the names.
# shellcheck disable=SC2086
sh "$p/testcases/run-cocci" $names >out 2>&1 || {
	cat out
	fail "events or vmas changed when the functions got neutral names"
}
grep -q "^$renamed passed, 0 failed$" out || { cat out; fail "not every renamed fixture ran"; }
