# SPDX-License-Identifier: GPL-2.0-only
# Text a tree carries is read, never run: a kbuild .cmd file whose recorded
# compiler command holds "; cmd", a file name holding a single quote and a
# ";" (it becomes the checker's KBUILD_MODNAME), and a .git/config that
# names programs (core.fsmonitor, core.pager) git would run for status,
# diff or log.  lint still reports the finding of the change; coccicheck
# and series still do their work; no sentinel appears.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
mk_project p
export MNCHECK="$R/checker/mncheck"
mkdir t && cp -R "$R/testcases/include" t/include &&
	cp -R "$R/testcases/scripts/fixtures/lint-tree/." t/ &&
	git -C t init -q && git -C t add -A && git -C t commit -q -m toyhmm || fail "cannot build the tree"
d=drivers/misc/toyhmm
# The tree's git configuration names programs: git status, diff and log
# would run them.
git -C t config core.fsmonitor "touch $MN_SENTINEL; false"
git -C t config core.pager "touch $MN_SENTINEL; cat"
# A recorded kbuild command with a command after a ';', beside the file.
printf 'cmd_%s/toyhmm.o := gcc -DA;touch${IFS}%s -c -o %s/toyhmm.o %s/toyhmm.c\n' \
	"$d" "$MN_SENTINEL" "$d" "$d" >"t/$d/.toyhmm.o.cmd"
echo ".*.cmd" >>t/.git/info/exclude
# The change: toyhmm.c without its owner check, and a copy of it under a
# name with a quote and a ';'.
sed -i -e 's/MMU_NOTIFY_MIGRATE &&$/MMU_NOTIFY_MIGRATE)/' -e '/range->owner == th->mdevice)$/d' \
	"t/$d/toyhmm.c"
git -C t diff --quiet && fail "the owner check was not dropped"
q="x';touch \${IFS}$(basename "$MN_SENTINEL");'.c"
cp "t/$d/toyhmm.c" "t/$d/$q"
git -C t add -A && git -C t -c core.fsmonitor=false commit -q -m "drop the owner check" ||
	fail "cannot commit the change"
rm -f "$MN_SENTINEL"
sh p/scripts/presubmit --kdir=t --range=HEAD~1..HEAD >out 2>err
st=$?
no_sentinel "presubmit"
[ $st -eq 1 ] || { show out err; fail "presubmit exited $st, not 1 (new findings)"; }
grep -q "^$d/toyhmm.c:[0-9]*:[0-9]*: warning: .*\[owner-ignored\]$" out ||
	{ show out err; fail "lint did not report the owner-ignored finding of toyhmm.c"; }
P="$d/$q:" awk 'index($0, ENVIRON["P"]) == 1 && /\[owner-ignored\]$/ { f = 1 } END { exit !f }' out ||
	{ show out err; fail "lint did not report the finding of the quoted name under its name"; }

# coccicheck and series on a tree whose configuration names programs.
mk_tree s
git -C s config core.fsmonitor "touch $MN_SENTINEL; false"
git -C s config core.pager "touch $MN_SENTINEL; cat"
sh p/scripts/coccicheck --to=6.10 --kdir=s >out 2>err || { show err; fail "coccicheck failed"; }
grep -q . out || fail "coccicheck found nothing"
no_sentinel "coccicheck"
sh p/scripts/apply-series --to=5.0 --no-patches --kdir=s 2>err
# The toygru TLB hook stays for a human: exit 3.
[ $? -eq 3 ] || { show err; fail "apply-series did not exit 3"; }
no_sentinel "apply-series"
[ "$(git -C s rev-list --count HEAD)" -ge 2 ] || fail "apply-series made no commit"
exit 0
