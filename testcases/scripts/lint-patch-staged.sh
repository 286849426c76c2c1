# SPDX-License-Identifier: GPL-2.0-only
# presubmit --patch (git format-patch or plain diff, applied to a temporary
# worktree of HEAD; the tree and its index untouched, no worktree left) and
# --staged (the index, not the work tree); step findings come out in the
# checker's format.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mkdir t && cp -R "$R/testcases/include" t/include &&
	cp -R "$R/testcases/scripts/fixtures/lint-tree/." t/ &&
	git -C t init -q && git -C t add -A && git -C t commit -q -m toyhmm || fail "cannot build the tree"
drv=drivers/misc/toyhmm/toyhmm.c
drop_owner_check() {
	sed -i -e 's/MMU_NOTIFY_MIGRATE &&$/MMU_NOTIFY_MIGRATE)/' \
		-e '/range->owner == th->mdevice)$/d' "t/$drv"
}

# The change as a patch, and the tree back at its parent.
drop_owner_check
git -C t commit -q -a -m "toyhmm: skip every migration"
git -C t format-patch -q -1 -o "$T/fp" || fail "format-patch failed"
git -C t diff HEAD~1 HEAD >plain.diff
git -C t reset -q --hard HEAD~1
before=$(tree_state t)
for p in fp/0001-*.patch plain.diff; do
	sh "$S/presubmit" --kdir=t --patch="$p" >out 2>err
	st=$?
	[ $st = 1 ] || { cat out err; fail "$p: exit $st, not 1"; }
	grep -q "^$drv:38:13: warning: 'toyhmm_interval_invalidate' .* \[owner-ignored\]$" out ||
		{ cat out; fail "$p: no owner-ignored finding"; }
	[ "$(grep -c . out)" = 1 ] || { cat out; fail "$p: more than the new finding"; }
	[ "$(tree_state t)" = "$before" ] || fail "$p: the tree changed"
	[ "$(git -C t worktree list | grep -c .)" = 1 ] || fail "$p: a worktree was left behind"
done
# A patch that does not apply: setup error.
sed 's/range->owner == th->mdevice)/range->owner == NOPE)/' plain.diff >bad.diff
sh "$S/presubmit" --kdir=t --patch=bad.diff >/dev/null 2>err
[ $? = 2 ] || fail "a patch that does not apply is not exit 2"
grep -q 'does not apply to HEAD' err || { cat err; fail "no message for a patch that does not apply"; }
[ "$(git -C t worktree list | grep -c .)" = 1 ] || fail "a worktree was left behind"
sh "$S/presubmit" --kdir=t --patch=missing.diff >/dev/null 2>&1
[ $? = 2 ] || fail "a missing patch is not exit 2"

# --staged: what is in the index counts, not the work tree.
drop_owner_check
sh "$S/presubmit" --kdir=t --staged >out 2>err || { cat out err; fail "unstaged edit: not exit 0"; }
grep -q 'touches no .c or .h file' err || { cat err; fail "nothing staged: no message"; }
git -C t add "$drv"
sh "$S/presubmit" --kdir=t --staged >out 2>err
[ $? = 1 ] || { cat out err; fail "staged edit: not exit 1"; }
grep -q '\[owner-ignored\]$' out || { cat out; fail "staged edit: no finding"; }
git -C t reset -q --hard

# A step's report line becomes a warning: a TLB-hook call, which the 6.6
# step reports (the test headers declare every version, so the tree's API
# reads as the newest).
cat >>"t/$drv" <<'XX'

void toyhmm_flush(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	mmu_notifier_invalidate_range(mm, start, end);
}
XX
git -C t add "$drv"
sh "$S/presubmit" --kdir=t --staged --step=secondary_tlbs >out 2>err
[ $? = 1 ] || { cat out err; fail "step finding: not exit 1"; }
n=$(wc -l <"t/$drv")
grep -q "^$drv:$((n - 1)):2: warning: .* \[secondary_tlbs\]$" out || { cat out; fail "step finding not in the checker's format"; }
sh "$S/presubmit" --kdir=t --staged -Wno-secondary_tlbs >out 2>err || { cat out err; fail "-Wno-<step> did not drop the step"; }
exit 0
