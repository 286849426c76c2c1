// SPDX-License-Identifier: GPL-2.0-only
/*
 * fork's copy_page_range(): for a private writable mapping the parent's
 * ptes are write-protected while they are copied into the child, so the
 * range is invalidated in the parent around the copy (the init and the end
 * sit in two "if (is_cow)" blocks).  MMU_NOTIFY_PROTECTION_PAGE; the mm is
 * the parent's, the vma is the parameter.
 */
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

typedef struct { unsigned long pgd; } pgd_t;

#define VM_SHARED	0x00000008UL
#define VM_MAYWRITE	0x00000020UL
#define VM_HUGETLB	0x00400000UL
#define VM_PFNMAP	0x00000400UL

extern pgd_t *pgd_offset(struct mm_struct *mm, unsigned long addr);
extern unsigned long pgd_addr_end(unsigned long addr, unsigned long end);
extern int pgd_none_or_clear_bad(pgd_t *pgd);
extern int copy_p4d_range(struct mm_struct *dst_mm, struct mm_struct *src_mm,
			  pgd_t *dst_pgd, pgd_t *src_pgd,
			  struct vm_area_struct *vma,
			  unsigned long addr, unsigned long end);
extern int copy_hugetlb_range(struct mm_struct *dst, struct mm_struct *src,
			      struct vm_area_struct *vma);

static inline bool is_cow_mapping(unsigned long flags)
{
	return (flags & (VM_SHARED | VM_MAYWRITE)) == VM_MAYWRITE;
}

int copy_page_range(struct mm_struct *dst_mm, struct mm_struct *src_mm,
		    struct vm_area_struct *vma)
{
	pgd_t *src_pgd, *dst_pgd;
	unsigned long next;
	unsigned long addr = vma->vm_start;
	unsigned long end = vma->vm_end;
	struct mmu_notifier_range range;
	bool is_cow;
	int ret;

	if (vma->vm_flags & VM_HUGETLB)
		return copy_hugetlb_range(dst_mm, src_mm, vma);

	/*
	 * The parent's ptes lose their write bit: secondary mappings of the
	 * parent must follow.
	 */
	is_cow = is_cow_mapping(vma->vm_flags);
	if (is_cow) {
		mmu_notifier_range_init(&range, src_mm, addr, end);
		mmu_notifier_invalidate_range_start(&range);
	}

	ret = 0;
	dst_pgd = pgd_offset(dst_mm, addr);
	src_pgd = pgd_offset(src_mm, addr);
	do {
		next = pgd_addr_end(addr, end);
		if (pgd_none_or_clear_bad(src_pgd))
			continue;
		if (copy_p4d_range(dst_mm, src_mm, dst_pgd, src_pgd,
				   vma, addr, next)) {
			ret = -ENOMEM;
			break;
		}
	} while (dst_pgd++, src_pgd++, addr = next, addr != end);

	if (is_cow)
		mmu_notifier_invalidate_range_end(&range);
	return ret;
}
