# SPDX-License-Identifier: GPL-2.0-only
# driver-patch VERIFY=<kernel build of the target version>: the converted
# copy is built with `make -C <build> M=<copy>` and the module's own Kbuild
# (here a stand-in of kbuild in Debian's linux-headers layout that really
# compiles it).  toyvma reads range->vma, which 6.3 removed and no step can
# convert: its patch is written, the build errors are printed with the
# module's file names and lines, and the exit status is 3.  toyacc,
# converted to 5.9, builds against a 5.9 build: exit 0.  The module is
# never touched.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
k63=$(mk_kbuild deb63 6.3) && k59=$(mk_kbuild deb59 5.9) || fail "cannot make the kernel builds"
cp -R "$R/testcases/scripts/fixtures/toyvma" vma && cp -R "$R/testcases/scripts/fixtures/toyacc" acc ||
	fail "cannot copy the modules"
before=$(find vma acc -type f | sort | xargs sha1sum)

# The stand-in builds the unconverted module at 6.1 only: it is a real build.
k61=$(mk_kbuild deb61 6.1)
cp -R vma vma61 && make -s -C "$k61" M="$T/vma61" >/dev/null 2>&1 || fail "toyvma does not build at 6.1"
cp -R vma vma63 && make -s -C "$k63" M="$T/vma63" >/dev/null 2>&1 && fail "unconverted toyvma builds at 6.3"

sh "$S/driver-patch" --to=6.3 --verify=deb63/lib/modules/6.3.0-1-amd64/build --out=vma.patch vma >out 2>err
st=$?
[ $st -eq 3 ] || { cat err; fail "exit $st for a converted module that does not build, not 3"; }
[ -s vma.patch ] || fail "no patch written"
grep -q '^+.*mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, dev->mm,' vma.patch ||
	fail "the convertible call was not converted"
grep -q 'VERIFY: the converted module does not build against .*(6.3.0-1-amd64): 2 error(s)' err ||
	{ cat err; fail "no VERIFY summary"; }
grep -q "^  toyvma_main.c:17:18: error: .*has no member named .vma." err ||
	{ cat err; fail "the build error is not named by file:line of the module"; }
grep '^  ' err | grep -q -e '/verify/' -e '/tmp/' && { cat err; fail "an error names the temporary copy"; }

# Quiet keeps the results; a kernel build at another API than TO is said.
sh "$S/driver-patch" --quiet --to=6.3 --verify="$k61" --out=vma2.patch vma >/dev/null 2>errq
[ $? -eq 3 ] && grep -q 'toyvma_range.c:[0-9]*:[0-9]*: error' errq || { cat errq; fail "--quiet hid the build errors"; }
grep -q 'VERIFY=.* declares the 5.16 API, not 6.3' errq || { cat errq; fail "no warning for a VERIFY kernel at another API"; }

make -s -C "$R" driver-patch DIR="$T/acc" TO=5.9 VERIFY="$k59" OUT="$T/acc.patch" 2>err2 ||
	{ cat err2; fail "make driver-patch VERIFY= on toyacc at 5.9 failed"; }
grep -q 'VERIFY: the converted module builds against' err2 || { cat err2; fail "no VERIFY success line"; }

[ "$(find vma acc -type f | sort | xargs sha1sum)" = "$before" ] || fail "a module was modified"
expect_error '--verify= needs a kernel build folder' sh "$S/driver-patch" --to=6.3 --verify= vma
expect_error 'VERIFY=nowhere: no such directory' sh "$S/driver-patch" --to=6.3 --verify=nowhere vma
exit 0
