# SPDX-License-Identifier: GPL-2.0-only
# The installed pre-commit hook (install-hook + presubmit --staged) checks a
# staged file whatever its name: a new file with an owner-ignored finding
# stops the commit under a plain name, and just the same under a name with
# a space and a double quote, its finding printed under its real name.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
mk_project p
export MNCHECK="$R/checker/mncheck"
mkdir t && cp -R "$R/testcases/include" t/include &&
	cp -R "$R/testcases/scripts/fixtures/lint-tree/." t/ &&
	git -C t init -q && git -C t add -A && git -C t commit -q -m toyhmm || fail "cannot build the tree"
sh p/scripts/install-hook t 2>err || { show err; fail "install-hook failed"; }
d=drivers/misc/toyhmm
# toyhmm.c without its owner check: a new owner-ignored finding.
sed -e 's/MMU_NOTIFY_MIGRATE &&$/MMU_NOTIFY_MIGRATE)/' -e '/range->owner == th->mdevice)$/d' \
	"t/$d/toyhmm.c" >bad.c
cmp -s bad.c "t/$d/toyhmm.c" && fail "the owner check was not dropped"
head=$(git -C t rev-parse HEAD)

# try NAME: stage bad.c as NAME; the commit must be refused, the finding
# printed under NAME.
try() {
	cp bad.c "t/$1" && git -C t add -- "$1" || fail "cannot stage '$1'"
	if (cd t && git commit -q -m "add $1") >out 2>&1; then
		show out
		fail "the pre-commit hook let '$1' (a new owner-ignored finding) through unchecked"
	fi
	[ "$(git -C t rev-parse HEAD)" = "$head" ] || fail "a commit was made for '$1'"
	awk -v p="$1:" 'index($0, p) == 1 && /warning: .*\[owner-ignored\]$/ { f = 1 } END { exit !f }' out ||
		{ show out; fail "the hook did not report the finding of '$1' under its name"; }
	git -C t rm -q --cached -- "$1" && rm -f -- "t/$1" || fail "cannot unstage '$1'"
}
# A plain name first: the hook does stop this change.
try "$d/plain.c"
try "$d/to y\"q.c"
exit 0
