// SPDX-License-Identifier: GPL-2.0-only
/*
 * Several pairs in one function.  Sequential pairs on the same mm share
 * one range (a KSM-style merge that write-protects then replaces a page);
 * nested pairs, or pairs on two mms (a move between two address spaces),
 * get one range each.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

int ksm_wrprotect(struct vm_area_struct *vma, struct page *page);
int ksm_replace(struct vm_area_struct *vma, struct page *page,
		struct page *kpage);
int mv_copy(struct mm_struct *dst, unsigned long dst_addr,
	    struct mm_struct *src, unsigned long src_addr, unsigned long len);

static int ksm_merge_one(struct vm_area_struct *vma, struct page *page,
			 struct page *kpage, unsigned long addr)
{
	struct mm_struct *mm = vma->vm_mm;
	int err;

	mmu_notifier_invalidate_range_start(mm, addr, addr + PAGE_SIZE);
	err = ksm_wrprotect(vma, page);
	mmu_notifier_invalidate_range_end(mm, addr, addr + PAGE_SIZE);
	if (err)
		return err;

	mmu_notifier_invalidate_range_start(mm, addr, addr + PAGE_SIZE);
	err = ksm_replace(vma, page, kpage);
	mmu_notifier_invalidate_range_end(mm, addr, addr + PAGE_SIZE);
	return err;
}

static int mv_between_mms(struct mm_struct *dst_mm, unsigned long dst_addr,
			  struct mm_struct *src_mm, unsigned long src_addr,
			  unsigned long len)
{
	int ret;

	mmu_notifier_invalidate_range_start(src_mm, src_addr, src_addr + len);
	mmu_notifier_invalidate_range_start(dst_mm, dst_addr, dst_addr + len);
	ret = mv_copy(dst_mm, dst_addr, src_mm, src_addr, len);
	mmu_notifier_invalidate_range_end(dst_mm, dst_addr, dst_addr + len);
	mmu_notifier_invalidate_range_end(src_mm, src_addr, src_addr + len);
	return ret;
}

static void mv_two_halves(struct mm_struct *mm, unsigned long start,
			  unsigned long mid, unsigned long end)
{
	mmu_notifier_invalidate_range_start(mm, start, end);
	mmu_notifier_invalidate_range_start(mm, start, mid);
	zap_page_range(find_vma(mm, start), start, mid - start);
	mmu_notifier_invalidate_range_end(mm, start, mid);
	mmu_notifier_invalidate_range_end(mm, start, end);
}
