# SPDX-License-Identifier: GPL-2.0-only
# Helpers of the script tests: sourced by each testcases/scripts/*.sh, which
# runs in its own empty folder $T with MN_ROOT_DIR pointing at the project.
set -u
R=$MN_ROOT_DIR
S=$R/scripts
export GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@localhost
export GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=tester@localhost

fail() { echo "FAILED: $*" >&2; exit 1; }

# mk_tree DIR: a git repository holding the example tree, one commit.
mk_tree() {
	cp -R "$R/testcases/example-tree" "$1" &&
	git -C "$1" init -q &&
	git -C "$1" config user.name Tester &&
	git -C "$1" config user.email tester@localhost &&
	git -C "$1" add -A &&
	git -C "$1" commit -q -m "example tree" || fail "cannot build a test tree in $1"
}

# expect_error PATTERN CMD...: CMD fails (non-zero), prints one stderr line
# matching PATTERN.
expect_error() {
	pat=$1
	shift
	if "$@" >"$T/expect.out" 2>"$T/expect.err"; then
		fail "expected a failure from: $*"
	fi
	[ "$(grep -c . "$T/expect.err")" -eq 1 ] || { cat "$T/expect.err" >&2; fail "expected a one-line error from: $*"; }
	grep -q -e "$pat" "$T/expect.err" || { cat "$T/expect.err" >&2; fail "error does not match '$pat': $*"; }
}

# tree_state DIR: HEAD plus the status, to prove a tree was not touched.
tree_state() {
	git -C "$1" rev-parse HEAD
	git -C "$1" status --porcelain --untracked-files=all
	git -C "$1" diff
}

# mk_project DIR [SERIES]: a copy of the project's scripts with the
# test-only steps of testcases/scripts/steps as its cocci/ (SERIES names
# the series file to use, default "series").
mk_project() {
	mkdir -p "$1/cocci" && cp -R "$S" "$1/scripts" &&
	cp "$R/cocci/kernel-macros.h" "$R"/testcases/scripts/steps/*.cocci "$1/cocci/" &&
	cp "$R/testcases/scripts/steps/${2:-series}" "$1/cocci/series" ||
		fail "cannot build a test project in $1"
}
