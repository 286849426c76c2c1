# SPDX-License-Identifier: GPL-2.0-only
# make coccicheck KDIR=<kernel> M=<module>: an absolute M= is an external
# module, scanned instead of KDIR, and KDIR may be a kernel build of
# Debian's linux-headers layout.  By default only the steps up to KDIR's
# own API level run (old forms left behind at the kernel's version, as the
# kernel's coccicheck reports misuse at the tree's version); TO=<version>
# asks for the forward port; STEP= selects explicitly.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
k61=$(mk_kbuild deb 6.1) || fail "cannot make the kernel build"
src=$(cd deb/usr/src/linux-headers-6.1.0-1-common && pwd -P)
cp -R "$R/testcases/scripts/fixtures/toyvma" "$T/vma" && cp -R "$R/testcases/scripts/fixtures/toyacc" "$T/acc" ||
	fail "cannot copy the modules"

# toyvma is at the 6.1 API: nothing left behind at 6.1, whether KDIR is the
# build folder or its source tree.
for k in "$k61" "$src" deb/lib/modules/6.1.0-1-amd64/build; do
	sh "$S/coccicheck" --kdir="$k" --subdir="$T/vma" >out 2>err || { cat err; fail "KDIR=$k M=vma failed"; }
	[ -s out ] && { cat out; fail "KDIR=$k (6.1): steps above the kernel's API reported"; }
done
# TO=6.3: the forward port, range_no_vma's sites, by the module's absolute paths.
sh "$S/coccicheck" --kdir="$k61" --subdir="$T/vma" --to=6.3 >out 2>err || { cat err; fail "TO=6.3 failed"; }
grep -q "^$T/vma/toyvma_range.c:[0-9]*:[0-9]*: .*\[range_no_vma\]" out || { cat out err; fail "TO=6.3: the range_init site is not reported"; }
grep -q "^$T/vma/toyvma_main.c:17:[0-9]*: .*\[range_no_vma\]" out || { cat out; fail "TO=6.3: the range->vma use is not reported"; }
grep -v '\[range_no_vma\]$' out | grep -q . && { cat out; fail "TO=6.3 reports another step"; }
# STEP= whatever the level.
sh "$S/coccicheck" --kdir="$k61" --subdir="$T/vma" --step=range_no_vma >out2 2>&1 && cmp -s out out2 ||
	fail "STEP=range_no_vma differs from TO=6.3"

# toyacc (4.19 forms) against the 6.1 kernel: the old forms at or below 6.1.
sh "$S/coccicheck" --kdir="$k61" --subdir="$T/acc" >out3 2>err3 || { cat err3; fail "KDIR=<build> M=acc failed"; }
grep -q "^$T/acc/toyacc_migrate.c:.*\[migrate_vma_setup\]" out3 || { cat out3 err3; fail "migrate_vma() left behind is not reported"; }
grep -q '\[range_no_vma\]' out3 && fail "a 6.3 step ran on a 6.1 kernel by default"

# Through make, TO= and M=.
make -s -C "$R" coccicheck KDIR="$k61" M="$T/vma" TO=6.3 >out4 2>err4 || { cat err4; fail "make coccicheck failed"; }
cmp -s out out4 || { diff out out4; fail "make coccicheck TO=6.3 differs"; }
make -s -C "$R" coccicheck KDIR="$k61" M="$T/vma" >out5 2>err5 || { cat err5; fail "make coccicheck (auto) failed"; }
[ -s out5 ] && { cat out5; fail "make coccicheck: steps above the kernel's API reported"; }
grep -q 'no step of cocci/series is at or below' err5 && fail "a 6.1 kernel has steps at or below it"
make -s -C "$R" help | grep -q 'coccicheck .*TO=' || fail "make help does not say TO= for coccicheck"
exit 0
