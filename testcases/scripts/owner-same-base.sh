# SPDX-License-Identifier: GPL-2.0-only
# migrate_flags_owner keeps what it learns of a file under the file's
# base name (spatch renames a file it rewrote): two drivers with the same
# base name in one spatch run must not share what it learns.  d1/dmem.c
# names its owner &guest_pgmap, a variable of its own; d2/dmem.c, run
# after it, has no owner and must not get d1's.  d1/mig.c selects its
# struct through src_owner; d2/mig.c, the same function and struct names,
# selects nothing and must still get its flags.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
F=$R/testcases/cocci/migrate_flags_owner
mk_tree tree
mkdir -p tree/drivers/d1 tree/drivers/d2
cp "$F/owner-global-hidden.c" tree/drivers/d1/dmem.c
cp "$F/to-device-only.c" tree/drivers/d2/dmem.c
cat >tree/drivers/d1/mig.c <<'EOF'
#include <linux/migrate.h>

int drv_migrate(struct vm_area_struct *vma, unsigned long start, void *owner)
{
	struct migrate_vma args = {
		.vma = vma,
		.start = start,
		.src_owner = owner,
	};

	return migrate_vma_setup(&args);
}
EOF
sed -e 's/, void \*owner)/)/' -e '/src_owner/d' tree/drivers/d1/mig.c >tree/drivers/d2/mig.c
git -C tree add -A && git -C tree commit -q -m drivers || fail "cannot commit the drivers"

# One job: one spatch runs both files, d1 first.
sh "$S/coccicheck" --no-cache --quiet --mode=patch --jobs=1 \
	--step=migrate_flags_owner tree >out 2>err || { cat err; fail "coccicheck failed"; }
grep -q '^+++ b/drivers/d1/dmem.c' out || { cat out; fail "d1/dmem.c was not converted"; }
grep -q '^+.*pgmap_owner = &guest_pgmap;' out || { cat out; fail "d1/dmem.c did not get its own owner"; }
awk '/^\+\+\+ / { d2 = ($2 == "b/drivers/d2/dmem.c") } d2 && /^\+.*pgmap_owner/' out >leak
[ -s leak ] && { cat leak; fail "d2/dmem.c got the owner of d1/dmem.c"; }
grep -A30 '^+++ b/drivers/d2/dmem.c' out | grep -q '^+.*\.flags = MIGRATE_VMA_SELECT_SYSTEM,' ||
	{ cat out; fail "d2/dmem.c was not converted"; }
grep -A12 '^+++ b/drivers/d2/mig.c' out | grep -q '^+.*\.flags = MIGRATE_VMA_SELECT_SYSTEM,' ||
	{ cat out; fail "d2/mig.c got no flags: d1/mig.c's struct of the same name counted"; }
exit 0
