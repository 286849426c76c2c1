# SPDX-License-Identifier: GPL-2.0-only
# driver-patch on an out-of-tree module (a git repository of its own, in no
# kernel tree): TO=auto needs KDIR= or TO= (one-line errors otherwise),
# reads the API from KDIR's headers, paths are relative to the module, the
# patch applies with git am and patch -p1, and the module is not touched.
# Bad input gets a one-line error.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
cp -R "$R/testcases/scripts/fixtures/toyacc" mod
git -C mod init -q && git -C mod add -A && git -C mod commit -q -m "toyacc" ||
	fail "cannot make the module a git repository"
before=$(tree_state mod)

# A kernel at 5.9 as far as TO=auto can tell: its two API headers.
mkdir -p k59/include/linux
printf 'VERSION = 5\nPATCHLEVEL = 9\nSUBLEVEL = 0\n' >k59/Makefile
for h in mmu_notifier migrate; do
	gcc -E -P -dD -nostdinc -I"$R/testcases/include" -DLINUX_VERSION_CODE='KERNEL_VERSION(5,9,0)' \
		"$R/testcases/include/linux/$h.h" >"k59/include/linux/$h.h" || fail "cannot make k59"
done
mkdir -p noapi && printf 'VERSION = 5\nPATCHLEVEL = 9\n' >noapi/Makefile
mkdir plain

# Usage and TO=auto errors.
sh "$S/driver-patch" --help | grep -q '^Usage: driver-patch' || fail "--help"
expect_error 'no driver folder given' sh "$S/driver-patch"
expect_error 'no such directory' sh "$S/driver-patch" missing
expect_error "unknown option '--bogus'" sh "$S/driver-patch" --bogus mod
expect_error 'one DIR only' sh "$S/driver-patch" mod plain
expect_error 'not a version' sh "$S/driver-patch" --to=soon mod
expect_error 'TO=auto: .* is not inside a kernel tree; give KDIR=' sh "$S/driver-patch" mod
expect_error 'not a kernel tree' sh "$S/driver-patch" --kdir=plain mod
expect_error 'has no include/linux/mmu_notifier.h' sh "$S/driver-patch" --kdir=noapi mod
expect_error 'is inside DIR' sh "$S/driver-patch" --to=5.9 --out=mod/x.patch mod
expect_error 'no folder' sh "$S/driver-patch" --to=5.9 --out=nowhere/x.patch mod
ls ./*.patch >/dev/null 2>&1 && fail "a failed run wrote a patch"

# KDIR= at 5.9: the whole 4.19 -> 5.9 conversion, paths relative to DIR.
sh "$S/driver-patch" --kdir=k59 --out=mod.patch mod 2>err || { cat err; fail "driver-patch failed"; }
[ "$(tree_state mod)" = "$before" ] || fail "the module was modified"
grep -q '^Subject: \[PATCH\] toyacc: convert to the Linux 5.9' mod.patch || fail "subject"
grep -q '^--- a/toyacc_mn.c$' mod.patch || fail "paths not relative to the module"
grep -q '^--- a/toyacc.h$' mod.patch || fail "the header's prototype was not converted"
grep -q '\.git' mod.patch && fail "the patch mentions .git"
grep -q 'range_callbacks\|migrate_vma_setup' err || fail "no progress lines"

# patch -p1 and git am both take it.
cp -R mod byhand && rm -rf byhand/.git
(cd byhand && patch -p1 -s <"$T/mod.patch") || fail "patch -p1 refused it"
git clone -q mod am && git -C am am -q "$T/mod.patch" || fail "git am refused it"
diff -r -x .git byhand am || fail "patch -p1 and git am give different trees"
for f in am/*.c; do
	gcc -fsyntax-only -Wall -Werror -nostdinc -I"$R/testcases/include" \
		-DLINUX_VERSION_CODE='KERNEL_VERSION(5,9,0)' "$f" || fail "$f does not compile at 5.9"
done
grep -q 'migrate_vma_setup(&args)' am/toyacc_migrate.c || fail "migrate_vma() not converted"

# Already converted: nothing to do, no file.
sh "$S/driver-patch" --kdir=k59 --out=again.patch am 2>err2 || { cat err2; fail "second run failed"; }
grep -q 'nothing to convert' err2 || { cat err2; fail "did not say nothing to convert"; }
[ -e again.patch ] && fail "a patch was written for a converted module"
exit 0
