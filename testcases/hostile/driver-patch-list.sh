# SPDX-License-Identifier: GPL-2.0-only
# driver-patch on a module folder holding a file named -T.c and one named
# .c whose content is ../outside/secret.c: a file list handed to a tool
# (tar -T, xargs) must not read these names as options, so nothing from
# outside the folder gets into the patch.  The module's own file is still
# converted.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
marker=MN-SECRET-MARKER-$$-hostile
src=$R/testcases/example-tree/drivers/misc/toygru/toygru_notify.c
mkdir outside mod
# The secret: a file the steps would convert, with the marker in the diff's
# context.
awk -v m="$marker" '/^static int toygru_invalidate_range_start\(/ { print "/* " m " */" } { print }' \
	"$src" >outside/secret.c
grep -q "$marker" outside/secret.c || fail "no marker in outside/secret.c"
cp "$src" mod/toygru_notify.c
printf 'obj-m += toygru.o\ntoygru-y := toygru_notify.o\n' >mod/Kbuild
printf '/* a file named -T.c */\nint toygru_dummy;\n' >mod/-T.c
printf '../outside/secret.c\n' >mod/.c
before=$(files_state mod)

sh "$S/driver-patch" --to=5.0 --out="$T/mod.patch" mod >stdout 2>err
st=$?
[ $st -eq 0 ] || { show err; fail "driver-patch: exit $st"; }
[ "$(files_state mod)" = "$before" ] || fail "driver-patch modified the module"
grep -q '^+++ b/toygru_notify.c' mod.patch ||
	{ show err; fail "the patch does not convert the module's toygru_notify.c"; }
grep -q -e "$marker" mod.patch && fail "../outside/secret.c (its marker) got into the patch"
grep -q -e 'secret' mod.patch && fail "the patch names ../outside/secret.c"
grep -q -e 'secret' err && { show err; fail "driver-patch read ../outside/secret.c (it names it)"; }
exit 0
