// SPDX-License-Identifier: GPL-2.0-only
/*
 * Must stay untouched: calls already in the 5.2 form (7 arguments), the
 * TLB hook mmu_notifier_invalidate_range(mm, start, end), and a driver's
 * own ops member that happens to be called mmu_notifier_range_init.
 * mntest: before=5.2 after=5.2
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct svm_range_ops {
	void (*mmu_notifier_range_init)(void *priv, struct mm_struct *mm,
					unsigned long start, unsigned long end);
};

struct svm_range {
	const struct svm_range_ops *ops;
	void *priv;
};

static void svm_range_evict(struct svm_range *svm, struct vm_area_struct *vma,
			    unsigned long start, unsigned long end)
{
	struct mmu_notifier_range range;

	svm->ops->mmu_notifier_range_init(svm->priv, vma->vm_mm, start, end);

	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, vma, vma->vm_mm,
				start, end);
	mmu_notifier_invalidate_range_start(&range);
	zap_page_range(vma, start, end - start);
	mmu_notifier_invalidate_range(vma->vm_mm, start, end);
	mmu_notifier_invalidate_range_end(&range);
}

static void svm_range_protect(struct vm_area_struct *vma, unsigned long start,
			      unsigned long end, pgprot_t prot)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init(&range, MMU_NOTIFY_PROTECTION_VMA, 0, vma,
				vma->vm_mm, start, end);
	mmu_notifier_invalidate_range_start(&range);
	change_protection(vma, start, end, prot, 0);
	mmu_notifier_invalidate_range_end(&range);
}
