# SPDX-License-Identifier: GPL-2.0-only
# The candidate cache of a git tree: a second run on a tree whose HEAD was
# seen before does not grep the whole tree again, and what it finds is what
# a fresh run finds, whatever differs from HEAD: an untracked file, an
# edit that adds or removes the tokens, a change git status hides
# (assume-unchanged), a new commit.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_tree t
MN_BUILD=$T/build
export MN_BUILD

# A git that logs its grep runs, then runs the real one.
real=$(command -v git) || fail "no git"
mkdir bin
cat >bin/git <<GEOF
#!/bin/sh
for a in "\$@"; do [ "\$a" = grep ] && echo grep >>"$T/greps"; done
exec "$real" "\$@"
GEOF
chmod +x bin/git
PATH=$T/bin:$PATH

steps=--step=range_callers
greps() { c=$(grep -c . "$T/greps" 2>/dev/null); echo "${c:-0}"; }
same_as_fresh() {	# label: a cached run prints what a --no-cache run prints
	: >"$T/greps"
	sh "$S/coccicheck" $steps t >"cached.$1" 2>"cached.$1.err" || fail "$1: cached run failed"
	sh "$S/coccicheck" $steps --no-cache t >"fresh.$1" 2>"fresh.$1.err" || fail "$1: fresh run failed"
	cmp -s "fresh.$1" "cached.$1" || { diff "fresh.$1" "cached.$1"; fail "$1: the cached run differs"; }
	cmp -s "fresh.$1.err" "cached.$1.err" || { diff "fresh.$1.err" "cached.$1.err"; fail "$1: stderr differs"; }
}

: >greps
sh "$S/coccicheck" $steps t >r1 || fail "first run failed"
grep -q 'toy_mprotect' r1 || fail "no finding in mm/toy_mprotect.c"
[ "$(greps)" -ge 1 ] || fail "the first run did not grep the tree"
: >greps
sh "$S/coccicheck" $steps t >r2 || fail "second run failed"
cmp -s r1 r2 || { diff r1 r2; fail "the second run printed something else"; }
[ "$(greps)" = 0 ] || fail "the second run grepped the whole tree again"

# An untracked candidate.
cp t/mm/toy_mprotect.c t/mm/toy_untracked.c
same_as_fresh untracked
grep -q 'toy_untracked' cached.untracked || fail "the untracked candidate was not seen"

# A tracked file that gains a call, one that loses its calls.
printf 'void late(struct mm_struct *mm)\n{\n\tmmu_notifier_invalidate_range_start(mm, 0, 1);\n\tmmu_notifier_invalidate_range_end(mm, 0, 1);\n}\n' >>t/include/linux/mmu_notifier.h
sed -i 's/mmu_notifier_invalidate_range_\(start\|end\|only_end\)/gone_\1/' t/mm/toy_mprotect.c
same_as_fresh edited
grep -q 'toy_mprotect' cached.edited && fail "a file without its tokens is still reported"

# A change git status does not show.
git -C t checkout -q -- mm/toy_mprotect.c
git -C t update-index --assume-unchanged mm/toy_mprotect.c
sed -i 's/mmu_notifier_invalidate_range_\(start\|end\|only_end\)/gone_\1/' t/mm/toy_mprotect.c
[ -z "$(git -C t status --porcelain -- mm/toy_mprotect.c)" ] || fail "git status shows the hidden change"
same_as_fresh hidden
grep -q 'toy_mprotect' cached.hidden && fail "an assume-unchanged edit was not seen"
git -C t update-index --no-assume-unchanged mm/toy_mprotect.c

# A new commit is a new tree: the whole tree is grepped again, once.
git -C t add -A && git -C t commit -q -m more || fail "cannot commit"
: >greps
sh "$S/coccicheck" $steps t >r3 || fail "run after a commit failed"
[ "$(greps)" -ge 1 ] || fail "a new HEAD did not grep the tree"
same_as_fresh committed
exit 0
