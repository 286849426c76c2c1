# SPDX-License-Identifier: GPL-2.0-only
# make demo's script runs on the example tree without changing it, and
# refuses a non-kernel KDIR.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
before=$(cd "$R/testcases/example-tree" && find . -type f | sort | xargs cat | cksum)
sh "$S/demo" >out 2>err || { cat err; fail "demo failed"; }
grep -q '^Commits' out || fail "demo printed no commit list"
after=$(cd "$R/testcases/example-tree" && find . -type f | sort | xargs cat | cksum)
[ "$before" = "$after" ] || fail "demo changed the example tree"
mkdir plain
expect_error 'not a kernel tree' sh "$S/demo" plain
exit 0
