# SPDX-License-Identifier: GPL-2.0-only
# make lint KDIR=<kernel build> M=<module>: the module's own git repository
# holds the change (its range, here HEAD~1..HEAD), the kernel build (Debian's
# linux-headers layout, configured) gives the headers and the flags.  A
# commit that drops the owner check of the module's interval notifier is
# reported, with the path in the module's repository; the checker's flags
# come from kbuild: a `make C=2 CHECK=` run when the module was not built,
# its .cmd files once it was; against an unconfigured tree, from the
# generic configuration, which the summary names.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
k61=$(mk_kbuild deb 6.1) || fail "cannot make the kernel build"
src=$(cd deb/usr/src/linux-headers-6.1.0-1-common && pwd -P)
mkdir -p mod/src && cp "$R/testcases/scripts/fixtures/lint-tree/drivers/misc/toyhmm/toyhmm.c" mod/src/ &&
	echo 'obj-m += toyhmm.o' >mod/src/Kbuild &&
	git -C mod init -q && git -C mod add -A && git -C mod commit -q -m "toyhmm" ||
	fail "cannot make the module repository"
sed -i -e 's/MMU_NOTIFY_MIGRATE &&$/MMU_NOTIFY_MIGRATE)/' -e '/range->owner == th->mdevice)$/d' mod/src/toyhmm.c
git -C mod commit -q -a -m "toyhmm: skip every migration"
before=$(tree_state mod)
want="src/toyhmm.c:38:13: warning: 'toyhmm_interval_invalidate' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner': another device's migration then goes unnoticed [owner-ignored]"

sh "$S/presubmit" --kdir="$k61" --module=mod/src >out 2>err
st=$?
[ $st -eq 1 ] || { cat out err; fail "exit $st for a new finding in the module, not 1"; }
[ "$(cat out)" = "$want" ] || { cat out err; fail "not exactly the new owner-ignored finding"; }
grep -q 'checker flags: 1 from kbuild (make C=2)' err || { cat err; fail "the flags did not come from a kbuild C=2 run"; }
[ "$(tree_state mod)" = "$before" ] || fail "lint changed the module's repository"

# An unconfigured kernel tree: the generic configuration, said.
sh "$S/presubmit" --step=none --kdir="$src" --module=mod/src >out3 2>err3
[ $? -eq 1 ] && [ "$(cat out3)" = "$want" ] || { cat out3 err3; fail "unconfigured kernel: another result"; }
grep -q 'checker flags: 1 from the generic configuration (no configured kernel build)' err3 ||
	{ cat err3; fail "the summary does not name the generic configuration"; }

# Built in place: kbuild's .cmd files.
make -s -C "$k61" M="$T/mod/src" >/dev/null 2>&1 || fail "the module does not build"
ls mod/src/.toyhmm.o.cmd >/dev/null || fail "no .cmd file after the build"
(cd mod && sh "$S/presubmit" --step=none --kdir="$k61" --module=src) >out2 2>err2
[ $? -eq 1 ] && [ "$(cat out2)" = "$want" ] || { cat out2 err2; fail "built module: another result"; }
grep -q "checker flags: 1 from kbuild's .cmd files" err2 || { cat err2; fail "the flags did not come from the .cmd file"; }

# Through make, with J= and Q=.
make -s -C "$R" lint KDIR="$k61" M="$T/mod/src" STEP=none J=1 Q=1 >out4 2>err4
grep -q 'Error 1' err4 && [ "$(cat out4)" = "$want" ] || { cat out4 err4; fail "make lint KDIR= M= J= Q="; }

# Errors: one line, exit 2.
mkdir plain
expect_error 'M=plain is not in a git work tree' sh "$S/presubmit" --kdir="$k61" --module=plain
expect_error 'KDIR=plain is not a kernel tree or build' sh "$S/presubmit" --kdir=plain --module=mod/src
expect_error "needs the module's folder" sh "$S/presubmit" --kdir="$k61" --module=
sh "$S/presubmit" --kdir=plain --module=mod/src >/dev/null 2>&1
[ $? -eq 2 ] || fail "a bad KDIR does not exit 2"
exit 0
