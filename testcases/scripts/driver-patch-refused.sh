# SPDX-License-Identifier: GPL-2.0-only
# A module whose only old form is one a step leaves to a human (toyflush:
# a secondary TLB flush op beside start/end, which the 6.6 step reports)
# does not "already use the API": driver-patch names the site, even with
# --quiet, writes no patch and exits 3 (a human must finish).
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
cp -R "$R/testcases/scripts/fixtures/toyflush" mod
sh "$S/driver-patch" --to=6.6 --quiet --out="$T/p.patch" mod >out 2>err
st=$?
[ $st -eq 3 ] || { cat err; fail "exit $st, not 3, for a module with a site left"; }
grep -q 'already uses' err && { cat err; fail "says 'already uses' while a site remains"; }
grep -q '^  toyflush.c:36:3: invalidate_range op next to invalidate_range_start/end: .*\[secondary_tlbs\]$' err ||
	{ cat err; fail "the site is not named (under --quiet)"; }
[ -e p.patch ] && fail "a patch was written though nothing was converted"
# Nothing at all to convert: the 6.3 API has no step that finds a site.
sh "$S/driver-patch" --to=6.3 --quiet --out="$T/p.patch" mod 2>err2 || { cat err2; fail "6.3: not exit 0"; }
exit 0
