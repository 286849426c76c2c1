/*
 * A module whose compat header defines struct mmu_notifier_range again
 * (clash-module/compat.h): sparse reports the redefinition, and the file
 * is checked all the same (the kernel's definition, the first, stays).
 * A callback whose body uses a type the header left out cannot be
 * analysed: a note says so, and the summary names it.
 */
#include <linux/mmu_notifier.h>
#include "clash-module/compat.h"

struct acc_buf {
	struct mmu_interval_notifier notifier;
	spinlock_t lock;
	unsigned long seq;
};

static bool acc_invalidate(struct mmu_interval_notifier *mni,
			   const struct mmu_notifier_range *range,
			   unsigned long cur_seq)
{
	struct acc_buf *buf = container_of(mni, struct acc_buf, notifier);

	spin_lock(&buf->lock);
	mmu_interval_set_seq(mni, cur_seq);
	spin_unlock(&buf->lock);
	return true;
}

static bool acc_invalidate_compat(struct mmu_interval_notifier *mni,
				  const struct mmu_notifier_range *range,
				  unsigned long cur_seq)
{
	struct acc_buf *buf = container_of(mni, struct acc_buf, notifier);
	compat_seq_t seq = cur_seq;

	if (range->event == MMU_NOTIFY_RELEASE)
		return true;
	buf->seq = seq;
	return true;
}

static const struct mmu_interval_notifier_ops acc_ops = {
	.invalidate = acc_invalidate,
};

static const struct mmu_interval_notifier_ops acc_compat_ops = {
	.invalidate = acc_invalidate_compat,
};

/*
 * check-name: a module header redefining a kernel struct: still checked
 * check-command: mncheck -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
header-clash.c:17:13: warning: interval invalidate callback 'acc_invalidate' never reads 'range->event' [event-ignored]
header-clash.c:29:13: note: callback 'acc_invalidate_compat' not analysed: sparse could not parse all of its definition (error at header-clash.c:34:22)
clash-module/compat.h:12:27: note: 3 sparse errors in header-clash.c, the first here (--sparse-warnings shows them); not analysed: acc_invalidate_compat
 * check-error-end
 */
