# SPDX-License-Identifier: GPL-2.0-only
# The build proof (mk/build-proof.sh, make kernel-test) compiles one probe
# per old form a core patch removes; --check-probes, which needs no
# kernel, finds an old= form of cocci/series that has no probe, so that a
# form added to a step cannot go unproven.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"

sh "$R/mk/build-proof.sh" --check-probes >out 2>err || { cat out err; fail "the project's probes miss a form"; }
[ -s out ] && { cat out; fail "a complete probe list printed something"; }

# A copy whose 6.6 step names one more old form, and one whose probe of
# the 6.3 step's range_init/7 is gone.
copy() {
	rm -rf "$1" && mkdir -p "$1/mk" "$1/testcases/kernel" &&
	cp -R "$R/cocci" "$R/scripts" "$1/" && cp "$R/mk/build-proof.sh" "$1/mk/" &&
	cp -R "$R/testcases/kernel/core" "$1/testcases/kernel/" || fail "cannot copy the project to $1"
}
copy a
sed -i '/^6\.6[ \t]secondary_tlbs\.cocci/,/^[^ \t]/s/^\(\told=.*\)$/\1,mmu_notifier_made_up\/2/' a/cocci/series
grep -q 'mmu_notifier_made_up/2' a/cocci/series || fail "the series edit did not apply"
sh a/mk/build-proof.sh --check-probes >out 2>err && fail "a form without a probe went unnoticed"
grep -q '^no probe for the old form mmu_notifier_made_up/2 of secondary_tlbs (6\.6)' out ||
	{ cat out err; fail "the missing probe is not named"; }

copy b
sed -i '/^6\.3\tmmu_notifier_range_init\/7\t/d' b/testcases/kernel/core/probes
sh b/mk/build-proof.sh --check-probes >out 2>err && fail "a removed probe went unnoticed"
grep -q '^no probe for the old form mmu_notifier_range_init/7 of range_no_vma (6\.3)' out ||
	{ cat out err; fail "the removed probe is not named"; }
[ "$(grep -c . out)" = 1 ] || { cat out; fail "more than the one missing probe named"; }
exit 0
