/*
 * --explain with a name that is no rule: an error and exit value 2.
 */

/*
 * check-name: --explain of an unknown rule
 * check-command: mncheck --explain=no-such-rule
 * check-exit-value: 2
 *
 * check-error-start
mncheck: unknown rule 'no-such-rule' (see --list-rules)
 * check-error-end
 */
