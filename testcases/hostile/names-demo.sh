# SPDX-License-Identifier: GPL-2.0-only
# make demo on a tree whose converted files have names with a blank, a
# leading '-' and $(cmd): the checker gets each changed file whole, as
# ./name, never a name split at the blank or read as an option, and no
# command runs.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
# The test-only step t_register (fast) converts toygru_notify.c's
# mmu_notifier_register() call, and so every copy of it.
mk_project p
mkdir -p p/testcases && cp -R "$R/testcases/include" p/testcases/ || fail "cannot copy the test headers"
d=drivers/misc/toygru
mk_tree t
for n in "sp ace.c" "-lead.c" "$N_DOLLAR.c"; do
	cp -- "t/$d/toygru_notify.c" "t/$d/$n" || fail "cannot create $n"
done
commit_all t "hostile names"
MNCHECK=$R/checker/mncheck sh p/scripts/demo --kdir="$T/t" >out 2>err
st=$?
no_sentinel "demo"
[ $st -eq 0 ] || { show out err; fail "demo exited $st"; }
grep -q 'Checker on the converted files' out || { show out; fail "the checker did not run"; }
# A split or option-read name shows as a file the checker cannot open, or
# as an option it does not know.
if grep -E "unable to open|unknown option|No such file" out err; then
	show out err
	fail "a changed file's name reached the checker split or as an option"
fi
exit 0
