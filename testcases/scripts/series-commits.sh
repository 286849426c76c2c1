# SPDX-License-Identifier: GPL-2.0-only
# apply-series makes one commit per step with the step's text, counts and a
# Generated-by line, formats the series with a cover letter, signs off on
# request, is quiet with --quiet, and makes no new commit the second time;
# a site left for a human is named and makes the exit status 3.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_project p
mk_tree t
start=$(git -C t rev-parse HEAD)
# One site is left for a human (report mode flags it): done, exit 3.
sh p/scripts/apply-series --to=5.0 --signoff --out="$T/out" t 2>err
st=$?
[ $st -eq 3 ] || { cat err; fail "apply-series exited $st, not 3 (a site is left for a human)"; }
grep -q '^\[1/1\] t_register (5.0): [0-9]* files scanned, 3 changed' err ||
	{ cat err; fail "no progress line"; }
[ "$(git -C t rev-list --count "$start..HEAD")" = 1 ] || fail "expected one commit"
git -C t log -1 --format=%B >msg
[ "$(head -n 1 msg)" = "mm/test: register notifiers with the locked variant" ] ||
	fail "subject is not the step's first /// line: $(head -n 1 msg)"
grep -q '^Test-only step: renames mmu_notifier_register() calls so that the$' msg ||
	fail "body lacks the /// text"
grep -q '^Converted by mnmigrate step t_register (Linux 5.0 API): 3 site(s) in 3 file(s)\.$' msg ||
	{ cat msg; fail "no counts"; }
grep -q '^Generated-by: mnmigrate [0-9.]* (spatch [0-9.]*)$' msg || fail "no Generated-by line"
grep -q '^Signed-off-by: Tester <tester@localhost>$' msg || fail "no Signed-off-by"
[ -z "$(git -C t status --porcelain)" ] || fail "tree not clean after the series"
git -C t grep -q '__mmu_notifier_register(&tmn->mn, mm)' || fail "conversion missing"

ls out >list
[ "$(cat list)" = "0000-cover-letter.patch
0001-mm-test-register-notifiers-with-the-locked-variant.patch" ] || { cat list; fail "unexpected patch files"; }
grep -q '^Subject: \[PATCH 0/1\] mm: convert mmu_notifier/migrate_vma users to the 5.0 API$' out/0000-cover-letter.patch ||
	fail "cover letter subject"
grep -q 't_register .* 3 changed' out/0000-cover-letter.patch || fail "cover letter counts"
grep -q '^  drivers/misc/toygru/toygru_notify.c:[0-9]*:[0-9]*: TLB hook left for a human \[t_register\]$' out/0000-cover-letter.patch ||
	fail "cover letter lacks what report mode still flags"
grep -q 'BLURB HERE' out/0000-cover-letter.patch && fail "cover letter template left in"

# Twice: nothing new, no error.
head=$(git -C t rev-parse HEAD)
sh p/scripts/apply-series --to=5.0 --out="$T/out2" t 2>err2
[ $? -eq 3 ] || { cat err2; fail "second run did not exit 3 (the site is still left)"; }
[ "$(git -C t rev-parse HEAD)" = "$head" ] || fail "second run made a commit"
grep -q "nothing to do: no step changed anything; the sites above are left for a human" err2 ||
	{ cat err2; fail "second run did not say what is left"; }
[ -e out2 ] && fail "second run wrote patches"

# --quiet: only the final summary.
mk_tree q
sh p/scripts/apply-series --to=5.0 --quiet --no-patches q 2>qerr
[ $? -eq 3 ] || fail "quiet run did not exit 3"
grep -q "still need a human" qerr || fail "--quiet hid the sites left for a human"
grep -q '^\[' qerr && fail "--quiet printed progress"
grep -q 'commit(s)' qerr || fail "--quiet printed no summary"

# OUT must not hold anything already.
mk_tree o
mkdir full && echo x >full/x
expect_error 'is not empty' sh p/scripts/apply-series --to=5.0 --out="$T/full" o
exit 0
