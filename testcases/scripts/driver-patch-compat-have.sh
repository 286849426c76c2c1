# SPDX-License-Identifier: GPL-2.0-only
# driver-patch on a module with a configure-time HAVE_* scheme
# (fixtures/toyconf, conftest.h), to 5.2:
# - the range->blockable read in the #else of #ifdef
#   HAVE_MMU_NOTIFIER_RANGE_BLOCKABLE (whose other branch has the helper)
#   is left as it is and named; the plain read is converted;
# - an old mmu_notifier_invalidate_range_start() call split across an
#   #ifdef, which spatch cannot parse whole, is left as it is (no half
#   conversion), named with the lines spatch could not parse, and the
#   exit status is 3;
# - --compat tests the module's own HAVE_MMU_NOTIFIER_RANGE_BLOCKABLE,
#   never LINUX_VERSION_CODE, and compiles both ways.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
cp -R "$R/testcases/scripts/fixtures/toyconf" mod
sh "$S/driver-patch" --to=5.2 --quiet --out=plain.patch mod 2>err
st=$?
[ $st -eq 3 ] || { cat err; fail "exit status $st, not 3 (a site spatch could not parse)"; }
cp -R mod plain && (cd plain && patch -p1 -s <"$T/plain.patch") || fail "patch does not apply"
grep -q '^	return range->blockable;$' plain/toyconf_mn.c || fail "the HAVE_* compat branch was rewritten"
grep -q '^	if (mmu_notifier_range_blockable(range))$' plain/toyconf_mn.c || fail "the plain read was not converted"
grep -q '^  toyconf_mn.c:20: range_blockable left it in #else of #ifdef HAVE_MMU_NOTIFIER_RANGE_BLOCKABLE' err ||
	{ cat err; fail "the read left in the compat branch is not named"; }
cmp -s mod/toyconf_flush.c plain/toyconf_flush.c || fail "the split call was (half) converted"
grep -q '^  toyconf_flush.c:16-17: spatch could not parse 1 line(s) here: may hide a site (mmu_notifier_invalidate_range_start)' err ||
	{ cat err; fail "the split call is not named"; }
grep -q '^driver-patch: spatch could not parse 4 line(s)' err || { cat err; fail "the unparsed lines are not counted"; }
grep -q '^Lines spatch could not parse' plain.patch || fail "the commit text does not name the unparsed lines"
gcc -fsyntax-only -Wall -Werror -nostdinc -I"$R/testcases/include" -DHAVE_MMU_NOTIFIER_RANGE_BLOCKABLE \
	-DLINUX_VERSION_CODE="KERNEL_VERSION(5,2,0)" plain/toyconf_mn.c || fail "the conversion does not compile at 5.2"

sh "$S/driver-patch" --to=5.2 --compat --quiet --out=compat.patch mod 2>err
[ $? -eq 3 ] || { cat err; fail "driver-patch --compat failed"; }
cp -R mod compat && (cd compat && patch -p1 -s <"$T/compat.patch") || fail "compat patch does not apply"
grep -q '^+.*LINUX_VERSION_CODE\|^+.*linux/version.h' compat.patch && fail "--compat tests LINUX_VERSION_CODE in a HAVE_* module"
awk '/^#ifdef HAVE_MMU_NOTIFIER_RANGE_BLOCKABLE$/ { s = NR }
	s && NR == s + 1 && /mmu_notifier_range_blockable\(range\)\)$/ { a = 1 }
	s && NR == s + 2 && /^#else$/ { b = 1 }
	s && NR == s + 3 && /^	if \(range->blockable\)$/ { c = 1 }
	END { exit !(a && b && c) }' compat/toyconf_mn.c || fail "no #ifdef HAVE_MMU_NOTIFIER_RANGE_BLOCKABLE branch"
gcc -fsyntax-only -Wall -Werror -nostdinc -I"$R/testcases/include" \
	-DLINUX_VERSION_CODE="KERNEL_VERSION(5,0,0)" compat/toyconf_mn.c || fail "the compat form does not compile at 5.0"
gcc -fsyntax-only -Wall -Werror -nostdinc -I"$R/testcases/include" -DHAVE_MMU_NOTIFIER_RANGE_BLOCKABLE \
	-DLINUX_VERSION_CODE="KERNEL_VERSION(5,2,0)" compat/toyconf_mn.c || fail "the compat form does not compile at 5.2"
exit 0
