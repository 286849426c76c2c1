# SPDX-License-Identifier: GPL-2.0-only
# make install puts a working tool under PREFIX: the checker, the jobs as
# mnmigrate-<job> links, cocci/ as share/mnmigrate/cocci.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
make -s -C "$R" install PREFIX="$T/inst" >make.log 2>&1 || { cat make.log; fail "make install failed"; }
[ -f "$T/inst/share/mnmigrate/cocci/series" ] || fail "no share/mnmigrate/cocci/series"
"$T/inst/bin/mncheck" --list-rules | grep -q '^event-ignored	on	' || fail "installed mncheck does not list its rules"
"$T/inst/bin/mnmigrate-coccicheck" --help | grep -q '^Usage: coccicheck' || fail "installed coccicheck has no --help"
mk_tree t
(cd / && MN_COMBINE=1 "$T/inst/bin/mnmigrate-coccicheck" --step=range_callers,secondary_tlbs --mode=report "$T/t") >report ||
	fail "installed coccicheck failed"
grep -q '^\./mm/toy_mprotect.c:[0-9]*:[0-9]*: .*\[range_callers\]$' report || { cat report; fail "installed coccicheck found nothing"; }
grep -q '\[secondary_tlbs\]$' report || { cat report; fail "installed coccicheck lost the combined step's line"; }
exit 0
