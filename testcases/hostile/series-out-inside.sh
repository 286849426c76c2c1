# SPDX-License-Identifier: GPL-2.0-only
# apply-series refuses an --out= folder inside the tree it converts (the
# series would land in the tree as untracked files): a one-line error
# ("inside"), no commit, the tree unchanged.  Spellings: relative, through
# "..", a symlink outside the tree pointing into it.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
mk_project p	# test-only step t_register (fast)
mk_tree t
ln -s "$T/t/mm" into
state=$(tree_state t)
for o in t/patches "$T/t/mm/../series" into/series; do
	one_error 'inside' sh p/scripts/apply-series --to=5.0 --out="$o" t
	[ "$(tree_state t)" = "$state" ] || fail "apply-series --out=$o: the tree changed"
done
exit 0
