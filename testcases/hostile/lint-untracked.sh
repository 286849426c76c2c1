# SPDX-License-Identifier: GPL-2.0-only
# A driver dropped into a git tree and not yet added is part of no change:
# lint cannot check it, and says so by name instead of passing it over.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
export MNCHECK="$R/checker/mncheck"
mkdir t && cp -R "$R/testcases/include" t/include &&
	cp -R "$R/testcases/scripts/fixtures/lint-tree/." t/ &&
	git -C t init -q && git -C t add -A && git -C t commit -q -m toyhmm || fail "cannot build the tree"
d=drivers/misc/toyhmm
echo '/* a comment */' >>"t/$d/toyhmm.c"
git -C t commit -q -a -m "a comment"
cp "t/$d/toyhmm.c" "t/$d/dropped in.c"
echo 'int unrelated;' >"t/$d/unrelated.c"
sh "$S/presubmit" --kdir=t --range=HEAD~1..HEAD >out 2>err || { show out err; fail "lint failed"; }
grep -q "not linted: $d/dropped in.c is untracked" err || { show err; fail "the untracked driver is not named"; }
grep -q 'unrelated.c' err && { show err; fail "an untracked file that uses no API is named"; }
exit 0
