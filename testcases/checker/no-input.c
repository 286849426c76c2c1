/*
 * Options but no file to check: a usage error (exit value 2).
 */

/*
 * check-name: no input file
 * check-command: mncheck -Wno-old-api -DFOO=1
 * check-exit-value: 2
 *
 * check-error-start
mncheck: no input files (try --help)
 * check-error-end
 */
