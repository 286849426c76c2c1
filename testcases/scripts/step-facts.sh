# SPDX-License-Identifier: GPL-2.0-only
# cocci/series states each step's facts once; mk/step-facts.sh finds every
# copy that drifted from it (a step's OCaml preamble, API_FILES, the
# checker's old-api tables, the README's list of versions), and
# tree_api_version reads the has= tests from it.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"

sh "$R/mk/step-facts.sh" "$R" >out 2>err || { cat err; fail "the project's own facts drifted"; }
[ -s err ] && { cat err; fail "a clean check printed on stderr"; }

# copy DIR: the files the check reads, as they are in the project.
copy() {
	rm -rf "$1" && mkdir -p "$1/checker" "$1/mk" &&
	cp -R "$R/cocci" "$R/scripts" "$R/README" "$1/" &&
	cp "$R/checker/check_old_api.c" "$1/checker/" &&
	cp "$R/mk/step-facts.sh" "$1/mk/" || fail "cannot copy the project to $1"
}

# drifts WHAT PATTERN: the check of copy c fails, with a line matching
# PATTERN that names what drifted.
drifts() {
	if sh c/mk/step-facts.sh "$T/c" >out 2>err; then
		fail "$1: the drift went unnoticed"
	fi
	grep -q -e "$2" err || { cat err; fail "$1: no line matching '$2'"; }
}

# A preamble that lists a file the series does not (the old global list).
copy c
sed -i 's|\["include/linux/mmu_notifier.h"; "mm/mmu_notifier.c"\]|["include/linux/mmu_notifier.h"; "mm/mmu_notifier.c"; "mm/migrate_device.c"]|' \
	c/cocci/range_event.cocci
grep -q '"mm/migrate_device.c"' c/cocci/range_event.cocci || fail "the preamble edit did not apply"
drifts preamble 'cocci/range_event.cocci: api_file lists .*mm/migrate_device.c'
# --write brings it back to the series' list, and the check passes again.
sh c/mk/step-facts.sh --write "$T/c" 2>/dev/null
cmp -s c/cocci/range_event.cocci "$R/cocci/range_event.cocci" || fail "--write did not restore the preamble"
sh c/mk/step-facts.sh "$T/c" >out 2>err || { cat err; fail "still drifting after --write"; }

# A step's version changed in the series only: the checker's steps[]
# and the README no longer agree.
copy c
sed -i 's/^6\.10\tchange_pte_removed\.cocci$/6.9\tchange_pte_removed.cocci/' c/cocci/series
drifts version 'checker/check_old_api.c: no step change_pte_removed (gone 6.9'
drifts version 'README: the introduction lists'

# The checker's table points a form at another version than the series.
copy c
sed -i 's/{ "mmu_notifier_range_init", 4, KVER(5, 2, 0), RANGE_EVENT }/{ "mmu_notifier_range_init", 4, KVER(5, 0, 0), RANGE_EVENT }/' \
	c/checker/check_old_api.c
drifts old-call 'checker/check_old_api.c: call mmu_notifier_range_init/4 (gone 5.0'
# ... or a member at another step, or with other uses.
copy c
sed -i 's/KVER(4, 19, 0), RANGE_CALLBACKS,/KVER(4, 19, 0), RANGE_CALLERS,/' c/checker/check_old_api.c
drifts old-member 'member mmu_notifier_ops.flags (gone 4.19, step range_callers'
# ... or a version written outside the tables.
copy c
sed -i 's/steps\[SECONDARY_TLBS\]\.version,/KVER(6, 6, 0),/' c/checker/check_old_api.c
drifts kver 'KVER() outside the tables'
# A form the series states that the checker lacks.
copy c
sed -i 's|^\told=set_pte_at_notify/\*,|\told=set_pte_at_notify/*,pte_clear_notify/*,|' c/cocci/series
grep -q pte_clear_notify c/cocci/series || fail "the old= edit did not apply"
drifts new-form 'no call pte_clear_notify/\*'
# A form gone after its step: a 6.10 removal cannot be a 5.0 step's.
copy c
sed -i 's|^\told=mmu_notifier_ops.flags:init+write@4.19$|\told=mmu_notifier_ops.flags:init+write@6.10|' c/cocci/series
drifts late-form 'old=mmu_notifier_ops.flags is gone since 6.10, after the step'

# The README's list of versions misses one.
copy c
sed -i 's/(5\.14, 5\.16, 6\.3, 6\.6, 6\.10)/(5.14, 5.16, 6.3, 6.6)/' c/README
drifts readme 'README: the introduction lists .*, cocci/series has .*6\.10'

# API_FILES misses a file a step defines.
copy c
sed -i "s|^\(API_FILES='.*\) arch/x86/mm/tlb.c|\1|" c/scripts/mn-lib.sh
grep -q '^API_FILES=.*arch/x86/mm/tlb.c' c/scripts/mn-lib.sh && fail "the API_FILES edit did not apply"
drifts api-files 'scripts/mn-lib.sh: API_FILES is'

# A step without defines=.
copy c
awk '/^[^\t]/ { cur = $0 } !(/^\tdefines=/ && cur ~ /range_event/)' "$R/cocci/series" >c/cocci/series
drifts no-defines 'range_event states no defines='

# tree_api_version reads the has= tests of cocci/series: without 6.10's,
# a 6.10 core reads as 6.6.
mkdir -p k/include/linux
for h in mmu_notifier migrate; do
	gcc -E -P -dD -nostdinc -I"$R/testcases/include" -DLINUX_VERSION_CODE='KERNEL_VERSION(6,10,0)' \
		"$R/testcases/include/linux/$h.h" >"k/include/linux/$h.h" || fail "cannot preprocess $h.h"
done
MN_PROG=test MN_HERE=$T/c/scripts
. c/scripts/mn-lib.sh
mn_find_root
[ "$(tree_api_version k)" = 6.10 ] || fail "a 6.10 core read as $(tree_api_version k)"
awk '/^[^\t]/ { cur = $0 } !(/^\thas=/ && cur ~ /change_pte_removed/)' "$R/cocci/series" >c/cocci/series
[ "$(tree_api_version k)" = 6.6 ] || fail "tree_api_version does not follow cocci/series' has= (read $(tree_api_version k))"
exit 0
