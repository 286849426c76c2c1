# SPDX-License-Identifier: GPL-2.0-only
# driver-patch on a module whose range is split across files (a helper in
# one file ends the range its caller in another file started, prototype
# in the module's header): the 5.0 step converts the three files as one
# group, and the module then compiles against the 5.0 API.  The step run
# alone on each file (the kernel's coccicheck) leaves them to a human.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
cp -R "$R/testcases/cocci/range_callers/close-helper/drivers/gx" mod
rm -f mod/*.res
git -C mod init -q && git -C mod add -A && git -C mod commit -q -m "gx" ||
	fail "cannot make the module a git repository"

sh "$S/driver-patch" --to=5.0 --out=gx.patch mod 2>err || { cat err; fail "driver-patch failed"; }
[ -f gx.patch ] || { cat err; fail "no patch written"; }
git clone -q mod conv
git -C conv am -q "$T/gx.patch" || fail "git am refused the patch"
for f in finish.c main.c; do
	gcc -fsyntax-only -nostdinc -I"$R/testcases/include" -DLINUX_VERSION_CODE='KERNEL_VERSION(5,0,0)' \
		-Wall -Werror -Wno-unused-function -Wno-unused-variable \
		"conv/$f" 2>>cc.log || { cat cc.log; fail "converted $f does not compile at 5.0"; }
done
grep -q 'gx_finish(ctx, &range);' conv/main.c || fail "the owner does not pass &range down"
grep -q 'struct mmu_notifier_range \*range);' conv/gx.h || fail "the prototype has no range parameter"
grep -q 'site(s)\? .*need a human' err && { cat err; fail "sites left for a human"; }
exit 0
