# SPDX-License-Identifier: GPL-2.0-only
# A step's report findings and the checker's findings of the same file are
# kept apart: a driver that also holds an old-form call a step reports
# (a 6.1-form mmu_notifier_range_init() with its vma, range_no_vma) still
# gets the checker's new owner-ignored finding when a commit drops its
# owner check.  Each producer writes its own results file; before the fix,
# the step's awk truncated the file holding the checker's findings and the
# commit passed as "no new finding".
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
drv=drivers/misc/toyhmm/toyhmm.c
mkdir t && cp -R "$R/testcases/include" t/include &&
	cp -R "$R/testcases/scripts/fixtures/lint-tree/." t/ || fail "cannot build the lint tree"
cat >>"t/$drv" <<'EOF'

/* A 6.1-form range: range_no_vma (6.3) reports its vma argument. */
void toyhmm_clear(struct vm_area_struct *vma, unsigned long start,
		  unsigned long end)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, vma, vma->vm_mm,
				start, end);
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_end(&range);
}
EOF
git -C t init -q && git -C t add -A && git -C t commit -q -m "toyhmm" || fail "cannot commit the tree"
# The step does report the call, before and after the change.
sh "$S/coccicheck" --step=range_no_vma t >rep 2>/dev/null
grep -q "^\./$drv:[0-9]*:[0-9]*: .*\[range_no_vma\]$" rep || { cat rep; fail "range_no_vma does not report the fixture's call"; }
sed -i -e 's/MMU_NOTIFY_MIGRATE &&$/MMU_NOTIFY_MIGRATE)/' -e '/range->owner == th->mdevice)$/d' "t/$drv"
git -C t commit -q -a -m "toyhmm: skip every migration"
sh "$S/presubmit" --kdir=t --to=6.3 --range=HEAD~1..HEAD >out 2>err
st=$?
[ $st = 1 ] || { cat out err; fail "exit $st for a new finding, not 1"; }
grep -q "^$drv:[0-9]*:[0-9]*: warning: 'toyhmm_interval_invalidate' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner'.*\[owner-ignored\]$" out ||
	{ cat out err; fail "the checker's owner-ignored finding was lost"; }
grep -q 'range_no_vma' out && { cat out; fail "the unchanged range_no_vma finding is reported as new"; }
exit 0
