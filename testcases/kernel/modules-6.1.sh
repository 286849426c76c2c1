# SPDX-License-Identifier: GPL-2.0-only
# Out-of-tree modules against Debian's real 6.1 kernel build
# (linux-headers-<abi>-amd64 with its -common folder, $KB61): KDIR= and
# TO=auto read it; coccicheck KDIR= M= reports nothing above the kernel's
# level, TO=6.3 the forward port; driver-patch VERIFY= builds a converted
# module with kbuild (exit 0) and names the errors of one that does not
# build (exit 3); lint M= reports a module commit's new finding, with the
# flags of a kbuild C=2 run.
set -u
R=$(cd "$(dirname "$0")/../.." && pwd)
S=$R/scripts
fail() { echo "FAILED: $*"; exit 1; }
w=$WORK/modules-6.1
rm -rf "$w" && mkdir -p "$w" || fail "cannot create $w"
cd "$w" || exit 1
export GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@localhost
export GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=tester@localhost

MN_PROG=test MN_HERE=$S
. "$S/mn-lib.sh"
mn_find_root
is_kernel_tree "$KB61" && fail "Debian's build folder reads as a source tree"
[ "$(resolve_to auto "$KB61")" = 5.16 ] || fail "API level $(resolve_to auto "$KB61"), not 5.16"
kernel_release "$KB61" | grep -q '^6\.1\.0-[0-9]*-amd64$' || fail "release $(kernel_release "$KB61")"

# coccicheck: the module's sites above 6.1 only with TO=.
cp -R "$R/testcases/scripts/fixtures/toyvma" vma
sh "$S/coccicheck" --kdir="$KB61" --subdir="$w/vma" >cc.out 2>cc.err || { cat cc.err; fail "coccicheck KDIR= M= failed"; }
[ -s cc.out ] && { cat cc.out; fail "steps above 6.1 reported by default"; }
sh "$S/coccicheck" --kdir="$KB61" --subdir="$w/vma" --to=6.3 >cc3.out 2>cc3.err || fail "coccicheck TO=6.3 failed"
[ "$(grep -c '\[range_no_vma\]$' cc3.out)" = 3 ] || { cat cc3.out; fail "TO=6.3: not the 3 range_no_vma lines"; }

# driver-patch VERIFY: a notifier of the 5.9 form (migrate_pgmap_owner,
# renamed in 5.14) converted to the kernel's level builds; unconverted it
# does not.
mkdir mig && cat >mig/mig.c <<'CEOF'
// SPDX-License-Identifier: GPL-2.0-only
#include <linux/module.h>
#include <linux/mmu_notifier.h>

struct mig_dev {
	struct mmu_interval_notifier notifier;
	void *owner;
};

static bool mig_invalidate(struct mmu_interval_notifier *mni,
			   const struct mmu_notifier_range *range,
			   unsigned long cur_seq)
{
	struct mig_dev *dev = container_of(mni, struct mig_dev, notifier);

	if (range->event == MMU_NOTIFY_MIGRATE &&
	    range->migrate_pgmap_owner == dev->owner)
		return true;
	mmu_interval_set_seq(mni, cur_seq);
	return true;
}

const struct mmu_interval_notifier_ops mig_ops = {
	.invalidate = mig_invalidate,
};
EXPORT_SYMBOL_GPL(mig_ops);
MODULE_LICENSE("GPL");
CEOF
echo 'obj-m += mig.o' >mig/Kbuild
cp -R mig mig.orig && make -s -C "$KB61" M="$w/mig.orig" >/dev/null 2>&1 && fail "the 5.9 form builds at 6.1"
sh "$S/driver-patch" --kdir="$KB61" --verify="$KB61" --out=mig.patch mig >dp.out 2>dp.err
st=$?
[ $st -eq 0 ] || { cat dp.err; fail "driver-patch VERIFY on mig: exit $st"; }
grep -q '^+.*range->owner == dev->owner' mig.patch || { cat mig.patch; fail "mig not converted"; }
grep -q 'VERIFY: the converted module builds against' dp.err || { cat dp.err; fail "no VERIFY success line"; }
sh "$S/driver-patch" --to=6.3 --verify="$KB61" --out=vma.patch vma >dv.out 2>dv.err
st=$?
[ $st -eq 3 ] || { cat dv.err; fail "toyvma to 6.3 against 6.1: exit $st, not 3"; }
grep -q '^  toyvma_range.c:[0-9]*:[0-9]*: error: ' dv.err || { cat dv.err; fail "the build error is not named"; }

# lint M=: a commit dropping the owner check of a module's notifier.
mkdir rmod && cat >rmod/rmod.c <<'CEOF'
// SPDX-License-Identifier: GPL-2.0-only
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/mmu_notifier.h>

struct rmod_dev {
	struct mmu_interval_notifier notifier;
	struct mutex lock;
	unsigned long pages;
};

static bool rmod_invalidate(struct mmu_interval_notifier *mni,
			    const struct mmu_notifier_range *range,
			    unsigned long cur_seq)
{
	struct rmod_dev *dev = container_of(mni, struct rmod_dev, notifier);

	if (range->event == MMU_NOTIFY_MIGRATE &&
	    range->owner == dev)
		return true;
	if (mmu_notifier_range_blockable(range))
		mutex_lock(&dev->lock);
	else if (!mutex_trylock(&dev->lock))
		return false;
	mmu_interval_set_seq(mni, cur_seq);
	dev->pages = 0;
	mutex_unlock(&dev->lock);
	return true;
}

const struct mmu_interval_notifier_ops rmod_ops = {
	.invalidate = rmod_invalidate,
};
EXPORT_SYMBOL_GPL(rmod_ops);
MODULE_LICENSE("GPL");
CEOF
echo 'obj-m += rmod.o' >rmod/Kbuild
git -C rmod init -q && git -C rmod add -A && git -C rmod commit -q -m rmod || fail "cannot make the module repository"
sed -i -e 's/MMU_NOTIFY_MIGRATE &&$/MMU_NOTIFY_MIGRATE)/' -e '/range->owner == dev)$/d' rmod/rmod.c
git -C rmod commit -q -a -m "rmod: skip every migration"
sh "$S/presubmit" --kdir="$KB61" --module=rmod >lint.out 2>lint.err
st=$?
[ $st -eq 1 ] || { cat lint.out lint.err; fail "lint M=: exit $st, not 1"; }
grep -q "^rmod.c:18:13: warning: 'rmod_invalidate' skips its invalidation on MMU_NOTIFY_MIGRATE without checking 'range->owner'.*\[owner-ignored\]$" lint.out ||
	{ cat lint.out; fail "lint M= misses the owner-ignored finding"; }
grep -q 'checker flags: 1 from kbuild (make C=2)' lint.err || { cat lint.err; fail "the flags are not kbuild's"; }
exit 0
