# SPDX-License-Identifier: GPL-2.0-only
# install-hook: a pre-commit hook that stops a commit introducing a finding
# and lets a clean one through, a pre-push hook that stops a push of such a
# commit; an existing hook is never replaced without --force (then it is
# kept aside); bad input gets a one-line error.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
# A copy of the scripts with the test-only steps (fast); the hook must
# call that copy by its absolute path.
mk_project p
export MNCHECK="$R/checker/mncheck"
mkdir t && cp -R "$R/testcases/include" t/include &&
	cp -R "$R/testcases/scripts/fixtures/lint-tree/." t/ &&
	git -C t init -q && git -C t add -A && git -C t commit -q -m toyhmm || fail "cannot build the tree"
drv=t/drivers/misc/toyhmm/toyhmm.c

sh p/scripts/install-hook --help | grep -q '^Usage: install-hook' || fail "--help"
expect_error 'use pre-commit or pre-push' sh p/scripts/install-hook --hook=post-merge t
expect_error 'not a git work tree' sh p/scripts/install-hook "$T/p"
expect_error 'no such directory' sh p/scripts/install-hook missing

# An existing hook is left alone.
printf '#!/bin/sh\necho mine\n' >t/.git/hooks/pre-commit
chmod +x t/.git/hooks/pre-commit
cp t/.git/hooks/pre-commit mine
expect_error 'exists; it is left alone' sh p/scripts/install-hook t
cmp -s mine t/.git/hooks/pre-commit || fail "the existing hook was changed"

# --force replaces it and keeps the old one aside.
sh p/scripts/install-hook --force t 2>err || { cat err; fail "--force failed"; }
cmp -s mine t/.git/hooks/pre-commit.mnmigrate-old || fail "the old hook was not kept"
grep -q "^presubmit='$T/p/scripts/presubmit'$" t/.git/hooks/pre-commit ||
	{ cat t/.git/hooks/pre-commit; fail "the hook does not call presubmit by its absolute path"; }
grep -q -- '--staged' t/.git/hooks/pre-commit || fail "pre-commit does not lint the staged change"

# A commit that drops the owner check is stopped; the tree keeps it staged.
sed -i -e 's/MMU_NOTIFY_MIGRATE &&$/MMU_NOTIFY_MIGRATE)/' -e '/range->owner == th->mdevice)$/d' "$drv"
head=$(git -C t rev-parse HEAD)
if (cd t && git commit -q -a -m "drop the owner check") >out 2>&1; then
	fail "the pre-commit hook let a new finding through"
fi
grep -q 'warning: .*\[owner-ignored\]$' out || { cat out; fail "the hook printed no finding"; }
[ "$(git -C t rev-parse HEAD)" = "$head" ] || fail "a commit was made"
# A clean commit goes through (a comment only).
git -C t checkout -q -- .
sed -i 's|known finding\. \*/$|known one. */|' "$drv"
(cd t && git commit -q -a -m "reword") >out 2>&1 || { cat out; fail "a clean commit was stopped"; }

# pre-push: the pushed range is linted.
git init -q --bare up.git
git -C t remote add origin "$T/up.git"
git -C t push -q origin HEAD:refs/heads/main || fail "first push failed"
git -C t branch -q --set-upstream-to=origin/main
sh p/scripts/install-hook --hook=pre-push t 2>err || { cat err; fail "pre-push install failed"; }
expect_error 'exists; it is left alone' sh p/scripts/install-hook --hook=pre-push t
sed -i -e 's/MMU_NOTIFY_MIGRATE &&$/MMU_NOTIFY_MIGRATE)/' -e '/range->owner == th->mdevice)$/d' "$drv"
git -C t commit -q --no-verify -a -m "drop the owner check"
if git -C t push -q origin HEAD:refs/heads/main >out 2>&1; then
	fail "the pre-push hook let a new finding through"
fi
grep -q '\[owner-ignored\]$' out || { cat out; fail "pre-push printed no finding"; }
[ "$(git -C up.git rev-parse main)" = "$(git -C t rev-parse HEAD~1)" ] || fail "the push went through"
# A new branch with only a clean commit on top of the pushed one passes.
git -C t reset -q --hard HEAD~1
sed -i 's|known one\. \*/$|known finding. */|' "$drv"
git -C t commit -q --no-verify -a -m "reword back"
git -C t push -q origin HEAD:refs/heads/topic >out 2>&1 || { cat out; fail "a clean push was stopped"; }
exit 0
