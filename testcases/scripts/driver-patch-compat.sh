# SPDX-License-Identifier: GPL-2.0-only
# driver-patch --compat on an out-of-tree module in the 4.19 form, to 5.9:
# each converted construct keeps its old form under LINUX_VERSION_CODE
# checks (chained #elif where several steps touched it), <linux/version.h>
# is included, and the result compiles against the test API headers of
# every version on the way; at 5.9 it is the plain conversion and at 4.19
# the original, once preprocessed.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
cp -R "$R/testcases/scripts/fixtures/toyacc" mod
sh "$S/driver-patch" --to=5.9 --compat --quiet --out=compat.patch mod 2>err ||
	{ cat err; fail "driver-patch --compat failed"; }
sh "$S/driver-patch" --to=5.9 --quiet --out=plain.patch mod 2>err ||
	{ cat err; fail "driver-patch failed"; }
cp -R mod compat && (cd compat && patch -p1 -s <"$T/compat.patch") || fail "compat patch does not apply"
cp -R mod plain && (cd plain && patch -p1 -s <"$T/plain.patch") || fail "plain patch does not apply"

grep -q 'Compat form' compat.patch || fail "commit text does not say compat"
grep -q '^+#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 2, 0)$' compat.patch || fail "no 5.2 branch"
grep -q '^+#elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 0, 0)$' compat.patch ||
	fail "no #elif chain for the construct two steps touched"
for f in toyacc_mn.c toyacc_migrate.c toyacc.h; do
	grep -q '^#include <linux/version.h>$' "compat/$f" || fail "$f lacks <linux/version.h>"
done
# The blockable test went through both 5.0 and 5.2: one chain, newest first.
awk '/^#if LINUX_VERSION_CODE >= KERNEL_VERSION\(5, 2, 0\)$/ { s = 1; n = 0 }
	s { l[++n] = $0 } s && /^#endif$/ { s = 0; if (l[2] ~ /mmu_notifier_range_blockable\(range\)/ &&
	l[4] ~ /range->blockable/ && l[6] ~ /if \(blockable\)/) ok = 1 }
	END { exit !ok }' compat/toyacc_mn.c || fail "no 5.2/5.0/else chain around the blockable test"

pp() {	# version file: preprocessed, blank lines dropped
	gcc -E -P -nostdinc -I"$R/testcases/include" -I"$(dirname "$2")" \
		-DLINUX_VERSION_CODE="KERNEL_VERSION($1,0)" "$2" | grep -v '^[[:space:]]*$'
}
for v in 4,19 5,0 5,2 5,4 5,9; do
	for f in compat/*.c; do
		gcc -fsyntax-only -Wall -Werror -nostdinc -I"$R/testcases/include" \
			-DLINUX_VERSION_CODE="KERNEL_VERSION($v,0)" "$f" ||
			fail "$f does not compile at $(echo $v | tr , .)"
	done
done
for f in toyacc_mn.c toyacc_migrate.c; do
	[ "$(pp 5,9 "compat/$f")" = "$(pp 5,9 "plain/$f")" ] || fail "$f at 5.9 is not the plain conversion"
	[ "$(pp 4,19 "compat/$f")" = "$(pp 4,19 "mod/$f")" ] || fail "$f at 4.19 is not the original"
done
exit 0
