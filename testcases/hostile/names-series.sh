# SPDX-License-Identifier: GPL-2.0-only
# apply-series on a tree whose file and folder names hold `cmd`, $(cmd),
# spaces, quotes, '*', a leading '-' and non-ASCII letters: no command runs,
# every such file is converted in the step's commit like the file it is a
# copy of, and the patch series carries it (git am of the series gives the
# tree the commits made).
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
# The test-only step t_register (fast): it converts the
# mmu_notifier_register() call of drivers/misc/toygru/toygru_notify.c.
mk_project p
d=drivers/misc/toygru
names="$d/$N_DOLLAR.c
$d/$N_TICK.c
$d/sp ace.c
$d/q'u\"o.c
$d/st*r.c
$d/ünï.c
$d/-lead.c
drivers/$N_DOLLAR/x.c
drivers/$N_TICK dir/y.c
drivers/-d/z.c
drivers/ö ü/w.c"
mk_tree t
echo "$names" | while IFS= read -r n; do
	mkdir -p -- "t/$(dirname -- "$n")" && cp -- "t/$d/toygru_notify.c" "t/$n" ||
		fail "cannot create $n"
done || exit 1
commit_all t "hostile names"
base=$(git -C t rev-parse HEAD)

sh p/scripts/apply-series --to=5.0 --out="$T/out" t >stdout 2>err
st=$?
no_sentinel "apply-series"
[ $st -eq 3 ] || { show err; fail "apply-series: exit $st, not 3 (one site left for a human)"; }
[ "$(git -C t rev-list --count "$base..HEAD")" -eq 1 ] ||
	{ show err; fail "apply-series did not make its one commit"; }
# The normal file was converted: the run did something.
grep -q '__mmu_notifier_register(' "t/$d/toygru_notify.c" ||
	{ show err; fail "$d/toygru_notify.c was not converted"; }
git -C t diff -z --name-only "$base" HEAD | tr '\0' '\n' >changed
echo "$names" | while IFS= read -r n; do
	cmp -s -- "t/$d/toygru_notify.c" "t/$n" ||
		{ show err; fail "'$n' was not converted like $d/toygru_notify.c"; }
	grep -q -x -F -e "$n" changed ||
		{ show changed; fail "'$n' is not in the commit"; }
done || exit 1
[ -z "$(git -C t status --porcelain --untracked-files=all)" ] ||
	{ git -C t status --porcelain >&2; fail "apply-series left the tree dirty"; }

# The series: git am of its patches on the original gives the same tree.
ls "$T"/out/[0-9][0-9][0-9][0-9]-*.patch | grep -v '/0000-cover-letter\.patch$' >series ||
	fail "no patch series in $T/out"
git clone -q t am && git -C am checkout -q "$base" || fail "cannot clone the tree"
# shellcheck disable=SC2046
xargs -d '\n' git -C am am -q <series || fail "git am refuses the series"
[ "$(git -C am rev-parse 'HEAD^{tree}')" = "$(git -C t rev-parse 'HEAD^{tree}')" ] ||
	fail "the patch series does not give the tree the commits made"
no_sentinel "git am of the series"
exit 0
