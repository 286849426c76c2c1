# SPDX-License-Identifier: GPL-2.0-only
# Tracked files inside folders a .gitignore pattern matches (Debian's
# kernel trees ignore "/*" and track everything by force) are scanned like
# any other, and an untracked, not ignored file beside them too.  git grep
# --untracked would skip the tracked ones.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_tree t
sh "$S/coccicheck" --step=range_callers --kdir=t >want 2>err || { cat err; fail "coccicheck failed"; }
grep -q . want || fail "the plain tree gives no finding"
echo '/*' >t/.gitignore
echo '!/.gitignore' >>t/.gitignore
git -C t add -f .gitignore && git -C t commit -q -m "ignore everything untracked"
sh "$S/coccicheck" --step=range_callers --kdir=t >got 2>err || { cat err; fail "coccicheck failed"; }
cmp -s want got || { diff want got; fail "tracked files under an ignored folder were not scanned"; }
# An untracked file the tree does not ignore is seen too.
printf '!/mm/\n/mm/*\n!/mm/extra.c\n' >>t/.gitignore
cp t/mm/toy_mprotect.c t/mm/extra.c
sh "$S/coccicheck" --step=range_callers --kdir=t >got2 2>err || { cat err; fail "coccicheck failed"; }
grep -q '^\./mm/extra\.c:' got2 || { cat got2; fail "the untracked, not ignored file was not scanned"; }
exit 0
