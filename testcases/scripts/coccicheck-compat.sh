# SPDX-License-Identifier: GPL-2.0-only
# coccicheck on a module (fixtures/toymig) that keeps an old migrate_vma()
# call on purpose in the #else of a CONFIG_* test whose other branch uses
# migrate_vma_setup(): report, org and context modes do not flag it, and
# still flag the plain migrate_vma() call of the module.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_tree t
cp -R "$R/testcases/scripts/fixtures/toymig" "$T/toymig"
for m in report org context; do
	sh "$S/coccicheck" --quiet --no-cache --step=migrate_vma_setup --mode=$m \
		--subdir="$T/toymig" t >$m.out 2>err || { cat err; fail "coccicheck $m failed"; }
done
grep -q '^'"$T"'/toymig/toymig.c:60:9: migrate_vma() ' report.out || { cat report.out; fail "report: the plain call is not flagged"; }
grep -q ':51:' report.out && { cat report.out; fail "report: the call kept in the CONFIG_* compat branch is flagged"; }
grep -q 'linb=60::' org.out || { cat org.out; fail "org: the plain call is not flagged"; }
grep -q 'linb=51::' org.out && { cat org.out; fail "org: the call kept in the compat branch is flagged"; }
grep -q '^-	return migrate_vma(&toymig_ops, vma, addr,' context.out || { cat context.out; fail "context: the plain call is not shown"; }
grep -q '^-	return migrate_vma(&toymig_ops, vma, start,' context.out &&
	{ cat context.out; fail "context: the call kept in the compat branch is shown"; }
exit 0
