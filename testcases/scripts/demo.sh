# SPDX-License-Identifier: GPL-2.0-only
# make demo's script runs on the example tree without changing it, and
# refuses a non-kernel KDIR.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
before=$(cd "$R/testcases/example-tree" && find . -type f | sort | xargs cat | cksum)
sh "$S/demo" >out 2>err || { cat err; fail "demo failed"; }
grep -q '^Commits' out || fail "demo printed no commit list"
grep -q 'converted by mnmigrate step range_callbacks' out || fail "demo made no range_callbacks commit"
grep -q 'toygpu_userptr.c:[0-9]*:[0-9]*: warning: .*\[event-ignored\]' out || fail "demo's checker run found nothing"
after=$(cd "$R/testcases/example-tree" && find . -type f | sort | xargs cat | cksum)
[ "$before" = "$after" ] || fail "demo changed the example tree"
mkdir plain
expect_error 'not a kernel tree' sh "$S/demo" plain
exit 0
