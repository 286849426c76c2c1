# SPDX-License-Identifier: GPL-2.0-only
# install-hook --force run twice: the user's own pre-commit hook, kept as
# pre-commit.mnmigrate-old by the first run, still holds the user's hook
# after the second run (the second run must not put the first run's hook
# there).  The same for pre-push.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
mkdir t && git -C t init -q || fail "cannot make a repository"
for hook in pre-commit pre-push; do
	printf '#!/bin/sh\n# the user'"'"'s own %s hook\necho mine >&2\n' "$hook" >"t/.git/hooks/$hook"
	chmod +x "t/.git/hooks/$hook"
	cp "t/.git/hooks/$hook" "mine.$hook"
	sh "$S/install-hook" --hook=$hook --force t 2>err || { show err; fail "$hook: first --force failed"; }
	cmp -s "mine.$hook" "t/.git/hooks/$hook.mnmigrate-old" ||
		fail "$hook: the first --force did not keep the user's hook as $hook.mnmigrate-old"
	grep -q presubmit "t/.git/hooks/$hook" || fail "$hook: the first --force did not install the hook"
	sh "$S/install-hook" --hook=$hook --force t 2>err || { show err; fail "$hook: second --force failed"; }
	grep -q presubmit "t/.git/hooks/$hook" || fail "$hook: the second --force did not leave the hook installed"
	cmp -s "mine.$hook" "t/.git/hooks/$hook.mnmigrate-old" ||
		{ show "t/.git/hooks/$hook.mnmigrate-old"; fail "$hook: after a second --force, $hook.mnmigrate-old no longer holds the user's hook"; }
done
exit 0
