# SPDX-License-Identifier: GPL-2.0-only
# Two apply-series runs on one tree at once: while the first is in its
# step, the second is refused with a one-line error ("in use"/"another"),
# the first completes, and exactly one set of commits results (no subject
# twice in git log).
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
mk_project p	# test-only step t_register: one commit
mk_tree t
base=$(git -C t rev-parse HEAD)
stall_spatch 1
pid=
trap 'touch "$T/go"; [ -n "$pid" ] && kill "$pid" 2>/dev/null' EXIT
PATH=$T/bin:$PATH sh p/scripts/apply-series --to=5.0 --out="$T/out1" t >run1.out 2>run1.err &
pid=$!
wait_for stalled || { show run1.err; fail "the first run never reached its patch step"; }
one_error 'in use|another' sh p/scripts/apply-series --to=5.0 --out="$T/out2" t
[ "$(git -C t rev-parse HEAD)" = "$base" ] || fail "the refused run made a commit"
[ -e out2 ] && fail "the refused run wrote a patch series"
touch go
wait "$pid"
st=$?
pid=
[ $st -eq 3 ] || { show run1.err; fail "the first run did not exit 3 (one site left for a human) (exit $st) after the second one"; }
n=$(git -C t rev-list --count "$base..HEAD")
[ "$n" -eq 1 ] || { git -C t log --oneline >&2; fail "$n commits, not the one t_register makes"; }
dups=$(git -C t log --format=%s | sort | uniq -d)
[ -z "$dups" ] || fail "commits made twice: $dups"
[ -z "$(git -C t status --porcelain --untracked-files=all)" ] || fail "the tree is left dirty"
exit 0
