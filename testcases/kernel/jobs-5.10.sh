# SPDX-License-Identifier: GPL-2.0-only
# The jobs on a git copy of Debian's 5.10 tree (mk/kernel-test.sh runs this
# with T510, T61 and WORK set):
#  1. series TO=5.14 makes one commit, the owner rename, on exactly the
#     files of the rename pairs;
#  2. series TO=6.1 then makes one more, the MIGRATE_PFN_LOCKED removal:
#     5.10's drivers still store the flag that 5.16 removed from the same
#     drivers upstream (uvmem, nouveau dmem, test_hmm), so a 5.10 tree
#     brought to 6.1 gets both commits; nothing else changes;
#  3. series TO=6.1 again makes no commit;
#  4. lint on a commit that drops test_hmm's owner check reports
#     owner-ignored, and nothing outside that callback.
set -u
R=$(cd "$(dirname "$0")/../.." && pwd)
c=$WORK/jobs-5.10
fail() { echo "FAILED: $*"; exit 1; }

git clone -q --shared "$T510" "$c" || fail "cannot clone $T510"
git -C "$c" config user.name "Kernel Test"
git -C "$c" config user.email kernel-test@localhost
base=$(git -C "$c" rev-parse HEAD)

# commit_files REV: the files a commit touches, sorted, one a line.
commit_files() { git -C "$c" show --format= --name-only "$1" | sort; }

# 1. Up to 5.14: the rename only.
sh "$R/scripts/apply-series" --to=5.14 --out="$WORK/jobs-p514" "$c" 2>"$WORK/jobs-s514.err" ||
	{ cat "$WORK/jobs-s514.err"; fail "series TO=5.14 failed"; }
[ "$(git -C "$c" rev-list --count "$base..HEAD")" = 1 ] ||
	{ git -C "$c" log --oneline "$base..HEAD"; fail "TO=5.14: not exactly one commit"; }
subject=$(sed -n 's|^/// ||p' "$R/cocci/range_owner_rename.cocci" | head -n 1)
[ "$(git -C "$c" log -1 --format=%s)" = "$subject" ] || fail "TO=5.14: the commit is not the owner rename"
cut -f 1 "$R/testcases/cocci/range_owner_rename/kernel-5.10-pairs.txt" | sort -u >"$WORK/jobs-want"
commit_files HEAD >"$WORK/jobs-got"
cmp -s "$WORK/jobs-want" "$WORK/jobs-got" ||
	{ diff "$WORK/jobs-want" "$WORK/jobs-got"; fail "TO=5.14: the rename commit touches other files"; }
ls "$WORK/jobs-p514"/0001-*.patch "$WORK/jobs-p514"/0000-cover-letter.patch >/dev/null ||
	fail "TO=5.14: no patch series written"
echo "TO=5.14: $(git -C "$c" log -1 --format='%h %s') ($(paste -s -d ' ' "$WORK/jobs-got"))"

# 2. Up to 6.1: the MIGRATE_PFN_LOCKED removal follows.
renamed=$(git -C "$c" rev-parse HEAD)
sh "$R/scripts/apply-series" --to=6.1 --no-patches "$c" 2>"$WORK/jobs-s61.err" ||
	{ cat "$WORK/jobs-s61.err"; fail "series TO=6.1 failed"; }
[ "$(git -C "$c" rev-list --count "$renamed..HEAD")" = 1 ] ||
	{ git -C "$c" log --oneline "$renamed..HEAD"; fail "TO=6.1: not exactly one more commit"; }
subject=$(sed -n 's|^/// ||p' "$R/cocci/migrate_pfn_locked.cocci" | head -n 1)
[ "$(git -C "$c" log -1 --format=%s)" = "$subject" ] || fail "TO=6.1: the commit is not the MIGRATE_PFN_LOCKED removal"
printf '%s\n' arch/powerpc/kvm/book3s_hv_uvmem.c drivers/gpu/drm/nouveau/nouveau_dmem.c \
	lib/test_hmm.c >"$WORK/jobs-want"
commit_files HEAD >"$WORK/jobs-got"
cmp -s "$WORK/jobs-want" "$WORK/jobs-got" ||
	{ diff "$WORK/jobs-want" "$WORK/jobs-got"; fail "TO=6.1: the removal touches other files"; }
left=$(cd "$c" && git grep -l -w MIGRATE_PFN_LOCKED -- '*.c' '*.h' |
	grep -v -x -e include/linux/migrate.h -e mm/migrate.c)
[ -z "$left" ] || fail "TO=6.1: MIGRATE_PFN_LOCKED still used in $left"
# Each value stored now is the migrate_pfn() call 6.1 stores in that file.
git -C "$c" show --format= -U0 HEAD | awk '
	/^\+\+\+ / { f = substr($2, 3); next }
	/^\+/ && match($0, /migrate_pfn\([^;|]*\)\)/) { print f "\t" substr($0, RSTART, RLENGTH) }' \
	>"$WORK/jobs-values"
[ -s "$WORK/jobs-values" ] || fail "TO=6.1: no migrate_pfn() value in the removal"
while IFS='	' read -r f v; do
	grep -q -F "$v" "$T61/$f" || fail "TO=6.1: $f stores $v, which 6.1's $f does not"
done <"$WORK/jobs-values"
echo "TO=6.1: $(git -C "$c" log -1 --format='%h %s') ($(wc -l <"$WORK/jobs-values") values)"

# 3. Again: nothing to do.
head=$(git -C "$c" rev-parse HEAD)
sh "$R/scripts/apply-series" --to=6.1 --no-patches --quiet "$c" 2>"$WORK/jobs-again.err" ||
	{ cat "$WORK/jobs-again.err"; fail "series TO=6.1, second run, failed"; }
[ "$(git -C "$c" rev-parse HEAD)" = "$head" ] || fail "the second run made a commit"
[ -z "$(git -C "$c" status --porcelain --untracked-files=no)" ] || fail "the second run left changes"

# 4. A commit that drops the owner check of test_hmm's notifier.
sed -i '/range->event == MMU_NOTIFY_MIGRATE &&$/{
N
s/ &&\n.*range->owner == dmirror->mdevice)/)/
}' "$c/lib/test_hmm.c"
git -C "$c" diff --quiet && fail "the owner-check edit did not apply"
git -C "$c" commit -q -a -m "lib/test_hmm: skip every migration invalidation"
st=0
sh "$R/scripts/presubmit" --kdir="$c" --range=HEAD~1..HEAD >"$WORK/jobs-lint.out" 2>"$WORK/jobs-lint.err" || st=$?
cat "$WORK/jobs-lint.out"
[ "$st" = 1 ] || { cat "$WORK/jobs-lint.err"; fail "lint exited $st, not 1"; }
grep -q '^lib/test_hmm\.c:[0-9]*:[0-9]*: warning: .*\[owner-ignored\]$' "$WORK/jobs-lint.out" ||
	fail "lint does not report owner-ignored in lib/test_hmm.c"
# The same edit also returns before mmu_interval_set_seq() on every
# migration (set-seq-missing): both findings are in that callback.
grep -v -q "^lib/test_hmm\.c:[0-9]*:[0-9]*: warning: .dmirror_interval_invalidate. " "$WORK/jobs-lint.out" &&
	fail "lint reports findings outside the edited callback"
exit 0
