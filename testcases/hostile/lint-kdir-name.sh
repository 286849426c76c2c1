# SPDX-License-Identifier: GPL-2.0-only
# make lint KDIR=<a folder that is not a git tree>: a one-line error that
# names that folder (not an empty "KDIR=").
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
mk_plain plain
one_error 'git' make -s -C "$R" lint KDIR="$T/plain"
grep -q -F "$T/plain" "$T/one.msg" ||
	{ show "$T/one.err"; fail "make lint KDIR=$T/plain: the error does not name the folder"; }
one_error 'git' sh "$S/presubmit" --kdir=plain
grep -q -F "plain" "$T/one.msg" ||
	{ show "$T/one.err"; fail "presubmit --kdir=plain: the error does not name the folder"; }
exit 0
