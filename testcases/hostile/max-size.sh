# SPDX-License-Identifier: GPL-2.0-only
# A too-big C file: with MN_MAX_SIZE=<bytes> in the environment (make's
# MAXSIZE=), a candidate file above that size is skipped with a message
# naming it ("larger than"), counted in the summary ("1 file(s) skipped");
# coccicheck exits 3.  apply-series and driver-patch skip it too (not
# converted, named on stderr).  The "big" file is 5 kB, the limit 2000 or
# 3000 bytes: no test runs spatch on anything large.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
# pad SRC DST: SRC followed by comment lines up to about 5 kB.
pad() {
	{ cat "$1"; i=0; while [ $i -lt 60 ]; do echo "/* padding line $i: nothing to see here, a comment only */"; i=$((i + 1)); done; } >"$2"
	[ "$(wc -c <"$2")" -gt 4500 ] || fail "$2 is not big enough"
}
mk_plain t
pad t/mm/toy_mprotect.c t/mm/big.c
[ "$(wc -c <t/mm/toy_mprotect.c)" -lt 2000 ] || fail "mm/toy_mprotect.c is above the limit"

# check HOW: the run's output in $HOW.out/.err, its status in $st.
check() {
	[ "$(findings_of "$1.out" mm/toy_mprotect.c)" -eq 6 ] ||
		{ show "$1.out" "$1.err"; fail "$1: mm/toy_mprotect.c (below the limit) lacks its 6 findings"; }
	[ "$(findings_of "$1.out" mm/big.c)" -eq 0 ] ||
		{ show "$1.out"; fail "$1: mm/big.c (above the limit) was scanned"; }
	grep 'mm/big\.c' "$1.err" | grep -q -i 'larger than' ||
		{ show "$1.err"; fail "$1: no 'larger than' message naming mm/big.c"; }
	grep -q -E '(^|[^0-9])1 file\(s\) skipped' "$1.err" ||
		{ show "$1.err"; fail "$1: no summary line '1 file(s) skipped'"; }
}
MN_MAX_SIZE=2000 sh "$S/coccicheck" --step=range_callers t >env.out 2>env.err
st=$?
check env
[ $st -eq 3 ] || { show env.err; fail "MN_MAX_SIZE=2000: coccicheck exits $st, not 3"; }
make -s -C "$R" coccicheck KDIR="$T/t" STEP=range_callers MAXSIZE=2000 >make.out 2>make.err
st=$?
check make
[ $st -ne 0 ] || fail "make coccicheck MAXSIZE=2000 exits 0 with a skipped file"
grep -q 'Error 3' make.err || { show make.err; fail "make coccicheck MAXSIZE=2000: coccicheck did not exit 3"; }

# apply-series and driver-patch (test-only step t_register).
mk_project p
d=drivers/misc/toygru
mk_tree s
pad "s/$d/toygru_notify.c" "s/$d/big.c"
commit_all s "a big file"
MN_MAX_SIZE=3000 sh p/scripts/apply-series --to=5.0 --no-patches s >series.out 2>series.err
grep -q '__mmu_notifier_register(' "s/$d/toygru_notify.c" ||
	{ show series.err; fail "apply-series: $d/toygru_notify.c (below the limit) was not converted"; }
git -C s show "HEAD:$d/big.c" | grep -q '__mmu_notifier_register(' &&
	fail "apply-series: $d/big.c (above the limit) was converted"
grep "$d/big\.c" series.err | grep -q -i 'larger than' ||
	{ show series.err; fail "apply-series: no 'larger than' message naming $d/big.c"; }

mkdir mod && git -C s show "HEAD~1:$d/toygru_notify.c" >mod/toygru_notify.c && git -C s show "HEAD:$d/big.c" >mod/big.c ||
	fail "cannot make the module"
MN_MAX_SIZE=3000 sh p/scripts/driver-patch --to=5.0 --out="$T/mod.patch" mod >dp.out 2>dp.err
grep -q '^+++ b/toygru_notify.c' mod.patch ||
	{ show dp.err; fail "driver-patch: toygru_notify.c (below the limit) is not in the patch"; }
grep -q 'big\.c' mod.patch && fail "driver-patch: big.c (above the limit) is in the patch"
grep 'big\.c' dp.err | grep -q -i 'larger than' ||
	{ show dp.err; fail "driver-patch: no 'larger than' message naming big.c"; }
exit 0
