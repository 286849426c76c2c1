# SPDX-License-Identifier: GPL-2.0-only
# mk/kernel-src.sh with its default cache, build/kcache inside a checkout:
# an unpacked tree there is a folder the checkout's repository ignores,
# and git finds the checkout's HEAD from it.  The tree must still become a
# git repository of its own, or git grep sees nothing of it and the
# kernel's coccicheck and ours agree on empty results.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
git init -q co && printf 'build/\n' >co/.gitignore && git -C co add .gitignore &&
	git -C co commit -q -m checkout || fail "cannot make the checkout"
tree=co/build/kcache/linux-source-6.1
mkdir -p "$tree/mm" && printf 'VERSION = 6\nPATCHLEVEL = 1\n' >"$tree/Makefile" &&
	echo 'int mmu_notifier_range_init;' >"$tree/mm/x.c" &&
	echo linux-source-6.1_6.1.0-1_all.deb >"$tree/.unpacked" || fail "cannot make the tree"
git -C "$tree" rev-parse -q --verify HEAD >/dev/null || fail "the checkout's HEAD is not seen from the tree"

out=$(sh "$R/mk/kernel-src.sh" co/build/kcache 6.1) || fail "kernel-src.sh failed"
[ "$out" = "$T/$tree" ] || fail "printed '$out', not the tree"
[ "$(git -C "$tree" rev-parse --show-toplevel)" = "$(cd "$tree" && pwd -P)" ] ||
	fail "the tree is not a git repository of its own"
[ "$(git -C "$tree" grep -l -w mmu_notifier_range_init)" = mm/x.c ] ||
	fail "git grep does not see the tree's files"
[ "$(git -C co log --oneline | wc -l)" -eq 1 ] || fail "the checkout got a commit"
# Twice: the repository is kept.
h=$(git -C "$tree" rev-parse HEAD)
sh "$R/mk/kernel-src.sh" co/build/kcache 6.1 >/dev/null || fail "kernel-src.sh failed the second time"
[ "$(git -C "$tree" rev-parse HEAD)" = "$h" ] || fail "the second run made the repository again"
exit 0
