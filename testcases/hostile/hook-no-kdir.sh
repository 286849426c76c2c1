# SPDX-License-Identifier: GPL-2.0-only
# make install-hook without KDIR is refused with a one-line error and
# installs nothing into the project's own repository (.git/hooks of the
# folder make runs in).  Run in a copy of the project, itself a git
# repository, so that the real one is never at risk.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
mk_make_project proj
hooks=$(hooks_state proj/.git/hooks)
one_error 'KDIR' make -s -C "$T/proj" install-hook
[ "$(hooks_state proj/.git/hooks)" = "$hooks" ] ||
	{ ls -A proj/.git/hooks >&2; fail "make install-hook without KDIR changed the project's own .git/hooks"; }
one_error 'KDIR' make -s -C "$T/proj" install-hook HOOK=pre-push
[ "$(hooks_state proj/.git/hooks)" = "$hooks" ] ||
	{ ls -A proj/.git/hooks >&2; fail "make install-hook HOOK=pre-push without KDIR changed the project's own .git/hooks"; }
exit 0
