# SPDX-License-Identifier: GPL-2.0-only
# apply-series on a tree holding the HAVE_* module of fixtures/toyconf, to
# 5.2: the range->blockable read in the #else of #ifdef
# HAVE_MMU_NOTIFIER_RANGE_BLOCKABLE stays as it is and is named, the plain
# read is converted, the old call split across an #ifdef is left whole and
# named with the lines spatch could not parse, and the exit status is 3.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_tree t
cp -R "$R/testcases/scripts/fixtures/toyconf" t/drivers/misc/toyconf
git -C t add -A && git -C t commit -q -m "toyconf" || fail "cannot commit the module"
base=$(git -C t rev-parse HEAD)
sh "$S/apply-series" --to=5.2 --quiet --no-patches t 2>err
st=$?
[ $st -eq 3 ] || { cat err; fail "exit status $st, not 3 (a site spatch could not parse)"; }
m=t/drivers/misc/toyconf
grep -q '^	return range->blockable;$' $m/toyconf_mn.c || fail "the HAVE_* compat branch was rewritten"
grep -q '^	if (mmu_notifier_range_blockable(range))$' $m/toyconf_mn.c || fail "the plain read was not converted"
git -C t diff --quiet "$base" HEAD -- drivers/misc/toyconf/toyconf_flush.c || fail "the split call was (half) converted"
grep -q '^  drivers/misc/toyconf/toyconf_mn.c:20: range_blockable left it in #else of #ifdef HAVE_MMU_NOTIFIER_RANGE_BLOCKABLE' err ||
	{ cat err; fail "the read left in the compat branch is not named"; }
grep -q '^  drivers/misc/toyconf/toyconf_flush.c:16-17: spatch could not parse 1 line(s) here: may hide a site' err ||
	{ cat err; fail "the split call is not named"; }
exit 0
