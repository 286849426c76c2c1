# SPDX-License-Identifier: GPL-2.0-only
# make install-hook M=<module> KDIR=<kernel build>: the hook goes into the
# module's repository and lints its commits against the kernel build
# (presubmit --module=): a staged change that drops the owner check of the
# module's notifier stops the commit; pushed, the same commit stops the
# push.  Without M=, install-hook still wants KDIR.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
k61=$(mk_kbuild deb 6.1) || fail "cannot make the kernel build"
mkdir -p mod && cp "$R/testcases/scripts/fixtures/lint-tree/drivers/misc/toyhmm/toyhmm.c" mod/ &&
	echo 'obj-m += toyhmm.o' >mod/Kbuild &&
	git -C mod init -q && git -C mod add -A && git -C mod commit -q -m "toyhmm" ||
	fail "cannot make the module repository"

make -s -C "$R" install-hook M="$T/mod" KDIR="$k61" 2>err || { cat err; fail "make install-hook M= KDIR= failed"; }
[ -x mod/.git/hooks/pre-commit ] || fail "no pre-commit hook in the module's repository"
grep -q -e "--module=$T/mod" mod/.git/hooks/pre-commit || fail "the hook does not lint the module"

sed -i -e 's/MMU_NOTIFY_MIGRATE &&$/MMU_NOTIFY_MIGRATE)/' -e '/range->owner == th->mdevice)$/d' mod/toyhmm.c
git -C mod add toyhmm.c
git -C mod commit -q -m "toyhmm: skip every migration" >out 2>err && fail "the hook let the commit through"
cat out err | grep -q "^toyhmm.c:38:13: warning: .*\[owner-ignored\]$" || { cat out err; fail "the hook did not print the finding"; }
git -C mod commit -q --no-verify -m "toyhmm: skip every migration" || fail "--no-verify did not skip the hook"

# pre-push: the pushed range of the module's repository.
git init -q --bare up.git
git -C mod push -q "$T/up.git" HEAD~1:refs/heads/main || fail "cannot push the base"
make -s -C "$R" install-hook M="$T/mod" KDIR="$k61" HOOK=pre-push 2>err2 || { cat err2; fail "pre-push install failed"; }
git -C mod push -q "$T/up.git" HEAD:refs/heads/main >out3 2>err3 && fail "the pre-push hook let the push through"
grep -q '\[owner-ignored\]' out3 err3 || { cat out3 err3; fail "the pre-push hook did not print the finding"; }
exit 0
