/*
 * --baseline of a device: /dev/zero never ends, and was read forever.  A
 * baseline must be a regular file (of 16 MiB at most): anything else is
 * refused in one line, exit value 2, before any file is checked.
 */
#include <linux/mmu_notifier.h>

/*
 * check-name: --baseline /dev/zero is refused, not read
 * check-command: mncheck --baseline /dev/zero -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) $file
 * check-exit-value: 2
 *
 * check-error-start
mncheck: cannot read baseline /dev/zero: not a regular file
 * check-error-end
 */
