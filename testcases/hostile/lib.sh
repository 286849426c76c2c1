# SPDX-License-Identifier: GPL-2.0-only
# Helpers of the hostile-input tests, sourced by each testcases/hostile/*.sh;
# they source testcases/scripts/lib.sh (fail, mk_tree, mk_project,
# tree_state, expect_error).  A kernel tree, an out-of-tree module and a
# patch are untrusted input: these tests give the jobs names and files built
# to break them.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"

# Command-execution sentinel: a file name that runs a command if some shell
# evaluates it.  The names hold no slash; MN_SENTINEL is absolute.  A test
# fails when the sentinel file exists afterwards.
MN_SENTINEL=$T/sentinel
export MN_SENTINEL
# shellcheck disable=SC2016
N_DOLLAR='$(touch${IFS}$MN_SENTINEL)'
# shellcheck disable=SC2016
N_TICK='`touch${IFS}$MN_SENTINEL`'
TAB=$(printf '\t')
NL=$(printf '\nx')
NL=${NL%x}

# no_sentinel WHAT: fail when a command hidden in a name or a value ran.
no_sentinel() {
	[ -e "$MN_SENTINEL" ] &&
		fail "$*: a command hidden in a file name or a variable ran (the sentinel $MN_SENTINEL exists)"
	return 0
}

# show FILE...: the files, indented, on stderr (what the job printed).
show() {
	for sh_f in "$@"; do
		echo "--- $sh_f:" >&2
		sed 's/^/    /' "$sh_f" >&2
	done
}

# one_error PATTERN CMD...: CMD fails and prints exactly one error line
# matching PATTERN (grep -E, case-insensitive) on stderr, make's own
# "make: *** [...] Error N" lines aside.  Its stdout and stderr stay in
# $T/one.out and $T/one.err.
one_error() {
	oe_pat=$1
	shift
	if "$@" >"$T/one.out" 2>"$T/one.err"; then
		show "$T/one.out" "$T/one.err"
		fail "expected a failure from: $*"
	fi
	grep -v -E '^make(\[[0-9]+\])?: (\*\*\*|Entering|Leaving)' "$T/one.err" | grep . >"$T/one.msg"
	if [ "$(grep -c . "$T/one.msg")" -ne 1 ]; then
		show "$T/one.err"
		fail "expected a one-line error from: $*"
	fi
	if ! grep -q -i -E -e "$oe_pat" "$T/one.msg"; then
		show "$T/one.err"
		fail "the error does not match '$oe_pat': $*"
	fi
	return 0
}

# mk_plain DIR: the example tree, no git.
mk_plain() {
	cp -R "$R/testcases/example-tree" "$1" || fail "cannot copy the example tree to $1"
}

# commit_all DIR MSG: add every file and commit.
commit_all() {
	git -C "$1" add -A && git -C "$1" commit -q -m "$2" || fail "cannot commit in $1"
}

# has_finding OUT PATH LINE: the report OUT has a finding at PATH:LINE: (as
# ./PATH for a whole-tree run), PATH compared byte for byte.
has_finding() {
	awk -v p="$2:$3:" 'index($0, p) == 1 || index($0, "./" p) == 1 { found = 1 }
		END { exit !found }' "$1"
}

# findings_of OUT PATH: how many report lines are about PATH.
findings_of() {
	awk -v p="$2:" 'index($0, p) == 1 || index($0, "./" p) == 1 { n++ }
		END { print n + 0 }' "$1"
}

# has_diff_of OUT PATH: the patch-mode output OUT has a "+++ b/PATH" line
# (b/./PATH too; a tab and a date may follow).
has_diff_of() {
	awk -v p="$2" '
		{ l = $0; sub(/\t.*/, "", l) }
		l == "+++ b/" p || l == "+++ b/./" p { found = 1 }
		END { exit !found }' "$1"
}

# stall_spatch N: $T/bin/spatch, the real spatch except that its Nth
# patch-mode run (-D patch; --parse-cocci queries do not count) first
# touches $T/stalled, then waits for $T/go (two minutes at most).  Put
# $T/bin first on PATH to use it.
stall_spatch() {
	ss_real=$(command -v spatch) || fail "no spatch"
	mkdir -p "$T/bin"
	rm -f "$T/spatch.count" "$T/stalled" "$T/go"
	cat >"$T/bin/spatch" <<WRAP
#!/bin/sh
case "\$*" in
*--parse-cocci*) ;;
*"-D patch"*)
	n=\$((\$(cat "$T/spatch.count" 2>/dev/null || echo 0) + 1))
	echo \$n >"$T/spatch.count"
	if [ \$n -eq $1 ]; then
		touch "$T/stalled"
		i=0
		while [ ! -f "$T/go" ] && [ \$i -lt 1200 ]; do sleep 0.1; i=\$((i + 1)); done
	fi ;;
esac
exec "$ss_real" "\$@"
WRAP
	chmod +x "$T/bin/spatch"
}

# wait_for FILE [TENTHS]: wait until FILE exists (default 60 s); false if
# it never does.
wait_for() {
	wf_n=0
	while [ ! -e "$1" ] && [ $wf_n -lt "${2:-600}" ]; do sleep 0.1; wf_n=$((wf_n + 1)); done
	[ -e "$1" ]
}

# mk_make_project DIR: a copy of the project (Makefile, mk/, scripts/,
# cocci/, checker/ with the built checker and its objects) that make can run
# in without building anything; a git repository of its own with one commit,
# so that the tests can put files at its root and look at its .git/hooks
# without touching the real project.
mk_make_project() {
	mkdir -p "$1/build" &&
	for mp_f in "$R"/* "$R"/.[!.]*; do
		case ${mp_f##*/} in .git|build|testcases) continue ;; esac
		[ -e "$mp_f" ] || continue
		cp -Rp "$mp_f" "$1/" || fail "cannot copy $mp_f"
	done &&
	cp -Rp "$R/build/checker" "$1/build/" &&
	ln -s "$R/build/sparse" "$1/build/sparse" &&
	git -C "$1" init -q && git -C "$1" add -A && git -C "$1" commit -q -m project ||
		fail "cannot copy the project to $1"
}

# hooks_state DIR: the names and contents of a hooks folder.
hooks_state() {
	(cd "$1" && ls -A && find . -type f -exec sha1sum {} + | sort) 2>&1
}

# files_state DIR: every file under DIR with its checksum (no .git).
files_state() {
	(cd "$1" && find . -name .git -prune -o -type f -print0 | sort -z |
		xargs -0 -r sha1sum)
}
