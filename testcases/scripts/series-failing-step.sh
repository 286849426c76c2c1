# SPDX-License-Identifier: GPL-2.0-only
# A failing step names itself and the file, and leaves the tree at the last
# good commit with nothing half-done.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_project p series-failing
mk_tree t
if sh p/scripts/apply-series --to=5.2 --no-patches t 2>err; then
	fail "a failing step went unnoticed"
fi
grep -q 'step t_fail failed' err || { cat err; fail "error does not name the step"; }
grep -q 'toy_mprotect.c' err || { cat err; fail "error does not name the file"; }
[ "$(git -C t log -1 --format=%s)" = "mm/test: register notifiers with the locked variant" ] ||
	fail "tree is not at the last good commit"
[ -z "$(git -C t status --porcelain --untracked-files=all)" ] || fail "tree left dirty"
exit 0
