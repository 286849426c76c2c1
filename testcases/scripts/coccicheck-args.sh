# SPDX-License-Identifier: GPL-2.0-only
# The coccicheck front end rejects bad input with one line and never writes.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_tree t
expect_error 'no kernel tree given' sh "$S/coccicheck"
expect_error 'use patch, report, context or org' sh "$S/coccicheck" --mode=fix t
expect_error 'no such folder' sh "$S/coccicheck" --subdir=nowhere t
expect_error "no step 'nosuch'" sh "$S/coccicheck" --step=nosuch t
expect_error "TO=soon is not a version" sh "$S/coccicheck" --to=soon t
before=$(tree_state t)
for m in patch report context org; do
	sh "$S/coccicheck" --to=6.10 --mode=$m t >"out.$m" && grep -q . "out.$m" || fail "mode $m failed"
done
[ "$(tree_state t)" = "$before" ] || fail "coccicheck changed the tree"
exit 0
