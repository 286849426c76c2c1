# SPDX-License-Identifier: GPL-2.0-only
# apply-series interrupted after it made a commit, then run again to the
# end: the patch series in OUT covers every commit the tool made, the first
# run's too (git am of it on the original gives the final tree); a third
# identical run makes nothing, exits 0, says so ("nothing"/"already"), and
# does not trip over the existing OUT.  The tool keeps its record of its
# commits out of the commit messages: no trailer but Generated-by and
# Signed-off-by.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
# Two test-only steps (fast): t_register, then t_flush, a step of this test
# that renames the flush_tlb_range() call of mm/toy_mprotect.c.
mk_project p
cat >p/cocci/t_flush.cocci <<'EOF'
// SPDX-License-Identifier: GPL-2.0-only
/// mm/test: use the toy TLB flush
///
/// Test-only step: renames flush_tlb_range() calls.
///
// Confidence: High
// Options: --no-includes --include-headers
// Keywords: test
// Requires: 1.1.1

virtual patch
virtual context
virtual org
virtual report

@depends on patch@
expression V, S, E;
@@
- flush_tlb_range(V, S, E)
+ toy_flush_tlb_range(V, S, E)

@r depends on !patch@
expression V, S, E;
position p;
@@
* flush_tlb_range@p(V, S, E)

@script:ocaml depends on report || org@
p << r.p;
@@
let p = List.hd p in
Printf.printf "%s:%d:%d: TLB flush call [t_flush]\n" p.Coccilib.file p.Coccilib.line (p.Coccilib.col + 1)
EOF
printf '5.0\tt_register.cocci\n5.0\tt_flush.cocci\n' >p/cocci/series
mk_tree t
base=$(git -C t rev-parse HEAD)
real=$(command -v spatch) || fail "no spatch"
mkdir bin
# A spatch that stalls in its first patch-mode run after the tree got a
# commit (the second step, t_flush), until $T/go exists.
cat >bin/spatch <<WRAP
#!/bin/sh
case "\$*" in
*--parse-cocci*) ;;
*"-D patch"*)
	if [ ! -e "$T/stalled" ] && [ "\$(git -C "$T/t" rev-parse HEAD)" != "$base" ]; then
		touch "$T/stalled"
		i=0
		while [ ! -f "$T/go" ] && [ \$i -lt 1200 ]; do sleep 0.1; i=\$((i + 1)); done
	fi ;;
esac
exec "$real" "\$@"
WRAP
chmod +x bin/spatch
pid=
trap 'touch "$T/go"; [ -n "$pid" ] && kill "$pid" 2>/dev/null' EXIT
run() {	# name: apply-series --to=5.0 --out=$T/out t, stdout and stderr in name.out/.err
	sh p/scripts/apply-series --to=5.0 --out="$T/out" t >"$1.out" 2>"$1.err"
}

# 1: interrupted in the second step, after the first step's commit.
PATH=$T/bin:$PATH env --default-signal=INT sh p/scripts/apply-series --to=5.0 --out="$T/out" t \
	>run1.out 2>run1.err &
pid=$!
wait_for stalled || { show run1.err; fail "the first run never reached a patch step after a commit"; }
kill -INT "$pid"
wait "$pid" && { show run1.err; fail "the interrupted run exited 0"; }
pid=
touch go
n1=$(git -C t rev-list --count "$base..HEAD")
[ "$n1" -ge 1 ] || fail "the interrupted run made no commit (the test needs one)"

# 2: to the end.
# The tree keeps one site for a human (t_register's TLB hook): exit 3.
run run2
[ $? -eq 3 ] || { show run2.err; fail "the second run did not exit 3"; }
n=$(git -C t rev-list --count "$base..HEAD")
[ "$n" -gt "$n1" ] || { show run2.err; fail "the second run made no commit"; }
[ -z "$(git -C t status --porcelain --untracked-files=all)" ] || fail "the tree is left dirty"
ls "$T"/out/[0-9][0-9][0-9][0-9]-*.patch 2>/dev/null | grep -v '/0000-cover-letter\.patch$' >series
[ "$(grep -c . series)" -eq "$n" ] ||
	{ ls out >&2; git -C t log --oneline "$base..HEAD" >&2; fail "the patch series has $(grep -c . series) patch(es) for the $n commit(s) the tool made"; }
git clone -q t am && git -C am checkout -q "$base" || fail "cannot clone the tree"
xargs -d '\n' git -C am am -q <series || fail "git am refuses the series"
[ "$(git -C am rev-parse 'HEAD^{tree}')" = "$(git -C t rev-parse 'HEAD^{tree}')" ] ||
	fail "the patch series does not give the tree the commits made"

# 3: nothing left to do.
head=$(git -C t rev-parse HEAD)
run run3
st=$?
[ $st -eq 3 ] || { show run3.err; fail "a third identical run (existing OUT) exits $st, not 3 (the site left for a human)"; }
[ "$(git -C t rev-parse HEAD)" = "$head" ] || fail "the third run made a commit"
grep -q -i -E 'nothing|already' run3.err || { show run3.err; fail "the third run does not say it has nothing to do"; }
ls "$T"/out/[0-9][0-9][0-9][0-9]-*.patch 2>/dev/null | grep -v '/0000-cover-letter\.patch$' >series3
[ "$(grep -c . series3)" -eq "$n" ] || fail "the third run lost the patch series in OUT"

# The tool's record is not in the commit messages.
for c in $(git -C t rev-list "$base..HEAD"); do
	git -C t log -1 --format=%B "$c" | git interpret-trailers --parse >trailers
	if grep -v -E '^(Generated-by|Signed-off-by): ' trailers | grep -q .; then
		show trailers
		fail "commit $c carries a trailer other than Generated-by/Signed-off-by"
	fi
done
exit 0
