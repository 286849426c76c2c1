# SPDX-License-Identifier: GPL-2.0-only
# apply-series on a detached HEAD: the commits are made, with a warning
# that says the HEAD is detached (they are on no branch).
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
mk_project p	# test-only step t_register (fast)
mk_tree d
git -C d checkout -q --detach || fail "cannot detach HEAD"
head=$(git -C d rev-parse HEAD)
sh p/scripts/apply-series --to=5.0 --no-patches d >d.out 2>d.err
[ $? -eq 3 ] ||
	{ show d.err; fail "apply-series on a detached HEAD failed"; }
[ "$(git -C d rev-list --count "$head..HEAD")" -eq 1 ] ||
	{ show d.err; fail "apply-series on a detached HEAD did not make its commit"; }
grep -q -i 'detached' d.err || { show d.err; fail "apply-series on a detached HEAD gives no 'detached' warning"; }
exit 0
