# SPDX-License-Identifier: GPL-2.0-only
# presubmit, 0-day style: an edit that drops the owner check of a 6.1-level
# driver's interval notifier is reported (owner-ignored, with its line after
# the change), the callback that already ignored the event is not, though
# its line moved; a harmless change prints nothing.  Exit 0/1/2, the
# default range with and without an upstream, -Wno-<rule>.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_lint_tree() {
	mkdir "$1" && cp -R "$R/testcases/include" "$1/include" &&
	cp -R "$R/testcases/scripts/fixtures/lint-tree/." "$1/" &&
	git -C "$1" init -q && git -C "$1" add -A && git -C "$1" commit -q -m "toyhmm" ||
		fail "cannot build the lint tree"
}
drop_owner_check() {	# tree
	sed -i -e 's/MMU_NOTIFY_MIGRATE &&$/MMU_NOTIFY_MIGRATE)/' \
		-e '/range->owner == th->mdevice)$/d' "$1/drivers/misc/toyhmm/toyhmm.c"
}
mk_lint_tree t
drv=drivers/misc/toyhmm/toyhmm.c
# The old finding is there before the change.
(cd t && "$R/checker/mncheck" -nostdinc -Iinclude "$drv") 2>&1 |
	grep -q "^$drv:59:13: .*'toyhmm_snapshot_invalidate' never reads 'range->event' \[event-ignored\]$" ||
	fail "the fixture lacks its old finding"

drop_owner_check t
git -C t commit -q -a -m "toyhmm: skip every migration"
before=$(tree_state t)
(cd t && sh "$S/presubmit") >out 2>err
st=$?
[ $st = 1 ] || { cat out err; fail "exit $st for a new finding, not 1"; }
[ "$(cat out)" = "$drv:38:13: warning: 'toyhmm_interval_invalidate' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner': another device's migration then goes unnoticed [owner-ignored]" ] ||
	{ cat out; fail "expected exactly the new owner-ignored finding"; }
grep -q 'HEAD~1..HEAD' err || { cat err; fail "default range is not HEAD~1..HEAD without an upstream"; }
[ "$(tree_state t)" = "$before" ] || fail "presubmit changed the tree"

# --kdir= from elsewhere, explicit range, -Wno-<rule>.
sh "$S/presubmit" --kdir=t --range=HEAD~1..HEAD >out2 2>/dev/null
[ $? = 1 ] && cmp -s out out2 || fail "--kdir=/--range= give another result"
sh "$S/presubmit" --kdir=t -Wno-owner-ignored >out3 2>/dev/null || fail "-Wno-owner-ignored still fails"
[ -s out3 ] && fail "-Wno-owner-ignored still prints"

# A harmless change on top: nothing new, exit 0, nothing on stdout.
sed -i 's|^/\* An old callback that never looks at the event: a known finding. \*/$|/* An old callback, never looking at the event: a known finding. */|' "t/$drv"
git -C t commit -q -a -m "toyhmm: reword a comment"
sh "$S/presubmit" --kdir=t >out4 2>err4 || { cat out4 err4; fail "a harmless change failed the lint"; }
[ -s out4 ] && { cat out4; fail "a harmless change printed findings"; }
grep -q 'no new finding' err4 || fail "no summary line"

# With an upstream, the default range is @{upstream}..HEAD: both commits.
git init -q --bare up.git
git -C t remote add origin "$T/up.git"
git -C t push -q origin HEAD~2:refs/heads/main
git -C t branch -q --set-upstream-to=origin/main
sh "$S/presubmit" --kdir=t >out5 2>err5
[ $? = 1 ] || { cat out5 err5; fail "upstream range: not exit 1"; }
grep -q '@{upstream}..HEAD' err5 || { cat err5; fail "default range is not @{upstream}..HEAD"; }
grep -q '\[owner-ignored\]$' out5 || fail "upstream range misses the finding"

# Usage and setup errors: exit 2, one line.
x2() {	# pattern cmd...: exit 2 and a one-line error
	expect_error "$@"
	shift
	"$@" >/dev/null 2>&1
	[ $? = 2 ] || fail "exit status is not 2 for: $*"
}
mkdir plain
x2 "unknown option '--bogus'" sh "$S/presubmit" --kdir=t --bogus
x2 'give one of' sh "$S/presubmit" --kdir=t --staged --range=HEAD~1..HEAD
x2 "unknown revision 'nosuch'" sh "$S/presubmit" --kdir=t --range=nosuch..HEAD
x2 'is not A..B' sh "$S/presubmit" --kdir=t --range=HEAD
x2 'not a git work tree' sh "$S/presubmit" --kdir=plain
x2 'no such directory' sh "$S/presubmit" --kdir=missing
x2 "no checker rule or step 'nosuch'" sh "$S/presubmit" --kdir=t -Wno-nosuch
x2 "no step 'nosuch'" sh "$S/presubmit" --kdir=t --step=nosuch
x2 'not in a git repository' sh -c "cd plain && sh '$S/presubmit'"
sh "$S/presubmit" --help | grep -q '^Usage: presubmit' || fail "--help"
exit 0
