# SPDX-License-Identifier: GPL-2.0-only
# coccicheck's M= (--subdir=) and STEP= (--step=) cannot leave their place:
# a relative M= climbing out of KDIR (drivers/../../x), or going out through
# a symlink inside the tree, is refused with a one-line error ("outside");
# a step that cocci/series does not name (../path, a .cocci file of cocci/
# not in the series) is refused ("no step").  An absolute M= is an
# external module folder, as in kbuild: it is scanned instead of the tree.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
mk_plain t
mkdir elsewhere extmod
cp t/mm/toy_mprotect.c elsewhere/mod_mprotect.c
cp t/mm/toy_mprotect.c extmod/mod_mprotect.c
ln -s "$T/elsewhere" t/drivers/ext
mk() { make -s -C "$R" "$@"; }

# A relative M= inside the tree works (the run does find something).
sh "$S/coccicheck" --step=range_callers --subdir=mm t >out 2>err ||
	{ show err; fail "--subdir=mm failed"; }
[ "$(grep -c 'toy_mprotect\.c:' out)" -eq 6 ] || { show out err; fail "--subdir=mm: not the 6 findings of mm/toy_mprotect.c"; }

# Out of KDIR: refused, nothing scanned there.
for m in drivers/../../elsewhere drivers/ext drivers/ext/ mm/../drivers/ext; do
	one_error 'outside' sh "$S/coccicheck" --step=range_callers --subdir="$m" t
	grep -q mod_mprotect "$T/one.out" && fail "--subdir=$m scanned $T/elsewhere"
	one_error 'outside' mk coccicheck KDIR="$T/t" STEP=range_callers M="$m"
	grep -q mod_mprotect "$T/one.out" && fail "make M=$m scanned $T/elsewhere"
done

# Steps not named in cocci/series.
for s in ../testcases/scripts/steps/t_register ../cocci/range_callers range_callers,../cocci/range_callers; do
	one_error 'no step' sh "$S/coccicheck" --step="$s" t
	one_error 'no step' mk coccicheck KDIR="$T/t" STEP="$s"
done
mk_project p	# cocci/ holds t_fail.cocci, which its series does not name
grep -q t_fail p/cocci/series && fail "the test project's series names t_fail"
one_error 'no step' sh p/scripts/coccicheck --step=t_fail t

# An absolute M=: the external module is scanned, not the tree.
for how in script make; do
	if [ $how = script ]; then
		sh "$S/coccicheck" --step=range_callers --subdir="$T/extmod" t >out 2>err
	else
		mk coccicheck KDIR="$T/t" STEP=range_callers M="$T/extmod" >out 2>err
	fi
	st=$?
	[ $st -eq 0 ] || { show err; fail "$how: absolute M=$T/extmod: exit $st"; }
	[ "$(grep -c 'mod_mprotect\.c:' out)" -eq 6 ] ||
		{ show out err; fail "$how: absolute M=$T/extmod: not the 6 findings of its mod_mprotect.c"; }
	grep -q -F 'mod_mprotect.c:16:2: ' out || { show out; fail "$how: absolute M=: no mod_mprotect.c:16:2: finding"; }
	grep -q toy_mprotect out && { show out; fail "$how: absolute M=$T/extmod scanned the tree too"; }
done
exit 0
