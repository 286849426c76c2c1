/*
 * --target needs a version such as 6.1 or 5.14.2: anything else is a
 * usage error (exit value 2), before any file is read.
 */

/*
 * check-name: --target with a bad version
 * check-command: mncheck --target=six $file
 * check-exit-value: 2
 *
 * check-error-start
mncheck: bad --target 'six' (want e.g. 6.1)
 * check-error-end
 */
