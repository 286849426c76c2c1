# SPDX-License-Identifier: GPL-2.0-only
# A kernel build is also what a distribution installs as
# /lib/modules/<version>/build: Debian's linux-headers-<v>-<flavour>
# folder (.config, include/generated, a Makefile that only includes the
# -common folder's, no VERSION line) beside linux-headers-<v>-common (the
# sources), and kbuild's own O= folder (a `source` link, or a generated
# Makefile including the tree's by a relative path).  KDIR=, TO=auto and
# the release read through each; a folder that is neither is refused.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
MN_PROG=test MN_HERE=$S
. "$S/mn-lib.sh"
mn_find_root

b=$(mk_kbuild deb 6.1)
lm=deb/lib/modules/6.1.0-1-amd64/build
grep -q '^VERSION' "$b/Makefile" && fail "the build folder's Makefile has a VERSION line"
is_kernel_tree "$b" && fail "the build folder reads as a source tree"
is_kernel_build "$b" || fail "Debian's build folder is not a kernel build"
is_kernel_build "$lm" || fail "/lib/modules/<v>/build is not a kernel build"
[ "$(kernel_src "$lm")" = "$(cd deb/usr/src/linux-headers-6.1.0-1-common && pwd -P)" ] ||
	fail "the source of the build folder is not the -common folder: $(kernel_src "$lm")"
[ "$(tree_api_version "$(api_tree "$lm")")" = 5.16 ] || fail "the build folder's API read as $(tree_api_version "$(api_tree "$lm")"), not 5.16 (the newest step a 6.1 kernel has)"
[ "$(resolve_to auto "$lm")" = 5.16 ] || fail "TO=auto on the build folder"
[ "$(kernel_release "$lm")" = 6.1.0-1-amd64 ] || fail "release $(kernel_release "$lm"), not utsrelease.h's"
rm "$b/include/generated/utsrelease.h"
[ "$(kernel_release "$lm")" = 6.1.0 ] || fail "release $(kernel_release "$lm"), not kernel.release's"
rm "$b/include/config/kernel.release"
[ "$(kernel_release "$lm")" = 6.1.0 ] || fail "release $(kernel_release "$lm"), not the -common Makefile's"
[ "$(kernel_version "$lm")" = 6.1 ] || fail "version of the build folder"

# kbuild's O= folder: a `source` link, or only the generated Makefile with
# a relative include.
mkdir -p src && cp -R deb/usr/src/linux-headers-6.1.0-1-common/. src/ &&
	mkdir -p src/out1 src/out2 || fail "cannot make the O= trees"
ln -s .. src/out1/source && echo 'include ../Makefile' >src/out1/Makefile
printf '# Automatically generated: do not edit\ninclude ../Makefile\n' >src/out2/Makefile
for o in src/out1 src/out2; do
	[ "$(kernel_src "$o")" = "$(cd src && pwd -P)" ] || fail "$o: source tree not found"
	[ "$(resolve_to auto "$o")" = 5.16 ] || fail "$o: API not read from the sources"
done

# Neither: refused in one line, by the jobs too.
mkdir -p nokernel && echo 'include /nonexistent/Makefile' >nokernel/Makefile
mkdir -p mod && cp -R "$R/testcases/scripts/fixtures/toyacc/." mod/
expect_error 'KDIR=nokernel is not a kernel tree or build' sh "$S/coccicheck" nokernel
expect_error 'KDIR=nokernel is not a kernel tree or build' sh "$S/driver-patch" --kdir=nokernel mod
expect_error 'VERIFY=src is not a configured kernel build' sh "$S/driver-patch" --to=5.9 --verify=src mod

# The jobs take the build folder for KDIR: driver-patch's TO=auto reads 5.16 (the newest step at or below 6.1)
# through /lib/modules/<v>/build.
sh "$S/driver-patch" --kdir="$lm" --out=mod.patch mod 2>err || { cat err; fail "driver-patch KDIR=<build> failed"; }
grep -q '^Subject: \[PATCH\] toyacc: convert to the Linux 5.16 ' mod.patch ||
	{ grep Subject mod.patch; fail "TO=auto through the build folder is not 5.16"; }
exit 0
