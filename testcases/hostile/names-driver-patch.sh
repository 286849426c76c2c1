# SPDX-License-Identifier: GPL-2.0-only
# driver-patch on a driver folder (in a kernel tree, and an out-of-tree
# module whose own folder name is hostile) holding files and folders named
# with `cmd`, $(cmd), spaces, quotes, '*', a leading '-' and non-ASCII
# letters: no command runs, the folder is not modified, and the patch
# converts every such file like the file it is a copy of (checked by
# applying the patch with git apply to a copy of the original).
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
mk_project p	# test-only step t_register (fast)
src=toygru_notify.c	# t_register converts its mmu_notifier_register() call
rel="$N_DOLLAR.c
$N_TICK.c
sp ace.c
q'u\"o.c
st*r.c
ünï.c
-lead.c
$N_DOLLAR/x.c
$N_TICK dir/y.c
-d/z.c
ö ü/w.c"
populate() {	# folder holding $src
	echo "$rel" | while IFS= read -r n; do
		mkdir -p -- "$1/$(dirname -- "$n")" && cp -- "$1/$src" "$1/$n" ||
			fail "cannot create $n"
	done || exit 1
}
# check NAME DIR PATCH ROOT PREFIX: PATCH applied to a copy of ROOT converts
# every file of DIR (at PREFIX in ROOT) like $src.
check() {
	c_name=$1 c_dir=$2 c_patch=$3 c_root=$4 c_pre=$5
	grep -q '^+++ ' "$c_patch" || fail "$c_name: the patch is empty"
	rm -rf applied && cp -R "$c_root" applied && rm -rf applied/.git || fail "cannot copy $c_root"
	git -C applied apply "$c_patch" || fail "$c_name: git apply refuses the patch"
	no_sentinel "$c_name: git apply of the patch"
	grep -q '__mmu_notifier_register(' "applied/$c_pre$src" ||
		fail "$c_name: $src itself is not converted by the patch"
	echo "$rel" | while IFS= read -r n; do
		cmp -s -- "applied/$c_pre$src" "applied/$c_pre$n" ||
			fail "$c_name: '$c_pre$n' is not converted by the patch like $src"
	done || exit 1
}

# In a kernel tree.
mk_plain t
d=drivers/misc/toygru
populate "t/$d"
before=$(files_state t)
sh p/scripts/driver-patch --to=5.0 --out="$T/tree.patch" "t/$d" >stdout 2>err
st=$?
no_sentinel "driver-patch on $d"
[ $st -eq 0 ] || { show err; fail "driver-patch on $d: exit $st"; }
[ "$(files_state t)" = "$before" ] || fail "driver-patch modified the tree"
check "in-tree driver" "t/$d" "$T/tree.patch" t "$d/"

# An out-of-tree module whose folder name is hostile too.
m="$N_TICK mod"
mkdir -- "$m" && cp "t/$d/$src" "$m/" || fail "cannot make the module"
printf 'obj-m += toygru.o\ntoygru-y := toygru_notify.o\n' >"$m/Kbuild"
populate "$m"
before=$(files_state "$m")
sh p/scripts/driver-patch --to=5.0 --out="$T/mod.patch" "$m" >stdout 2>err
st=$?
no_sentinel "driver-patch on the module '$m'"
[ $st -eq 0 ] || { show err; fail "driver-patch on the module '$m': exit $st"; }
[ "$(files_state "$m")" = "$before" ] || fail "driver-patch modified the module"
check "out-of-tree module" "$m" "$T/mod.patch" "$m" ""
exit 0
