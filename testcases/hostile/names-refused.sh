# SPDX-License-Identifier: GPL-2.0-only
# coccicheck on a tree (plain and git) holding candidate files it cannot
# handle safely: names with a TAB or a NEWLINE, and a .c file with a NUL
# byte.  Each is refused by name on stderr ("skipped", "tab or a newline";
# "binary" or "NUL"), a summary line counts them ("3 file(s) skipped"), the
# other findings are still printed, and the exit status is 3 (a human must
# look), not 0.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
populate() {	# tree
	cp "$1/mm/toy_mprotect.c" "$1/mm/left${TAB}right.c" &&
	cp "$1/mm/toy_mprotect.c" "$1/mm/up${NL}down.c" &&
	{ cat "$1/mm/toy_mprotect.c"; printf '/* a NUL: \000 */\n'; } >"$1/mm/bin.c" ||
		fail "cannot create the files in $1"
	[ "$(tr -d -c '\000' <"$1/mm/bin.c" | wc -c)" -eq 1 ] || fail "bin.c has no NUL byte"
}
mk_plain plain
populate plain
mk_tree git
populate git
commit_all git "unsafe names"
[ "$(git -C git ls-files -z | tr '\0' '\n' | grep -c -e right -e down -e bin.c)" -ge 3 ] ||
	fail "git did not take the files"

for tree in plain git; do
	sh "$S/coccicheck" --step=range_callers "$tree" >"$tree.out" 2>"$tree.err"
	st=$?
	[ "$(findings_of "$tree.out" mm/toy_mprotect.c)" -eq 6 ] ||
		{ show "$tree.out" "$tree.err"; fail "$tree tree: the findings of mm/toy_mprotect.c are missing"; }
	grep -q -e right -e down -e 'bin\.c' "$tree.out" &&
		{ show "$tree.out"; fail "$tree tree: a refused file has findings on stdout"; }
	grep -i 'skipped' "$tree.err" | grep -i 'tab or a newline' | grep -q -E 'left.{0,6}right\.c' ||
		{ show "$tree.err"; fail "$tree tree: no 'skipped ... tab or a newline' line naming mm/left<TAB>right.c"; }
	grep -i 'skipped' "$tree.err" | grep -i 'tab or a newline' | grep -q -E 'up.{0,6}down\.c' ||
		{ show "$tree.err"; fail "$tree tree: no 'skipped ... tab or a newline' line naming mm/up<NEWLINE>down.c"; }
	grep -i 'skipped' "$tree.err" | grep 'mm/bin\.c' | grep -q -i -E 'binary|NUL' ||
		{ show "$tree.err"; fail "$tree tree: no 'skipped ... binary/NUL' line naming mm/bin.c"; }
	grep -q -E '(^|[^0-9])3 file\(s\) skipped' "$tree.err" ||
		{ show "$tree.err"; fail "$tree tree: no summary line '3 file(s) skipped'"; }
	[ $st -eq 3 ] || { show "$tree.err"; fail "$tree tree: exit $st, not 3, with skipped files"; }
done
exit 0
