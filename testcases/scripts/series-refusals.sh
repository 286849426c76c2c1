# SPDX-License-Identifier: GPL-2.0-only
# apply-series refuses every unsafe tree with a one-line error, a non-zero
# exit, and the tree left exactly as it was.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"

# Not a kernel tree / missing.
mkdir notkernel && echo 'all:' >notkernel/Makefile
expect_error 'not a kernel tree' sh "$S/apply-series" notkernel
expect_error 'no such directory' sh "$S/apply-series" missing
expect_error 'no kernel tree given' sh "$S/apply-series"

# Not a git work tree.
cp -R "$R/testcases/example-tree" nogit
expect_error 'not a git work tree' sh "$S/apply-series" --to=5.2 nogit

# Dirty tracked file.
mk_tree dirty
echo '/* local edit */' >>dirty/mm/toy_mprotect.c
before=$(tree_state dirty)
expect_error 'uncommitted changes' sh "$S/apply-series" --to=5.2 dirty
[ "$(tree_state dirty)" = "$before" ] || fail "dirty tree was modified"

# Staged change.
mk_tree staged
echo '/* staged */' >>staged/README && git -C staged add README
expect_error 'uncommitted changes' sh "$S/apply-series" --to=5.2 staged

# Untracked file the steps would touch.
mk_tree untracked
cp untracked/drivers/misc/toygru/toygru_notify.c untracked/drivers/misc/toygru/copy.c
before=$(tree_state untracked)
expect_error 'untracked files the steps would touch' sh "$S/apply-series" --to=5.2 untracked
[ "$(tree_state untracked)" = "$before" ] || fail "tree with untracked file was modified"
# ... while an unrelated untracked file is fine to have around.
rm untracked/drivers/misc/toygru/copy.c
echo notes >untracked/NOTES
sh "$S/apply-series" --to=5.2 --no-patches --quiet untracked || fail "unrelated untracked file refused"

# Rebase, merge, cherry-pick in progress.
for state in rebase-merge MERGE_HEAD CHERRY_PICK_HEAD; do
	mk_tree "mid-$state"
	head=$(git -C "mid-$state" rev-parse HEAD)
	if [ "$state" = rebase-merge ]; then
		mkdir "mid-$state/.git/rebase-merge"
	else
		echo "$head" >"mid-$state/.git/$state"
	fi
	expect_error 'in the middle of' sh "$S/apply-series" --to=5.2 "mid-$state"
	[ "$(git -C "mid-$state" rev-parse HEAD)" = "$head" ] || fail "$state: HEAD moved"
done

# A subfolder of a git tree is not the tree.
mk_tree whole
expect_error 'not a kernel tree' sh "$S/apply-series" --to=5.2 whole/mm

# Bad TO.
mk_tree badto
expect_error 'not a version' sh "$S/apply-series" --to=five badto
exit 0
