# SPDX-License-Identifier: GPL-2.0-only
# Which files coccicheck sees does not depend on a git repository around
# the tree: a tree copied, untracked, into a folder of another git
# repository gives the findings of the same tree standing alone; in a git
# tree, untracked (not ignored) files are scanned too, ignored ones are not.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
steps=range_callers,migrate_pfn_locked
mk_plain alone
mkdir outer && git -C outer init -q && echo outer >outer/README && commit_all outer "outer project"
mk_plain outer/kernel
[ -n "$(git -C outer status --porcelain -- kernel)" ] || fail "the inner tree is not untracked in outer/"

sh "$S/coccicheck" --step=$steps alone >alone.out 2>alone.err || { show alone.err; fail "the tree alone: coccicheck failed"; }
[ "$(grep -c . alone.out)" -ge 7 ] || { show alone.out; fail "the tree alone has too few findings"; }
sh "$S/coccicheck" --step=$steps outer/kernel >nested.out 2>nested.err ||
	{ show nested.err; fail "the nested tree: coccicheck failed"; }
[ -s nested.out ] || { show nested.err; fail "the tree inside another repository (untracked) gives no finding"; }
cmp -s alone.out nested.out || { diff alone.out nested.out >&2; fail "the nested tree's findings differ from the tree alone's"; }
[ -z "$(git -C outer status --porcelain --ignored -- . ':!kernel')" ] || fail "coccicheck wrote to the outer repository"

# Untracked files of a git tree are seen; ignored ones are not.
mk_tree t
cp t/mm/toy_mprotect.c t/mm/untracked.c
cp t/mm/toy_mprotect.c t/mm/ignored.c
echo 'ignored.c' >t/.gitignore
sh "$S/coccicheck" --step=range_callers t >t.out 2>t.err || { show t.err; fail "git tree: coccicheck failed"; }
[ "$(findings_of t.out mm/toy_mprotect.c)" -eq 6 ] || { show t.out; fail "git tree: mm/toy_mprotect.c lacks its 6 findings"; }
[ "$(findings_of t.out mm/untracked.c)" -eq 6 ] ||
	{ show t.out; fail "git tree: the untracked mm/untracked.c is not scanned"; }
[ "$(findings_of t.out mm/ignored.c)" -eq 0 ] ||
	{ show t.out; fail "git tree: the ignored mm/ignored.c is scanned"; }
exit 0
