# SPDX-License-Identifier: GPL-2.0-only
# driver-patch on a driver folder inside a kernel tree: one format-patch
# style patch, paths relative to the tree's root, that git am and patch -p1
# both accept, and whose result is what apply-series makes of the same
# folder.  The tree is never touched; TO=auto on a 4.19 tree has nothing to
# convert and writes nothing.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_tree t
drv=drivers/gpu/drm/toygpu
before=$(tree_state t)

# TO=auto reads the tree's 4.19 API: no step is that old.
sh "$S/driver-patch" "t/$drv" 2>err || { cat err; fail "TO=auto run failed"; }
grep -q 'nothing to convert' err || { cat err; fail "did not say there is nothing to convert"; }
ls ./*.patch >/dev/null 2>&1 && fail "a patch was written with nothing to convert"

# Default OUT: <dir name>-to-<version>.patch in the current folder.
sh "$S/driver-patch" --to=5.9 "t/$drv" 2>err || { cat err; fail "driver-patch failed"; }
p=$T/toygpu-to-5.9.patch
[ -f "$p" ] || { ls; fail "no $p"; }
grep -q "patch in $p" err || { cat err; fail "the patch file is not named at the end"; }
[ "$(tree_state t)" = "$before" ] || fail "driver-patch changed the tree"

# format-patch form: headers, the steps with their subjects, a diffstat.
head -n 1 "$p" | grep -q '^From [0-9a-f]\{40\} Mon Sep 17 00:00:00 2001$' || fail "no From line"
grep -q '^From: ' "$p" || fail "no From: header"
grep -q '^Date: ' "$p" || fail "no Date: header"
grep -q '^Subject: \[PATCH\] drm/toygpu: convert to the Linux 5.9' "$p" || fail "subject"
grep -q '^  5.0 range_callbacks (1): mm/mmu_notifier: pass struct mmu_notifier_range to the range callbacks$' "$p" ||
	fail "step list lacks range_callbacks with its subject"
grep -q '^  5.9 migrate_flags_owner (1): ' "$p" || fail "step list lacks migrate_flags_owner"
grep -q '^ drivers/gpu/drm/toygpu/toygpu_dmem.c *| *[0-9]* [-+]*$' "$p" || fail "no diffstat"
grep -q '^--- a/drivers/gpu/drm/toygpu/toygpu_userptr.c$' "$p" || fail "paths not relative to the tree root"
grep -q '^Generated-by: mnmigrate ' "$p" || fail "no Generated-by line"

# patch -p1 accepts it; git am applies it as one commit.
(cd t && patch -p1 --dry-run -s <"$p") || fail "patch -p1 --dry-run refused it"
git clone -q t am
git -C am am -q "$p" || fail "git am refused it"
[ "$(git -C am rev-list --count HEAD)" = 2 ] || fail "git am did not make one commit"
git -C am log -1 --format=%s | grep -q '^drm/toygpu: convert to the Linux 5.9' || fail "commit subject"

# The same conversion as apply-series on the tree, for that folder.
git clone -q t ref
sh "$S/apply-series" --to=5.9 --no-patches --quiet ref 2>/dev/null || fail "apply-series failed"
diff -r -x .git "am/$drv" "ref/$drv" || fail "git am result differs from apply-series's"

# --out=- prints it on stdout.
sh "$S/driver-patch" --to=5.2 --quiet --out=- "t/$drv" >stdout.patch 2>/dev/null ||
	fail "--out=- failed"
grep -q '^Subject: \[PATCH\] drm/toygpu: convert to the Linux 5.2' stdout.patch || fail "--out=- printed no patch"
(cd t && patch -p1 --dry-run -s <"$T/stdout.patch") || fail "stdout patch does not apply"
[ "$(tree_state t)" = "$before" ] || fail "the tree was changed"
exit 0
