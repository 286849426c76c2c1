# SPDX-License-Identifier: GPL-2.0-only
# apply-series refuses a tree whose local change git hides: a modified file
# marked `git update-index --assume-unchanged`, or --skip-worktree, is an
# uncommitted change ("uncommitted changes"), and the file keeps the user's
# content (the series would otherwise rewrite it, or commit it).
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
mk_project p	# test-only step t_register: it converts the file below
f=drivers/misc/toygru/toygru_notify.c
for bit in assume-unchanged skip-worktree; do
	mk_tree "$bit"
	head=$(git -C "$bit" rev-parse HEAD)
	git -C "$bit" update-index --"$bit" "$f" || fail "cannot mark $f --$bit"
	echo '/* a local change the user has not committed */' >>"$bit/$f"
	[ -z "$(git -C "$bit" status --porcelain)" ] ||
		fail "--$bit: git status still shows the change (the setup does not hide it)"
	sum=$(sha1sum <"$bit/$f")
	one_error 'uncommitted changes' sh p/scripts/apply-series --to=5.0 --out="$T/out-$bit" "$bit"
	[ "$(sha1sum <"$bit/$f")" = "$sum" ] || fail "--$bit: the user's $f was changed"
	grep -q 'a local change the user has not committed' "$bit/$f" || fail "--$bit: the local change is gone"
	[ "$(git -C "$bit" rev-parse HEAD)" = "$head" ] || fail "--$bit: a commit was made"
	[ -e "out-$bit" ] && fail "--$bit: a patch series was written"
done
exit 0
