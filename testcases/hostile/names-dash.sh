# SPDX-License-Identifier: GPL-2.0-only
# A candidate path that starts with '-' (a file -x.c and a folder -x/ at
# the top of the tree or module) is never taken for an option: it does not
# hide the other findings, and it is reported and converted under its real
# name by coccicheck (git and plain tree), apply-series and driver-patch.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
populate() {	# tree source
	mkdir -p -- "$1/-x" && cp -- "$1/$2" "$1/-x.c" && cp -- "$1/$2" "$1/-x/y.c" ||
		fail "cannot create the -x files in $1"
}

# coccicheck, report mode: mm/toy_mprotect.c has 6 range_callers findings.
mk_plain plain
populate plain mm/toy_mprotect.c
mk_tree git
populate git mm/toy_mprotect.c
commit_all git "dash names"
for tree in plain git; do
	sh "$S/coccicheck" --step=range_callers "$tree" >"$tree.report" 2>"$tree.err"
	st=$?
	[ $st -eq 0 ] || { show "$tree.err"; fail "coccicheck ($tree tree): exit $st"; }
	for n in mm/toy_mprotect.c -x.c -x/y.c; do
		[ "$(findings_of "$tree.report" "$n")" -eq 6 ] ||
			{ show "$tree.report" "$tree.err"; fail "coccicheck ($tree tree): '$n' does not have its 6 findings (a '-' name hides findings?)"; }
	done
done

# apply-series (the test-only step t_register converts toygru_notify.c).
mk_project p
d=drivers/misc/toygru
mk_tree t
populate t "$d/toygru_notify.c"
commit_all t "dash names"
base=$(git -C t rev-parse HEAD)
sh p/scripts/apply-series --to=5.0 --no-patches t >stdout 2>err
st=$?
# The toygru TLB hook (and its copies) stay for a human: exit 3.
[ $st -eq 3 ] || { show err; fail "apply-series: exit $st, not 3"; }
grep -q '__mmu_notifier_register(' "t/$d/toygru_notify.c" ||
	{ show err; fail "apply-series: $d/toygru_notify.c was not converted"; }
for n in -x.c -x/y.c; do
	cmp -s -- "t/$d/toygru_notify.c" "t/$n" ||
		{ show err; fail "apply-series: '$n' was not converted like $d/toygru_notify.c"; }
done
[ "$(git -C t rev-list --count "$base..HEAD")" -eq 1 ] || fail "apply-series: not one commit"

# driver-patch on an out-of-tree module with -x.c and -x/y.c at its top.
mkdir mod && cp "t/$d/toygru_notify.c" mod/ && git -C t show "$base:$d/toygru_notify.c" >mod/toygru_notify.c ||
	fail "cannot make the module"
populate mod toygru_notify.c
before=$(files_state mod)
sh p/scripts/driver-patch --to=5.0 --out="$T/mod.patch" mod >stdout 2>err
st=$?
[ $st -eq 0 ] || { show err; fail "driver-patch: exit $st"; }
[ "$(files_state mod)" = "$before" ] || fail "driver-patch modified the module"
cp -R mod applied && git -C applied apply "$T/mod.patch" || fail "driver-patch: git apply refuses the patch"
grep -q '__mmu_notifier_register(' applied/toygru_notify.c ||
	fail "driver-patch: toygru_notify.c is not converted by the patch"
for n in -x.c -x/y.c; do
	cmp -s -- applied/toygru_notify.c "applied/$n" ||
		fail "driver-patch: '$n' is not converted by the patch like toygru_notify.c"
done
exit 0
