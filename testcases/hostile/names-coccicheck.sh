# SPDX-License-Identifier: GPL-2.0-only
# coccicheck over a tree whose file and folder names hold `cmd`, $(cmd),
# spaces, quotes, '*', a leading '-' and non-ASCII letters: no command runs
# (report mode on a git and a plain tree, patch mode on the plain one), and
# every such file is reported and patched under its real name, like the
# file it is a copy of.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"

# Copies of mm/toy_mprotect.c (range_callers: 6 findings) under hostile
# names, beside it and in hostile folders.
names="mm/$N_DOLLAR.c
mm/$N_TICK.c
mm/sp ace.c
mm/q'u\"o.c
mm/st*r.c
mm/ünï.c
mm/-lead.c
drivers/$N_DOLLAR/x.c
drivers/$N_TICK dir/y.c
drivers/-d/z.c
drivers/ö ü/w.c"
populate() {	# tree
	echo "$names" | while IFS= read -r n; do
		mkdir -p -- "$1/$(dirname -- "$n")" && cp -- "$1/mm/toy_mprotect.c" "$1/$n" ||
			fail "cannot create $n"
	done || exit 1
}
mk_plain plain
populate plain
mk_tree git
populate git
commit_all git "hostile names"

for tree in plain git; do
	before=$(files_state "$tree")
	# Report mode.
	sh "$S/coccicheck" --step=range_callers "$tree" >"$tree.report" 2>"$tree.report.err"
	st=$?
	no_sentinel "coccicheck --mode=report on the $tree tree"
	[ $st -eq 0 ] || { show "$tree.report.err"; fail "report mode on the $tree tree: exit $st"; }
	# The normal file first: the run did find something.
	[ "$(findings_of "$tree.report" mm/toy_mprotect.c)" -eq 6 ] ||
		{ show "$tree.report"; fail "report ($tree tree): mm/toy_mprotect.c does not have its 6 findings"; }
	echo "$names" | while IFS= read -r n; do
		[ "$(findings_of "$tree.report" "$n")" -eq 6 ] ||
			{ show "$tree.report" "$tree.report.err"; fail "report ($tree tree): '$n' does not have the 6 findings of its copy under its real name"; }
		has_finding "$tree.report" "$n" 16 ||
			{ show "$tree.report"; fail "report ($tree tree): no '$n:16:' line"; }
	done || exit 1

	# Patch mode (the same file list as report mode: the plain tree only): a
	# diff per file, never a write to the tree.
	[ $tree = plain ] || continue
	sh "$S/coccicheck" --mode=patch --step=range_callers "$tree" >"$tree.patch" 2>"$tree.patch.err"
	st=$?
	no_sentinel "coccicheck --mode=patch on the $tree tree"
	[ $st -eq 0 ] || { show "$tree.patch.err"; fail "patch mode on the $tree tree: exit $st"; }
	has_diff_of "$tree.patch" mm/toy_mprotect.c ||
		{ show "$tree.patch.err"; fail "patch ($tree tree): no diff of mm/toy_mprotect.c"; }
	echo "$names" | while IFS= read -r n; do
		has_diff_of "$tree.patch" "$n" ||
			{ grep -a '^+++' "$tree.patch" >&2; show "$tree.patch.err"; fail "patch ($tree tree): no '+++ b/$n' diff"; }
	done || exit 1
	[ "$(grep -c "^+++ " "$tree.patch")" -eq $(($(echo "$names" | grep -c .) + 1)) ] ||
		{ grep -a "^+++" "$tree.patch" >&2; fail "patch ($tree tree): not exactly one diff per file"; }
	[ "$(files_state "$tree")" = "$before" ] || fail "coccicheck changed the $tree tree"
done
no_sentinel "coccicheck"
exit 0
