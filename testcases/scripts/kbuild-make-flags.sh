# SPDX-License-Identifier: GPL-2.0-only
# mk/checker-kbuild.sh (make bench's and kernel-test's checker run) gets
# kbuild's command lines even when called from `make -s`: the calling
# make's flags (MAKEFLAGS=s) must not reach the kernel's make, which would
# then print no command.  A stand-in kernel tree whose make echoes the
# CHECK command unless it runs silent.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mkdir -p k/drivers/toy
echo 'CONFIG_X86=y' >k/.config
printf '%s\n' '#include <linux/mmu_notifier.h>' 'int toy_mn;' >k/drivers/toy/toy.c
cat >k/Makefile <<'EOF2'
modules_prepare:
	@:
%.o: %.c
	$(CHECK) $<
EOF2
git -C k init -q && git -C k add -A && git -C k commit -q -m k || fail "cannot build the stand-in tree"
MAKEFLAGS=s MFLAGS=-s MAKELEVEL=1 sh "$R/mk/checker-kbuild.sh" "$T/k" "$T/k" "$T/w" /bin/true 1 >out 2>&1 ||
	{ cat out; fail "checker-kbuild.sh under make -s found no command"; }
grep -q '^/bin/true drivers/toy/toy.c$' w/commands || { cat w/commands w/kbuild.log; fail "the command kbuild ran is not kept"; }
exit 0
