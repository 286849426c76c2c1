# SPDX-License-Identifier: GPL-2.0-only
# scripts/combine-steps.awk: two steps whose rule names, OCaml values,
# types and record fields collide (fixtures/combine) give, combined into
# one semantic patch, exactly the report and org lines each gives on its
# own, each with its own tag; a header it cannot rename is refused.  The
# combined steps of cocci/ compile, and coccicheck's combined runs (with
# the compiled-rule cache, first cold then warm) print what the per-step
# runs print, in report and in org mode.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
F=$R/testcases/scripts/fixtures/combine
cp "$F/toy.c" toy.c
for m in report org; do
	for s in alpha beta; do
		spatch --very-quiet -D "$m" --no-show-diff --no-includes --sp-file "$F/$s.cocci" toy.c 2>/dev/null
	done | sort >"alone.$m"
	[ "$(grep -c . "alone.$m")" -ge 4 ] || { cat "alone.$m"; fail "the fixture steps report too little in $m mode"; }
	awk -f "$S/combine-steps.awk" "$F/alpha.cocci" "$F/beta.cocci" >ab.cocci ||
		fail "combine-steps.awk failed on the fixture steps"
	spatch --very-quiet -D "$m" --no-show-diff --no-includes --sp-file ab.cocci toy.c 2>"ab.$m.err" |
		sort >"combined.$m"
	diff "alone.$m" "combined.$m" || { cat "ab.$m.err"; fail "combined $m output differs from the steps' own"; }
done

# A rule header on two lines cannot be renamed safely: refused, named.
{ sed -n '1,/^@call@$/p' "$F/alpha.cocci" | sed '$d'; echo '@call'; echo '@'; } >"$T/odd.cocci"
awk -f "$S/combine-steps.awk" "$T/odd.cocci" >/dev/null 2>odd.err && fail "a two-line rule header was combined"
grep -q 'odd.cocci:[0-9]*: a rule header on more than one line' odd.err || { cat odd.err; fail "no message naming the header"; }

# Every step of cocci/ that shares its Options: with another, combined.
for c in "$R"/cocci/*.cocci; do
	case $(grep 'Options:' "$c") in *--local-includes*) ;; *) echo "$c" ;; esac
done >steps
[ "$(grep -c . steps)" -ge 2 ] || fail "fewer than two steps to combine"
xargs -d '\n' awk -f "$S/combine-steps.awk" -- <steps >all.cocci || fail "combine-steps.awk failed on cocci/"
echo 'int x;' >empty.c
spatch --very-quiet -D report --no-show-diff --no-includes --sp-file all.cocci empty.c >all.out 2>all.err ||
	{ tail -n 5 all.err; fail "the combined steps of cocci/ do not compile"; }

# coccicheck, per step and combined (MN_COMBINE=1; report mode with no
# compiled rule kept yet, org mode with them), on the example tree; four
# steps that flag a site each there keep it short (kernel-test compares
# all of them on real trees).
export MN_BUILD="$T/build"
mkdir -p "$MN_BUILD"
steps=migrate_pfn_locked,migrate_vma_setup,secondary_tlbs,range_blockable
for m in report org; do
	MN_NO_OCAML_CACHE=1 sh "$S/coccicheck" --no-cache --quiet --mode="$m" \
		--step=$steps "$R/testcases/example-tree" >"step.$m" 2>"step.$m.err" ||
		{ cat "step.$m.err"; fail "per-step $m run failed"; }
	[ "$(grep -c . "step.$m")" -ge 3 ] || fail "the example tree gives too few $m lines"
	MN_COMBINE=1 sh "$S/coccicheck" --no-cache --quiet --mode="$m" --step=$steps \
		"$R/testcases/example-tree" >"comb.$m" 2>"comb.$m.err" ||
		{ cat "comb.$m.err"; fail "combined $m run failed"; }
	diff "step.$m" "comb.$m" || fail "combined $m output differs from the per-step output"
done
ls "$MN_BUILD"/combined/*.cocci >/dev/null 2>&1 || fail "MN_COMBINE=1 ran no combined semantic patch"
ls "$MN_BUILD"/ocaml/*.cmxs >/dev/null 2>&1 || fail "no compiled rules kept in the cache"
exit 0
