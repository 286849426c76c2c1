# SPDX-License-Identifier: GPL-2.0-only
# A KDIR whose name starts with '-' works: given after -- to coccicheck and
# apply-series, and as make's KDIR=-tree (relative to the project folder,
# so in a copy of the project; the tree a git repository of its own there).
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
mk_plain ./-tree
sh "$S/coccicheck" --step=range_callers -- -tree >dash.out 2>dash.err ||
	{ show dash.err; fail "coccicheck -- -tree failed"; }
[ "$(findings_of dash.out mm/toy_mprotect.c)" -eq 6 ] ||
	{ show dash.out dash.err; fail "coccicheck -- -tree: not the 6 findings of mm/toy_mprotect.c"; }

mk_project p	# test-only step t_register (fast)
mk_tree ./-gtree
base=$(git -C ./-gtree rev-parse HEAD)
sh p/scripts/apply-series --to=5.0 --no-patches -- -gtree >gdash.out 2>gdash.err
[ $? -eq 3 ] ||
	{ show gdash.err; fail "apply-series -- -gtree failed"; }
[ "$(git -C ./-gtree rev-list --count "$base..HEAD")" -eq 1 ] ||
	{ show gdash.err; fail "apply-series -- -gtree made no commit"; }

mk_make_project proj
mk_tree proj/-tree
make -s -C "$T/proj" coccicheck KDIR=-tree STEP=range_callers >mdash.out 2>mdash.err ||
	{ show mdash.err; fail "make coccicheck KDIR=-tree failed"; }
[ "$(findings_of mdash.out mm/toy_mprotect.c)" -eq 6 ] ||
	{ show mdash.out mdash.err; fail "make coccicheck KDIR=-tree: not the 6 findings of mm/toy_mprotect.c"; }
exit 0
