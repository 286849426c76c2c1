/*
 * --sparse-warnings: sparse's own warnings and errors are printed, before
 * the findings, as sparse prints them; the note on its errors stays.
 */

/*
 * check-name: --sparse-warnings prints what sparse says
 * check-command: mncheck --sparse-warnings -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) sparse-warnings.c parse-error.c
 *
 * check-error-start
sparse-warnings.c:30:1: warning: unused label 'unused'
sparse-warnings.c:14:13: warning: interval invalidate callback 'sw_invalidate' never reads 'range->event' [event-ignored]
parse-error.c:12:38: error: static assertion failed: "layout"
parse-error.c:23:14: error: expression expected before ';'
parse-error.c:14:12: warning: invalidate_range_start callback 'cb' never reads 'range->event' [event-ignored]
parse-error.c:25:13: warning: interval invalidate callback 'after' never reads 'range->event' [event-ignored]
parse-error.c:12:38: note: 2 sparse errors in parse-error.c, the first here; every callback found was analysed
 * check-error-end
 */
