/*
 * Suppression comments in ten included files, with --all-files: each
 * file's comments are read when it has a finding, and that list of files
 * used to stop at eight (the ninth file's comments were ignored).  The
 * tenth file has no comment: its finding is the only one printed.
 */
#include <linux/mmu_notifier.h>
#include "suppress-many/part1.h"
#include "suppress-many/part2.h"
#include "suppress-many/part3.h"
#include "suppress-many/part4.h"
#include "suppress-many/part5.h"
#include "suppress-many/part6.h"
#include "suppress-many/part7.h"
#include "suppress-many/part8.h"
#include "suppress-many/part9.h"
#include "suppress-many/part10.h"

static const struct mmu_interval_notifier_ops parts_ops[] = {
	{ .invalidate = part1_invalidate },
	{ .invalidate = part2_invalidate },
	{ .invalidate = part3_invalidate },
	{ .invalidate = part4_invalidate },
	{ .invalidate = part5_invalidate },
	{ .invalidate = part6_invalidate },
	{ .invalidate = part7_invalidate },
	{ .invalidate = part8_invalidate },
	{ .invalidate = part9_invalidate },
	{ .invalidate = part10_invalidate },
};

/*
 * check-name: suppression comments in more than eight files (--all-files)
 * check-command: mncheck --all-files -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 *
 * check-error-start
suppress-many/part10.h:3:13: warning: interval invalidate callback 'part10_invalidate' never reads 'range->event' [event-ignored]
 * check-error-end
 */
