// SPDX-License-Identifier: GPL-2.0-only
/*
 * The name range is taken: by a local of an HMM-style mirror, by a
 * parameter, by a global the function reads.  The variable is then called
 * mn_range.  A member called range (mirror->range) takes no name, so the
 * last function gets range.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

struct mirror_range {
	unsigned long start;
	unsigned long end;
	unsigned long *pfns;
};

struct mirror {
	struct mm_struct *mm;
	struct mirror_range range;
};

int mirror_update(struct mirror *mirror, struct mirror_range *range);
int mirror_fault(struct mm_struct *mm, unsigned long *pfns);
unsigned long range;

static int mirror_snapshot(struct mirror *mirror, unsigned long start,
			   unsigned long end)
{
	struct mirror_range range = {
		.start = start,
		.end = end,
	};
	int ret;

	mmu_notifier_invalidate_range_start(mirror->mm, start, end);
	ret = mirror_update(mirror, &range);
	mmu_notifier_invalidate_range_end(mirror->mm, start, end);
	return ret;
}

static int mirror_resnap(struct mirror *mirror, struct mirror_range *range)
{
	int ret;

	mmu_notifier_invalidate_range_start(mirror->mm, range->start,
					    range->end);
	ret = mirror_update(mirror, range);
	mmu_notifier_invalidate_range_end(mirror->mm, range->start,
					  range->end);
	return ret;
}

static void mirror_zap_global(struct mirror *mirror)
{
	mmu_notifier_invalidate_range_start(mirror->mm, range, range + PAGE_SIZE);
	zap_page_range(find_vma(mirror->mm, range), range, PAGE_SIZE);
	mmu_notifier_invalidate_range_end(mirror->mm, range, range + PAGE_SIZE);
}

static int mirror_refresh(struct mirror *mirror)
{
	int ret;

	mmu_notifier_invalidate_range_start(mirror->mm, mirror->range.start,
					    mirror->range.end);
	ret = mirror_fault(mirror->mm, mirror->range.pfns);
	mmu_notifier_invalidate_range_end(mirror->mm, mirror->range.start,
					  mirror->range.end);
	return ret;
}
