/*
 * header-finding.c with --all-files: the "header" half is reported too.
 */

/*
 * check-name: --all-files reports findings in included files
 * check-command: mncheck --all-files -DLINUX_VERSION_CODE=KERNEL_VERSION(6,1,0) header-finding.c
 *
 * check-error-start
header-finding.c:12:13: warning: interval invalidate callback 'in_main' never reads 'range->event' [event-ignored]
header-finding.c:32:20: warning: interval invalidate callback 'in_header' never reads 'range->event' [event-ignored]
 * check-error-end
 */
