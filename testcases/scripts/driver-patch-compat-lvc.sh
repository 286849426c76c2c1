# SPDX-License-Identifier: GPL-2.0-only
# driver-patch on a module that keeps its older forms in LINUX_VERSION_CODE
# chains (fixtures/toylvc), to 5.2: the callback under "< 5.0" and the
# range->blockable read under the "#elif >= 5.0" after a ">= 5.2" branch
# only build on older kernels: they are left as they are and named, the
# plain range->blockable read is converted, and the result (plain: at
# 5.2; --compat: at 4.19, 5.0 and 5.2) compiles.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
cp -R "$R/testcases/scripts/fixtures/toylvc" mod
sh "$S/driver-patch" --to=5.2 --quiet --out=plain.patch mod 2>err || { cat err; fail "driver-patch failed"; }
cp -R mod plain && (cd plain && patch -p1 -s <"$T/plain.patch") || fail "patch does not apply"
# The older branches are byte for byte the original.
[ "$(sed -n 29,37p plain/toylvc.c)" = "$(sed -n 29,37p mod/toylvc.c)" ] ||
	fail "the '< 5.0' callback was rewritten"
grep -q '^	may_block = range->blockable;$' plain/toylvc.c || fail "the #elif >= 5.0 branch was rewritten"
grep -q '^	if (mmu_notifier_range_blockable(range))$' plain/toylvc.c || fail "the plain read was not converted"
grep -q '^  toylvc.c:31-33: range_callbacks left it in #if LINUX_VERSION_CODE < KERNEL_VERSION(5, 0, 0)$' err ||
	{ cat err; fail "the callback left in its compat branch is not named"; }
grep -q '^  toylvc.c:46: range_blockable left it in #elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 0, 0)$' err ||
	{ cat err; fail "the read left in its compat branch is not named"; }
grep -q '^Left as it is in compat branches' plain.patch || fail "the commit text does not name the compat branches"
gcc -fsyntax-only -Wall -Werror -nostdinc -I"$R/testcases/include" \
	-DLINUX_VERSION_CODE="KERNEL_VERSION(5,2,0)" plain/toylvc.c || fail "the conversion does not compile at 5.2"

sh "$S/driver-patch" --to=5.2 --compat --quiet --out=compat.patch mod 2>err || { cat err; fail "driver-patch --compat failed"; }
cp -R mod compat && (cd compat && patch -p1 -s <"$T/compat.patch") || fail "compat patch does not apply"
grep -q '^+#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 2, 0)$' compat.patch || fail "no 5.2 branch"
[ "$(grep -c '^+#include <linux/version.h>' compat.patch)" -eq 0 ] || fail "a second <linux/version.h>"
for v in 4,19 5,0 5,2; do
	gcc -fsyntax-only -Wall -Werror -nostdinc -I"$R/testcases/include" \
		-DLINUX_VERSION_CODE="KERNEL_VERSION($v,0)" compat/toylvc.c ||
		fail "the compat form does not compile at $(echo $v | tr , .)"
done
exit 0
