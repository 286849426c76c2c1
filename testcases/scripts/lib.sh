# SPDX-License-Identifier: GPL-2.0-only
# Helpers of the script tests: sourced by each testcases/scripts/*.sh, which
# runs in its own empty folder $T with MN_ROOT_DIR pointing at the project.
set -u
R=$MN_ROOT_DIR
S=$R/scripts
export GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@example.org
export GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=tester@example.org

fail() { echo "FAILED: $*" >&2; exit 1; }

# mk_tree DIR: a git repository holding the example tree, one commit.
mk_tree() {
	cp -R "$R/testcases/example-tree" "$1" &&
	git -C "$1" init -q &&
	git -C "$1" config user.name Tester &&
	git -C "$1" config user.email tester@example.org &&
	git -C "$1" add -A &&
	git -C "$1" commit -q -m "example tree" || fail "cannot build a test tree in $1"
}

# expect_error PATTERN CMD...: CMD fails (non-zero), prints one stderr line
# matching PATTERN.
expect_error() {
	pat=$1
	shift
	if "$@" >"$T/out" 2>"$T/err"; then
		fail "expected a failure from: $*"
	fi
	[ "$(grep -c . "$T/err")" -eq 1 ] || { cat "$T/err" >&2; fail "expected a one-line error from: $*"; }
	grep -q -e "$pat" "$T/err" || { cat "$T/err" >&2; fail "error does not match '$pat': $*"; }
}

# tree_state DIR: HEAD plus the status, to prove a tree was not touched.
tree_state() {
	git -C "$1" rev-parse HEAD
	git -C "$1" status --porcelain --untracked-files=all
	git -C "$1" diff
}
