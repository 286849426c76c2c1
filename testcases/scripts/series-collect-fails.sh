# SPDX-License-Identifier: GPL-2.0-only
# When spatch fails in range_callers' collect pass (as 1.1.1 does on
# mm/hugetlb.c of 6.1, a stack overflow), the series goes on with the step
# as in one pass and names the failure; it does not stop the series.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_tree t
real=$(command -v spatch) || fail "no spatch"
mkdir bin
cat >bin/spatch <<SEOF
#!/bin/sh
prev=
for a in "\$@"; do
	if [ "\$prev" = -D ] && [ "\$a" = collect ]; then
		echo "Fatal error: exception Stack overflow" >&2
		exit 2
	fi
	prev=\$a
done
exec "$real" "\$@"
SEOF
chmod +x bin/spatch
PATH=$T/bin:$PATH
sh "$S/apply-series" --to=5.0 --no-patches --quiet t >out 2>err
st=$?
[ $st -eq 0 ] || [ $st -eq 3 ] || { cat err; fail "the series stopped (exit $st)"; }
grep -q 'range_callers: the collect pass .* failed (.*Stack overflow' err ||
	{ cat err; fail "the failed collect pass is not named"; }
git -C t log --format=%s | grep -q . || fail "no commit"
exit 0
