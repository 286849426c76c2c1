# SPDX-License-Identifier: GPL-2.0-only
# scripts/compat-regions.awk on its own: the branches a step of a given
# version leaves alone (LINUX_VERSION_CODE tests for older kernels, in
# #if/#elif/#else chains and && terms; a macro test whose other branch has
# the step's new form), the module's own macro scheme (macros=1), and
# make install ships it.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
A=$S/compat-regions.awk
[ -f "$A" ] || fail "no scripts/compat-regions.awk"
cat >v.c <<'C'
#if LINUX_VERSION_CODE < KERNEL_VERSION(5, 0, 0)
before_5_0();
#elif LINUX_VERSION_CODE < KERNEL_VERSION(5, 4, 0)
before_5_4();
#else
since_5_4();
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 2, 0)
since_5_2();
#elif defined(TOY_OLD_MM) && \
	LINUX_VERSION_CODE > KERNEL_VERSION(4, 0, 0)
old_mm();
#else
/* #endif in a comment is no directive */
older();
#endif
#if defined(TOY_FEATURE) && LINUX_VERSION_CODE <= KERNEL_VERSION(5, 2, 0)
up_to_5_2();
#endif
C
awk -f "$A" -v version=5.2 v.c >out || fail "compat-regions.awk failed"
cat >want <<'W'
2 2 #if LINUX_VERSION_CODE < KERNEL_VERSION(5, 0, 0)
12 12 #elif defined(TOY_OLD_MM) && LINUX_VERSION_CODE > KERNEL_VERSION(4, 0, 0)
14 15 #else of #if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 2, 0)
W
diff -u want out >&2 || fail "wrong version branches at 5.2"
# At 5.0 only the first (< 5.0) branch is dead; at 5.3 the <= 5.2 one too.
[ "$(awk -f "$A" -v version=5.0 v.c | cut -d' ' -f1,2 | paste -s -d,)" = "2 2" ] ||
	fail "wrong branches at 5.0"
awk -f "$A" -v version=5.3 v.c | grep -q '^18 18 ' || fail "<= 5.2 not dead at 5.3"

# The same tests written the other way round, and an || of tests that
# each only hold on older kernels (one that may hold later protects nothing).
cat >r.c <<'C'
#if KERNEL_VERSION(5, 0, 0) > LINUX_VERSION_CODE
before_5_0();
#endif
#if KERNEL_VERSION(5, 2, 0) <= LINUX_VERSION_CODE
since_5_2();
#else
before_5_2();
#endif
#if LINUX_VERSION_CODE < KERNEL_VERSION(4, 19, 0) || KERNEL_VERSION(5, 1, 0) >= LINUX_VERSION_CODE
up_to_5_1();
#endif
#if LINUX_VERSION_CODE < KERNEL_VERSION(5, 0, 0) || defined(TOY_BACKPORT)
old_or_backport();
#endif
C
awk -f "$A" -v version=5.2 r.c >out || fail "compat-regions.awk failed on r.c"
cat >want <<'W'
2 2 #if KERNEL_VERSION(5, 0, 0) > LINUX_VERSION_CODE
7 7 #else of #if KERNEL_VERSION(5, 2, 0) <= LINUX_VERSION_CODE
10 10 #if LINUX_VERSION_CODE < KERNEL_VERSION(4, 19, 0) || KERNEL_VERSION(5, 1, 0) >= LINUX_VERSION_CODE
W
diff -u want out >&2 || fail "wrong branches for reversed tests and ||"

cat >m.c <<'C'
static bool toy_may_block(const struct mmu_notifier_range *range)
{
#ifdef HAVE_TOY_RANGE_BLOCKABLE
	return mmu_notifier_range_blockable(range);
#else
	return range->blockable;
#endif
}
#if !defined(CONFIG_TOY_MIGRATE_SETUP)
	r = migrate_vma(&ops, vma, start, end, src, dst, priv);
#else
	r = migrate_vma_setup(&args);
#endif
#ifdef HAVE_TOY_OTHER
	x = range->blockable;
#else
	x = 0;
#endif
C
awk -f "$A" -v version=5.2 -v new=mmu_notifier_range_blockable m.c >out || fail "compat-regions.awk failed"
echo "6 6 #else of #ifdef HAVE_TOY_RANGE_BLOCKABLE (the other branch has the new form)" >want
diff -u want out >&2 || fail "wrong macro branches"
awk -f "$A" -v version=5.4 -v new="migrate_vma_setup migrate_vma_pages" m.c >out
echo "10 10 #if !defined(CONFIG_TOY_MIGRATE_SETUP) (the other branch has the new form)" >want
diff -u want out >&2 || fail "wrong CONFIG_ branches"
awk -f "$A" -v version=5.4 -v new="migrate_vma_setup" -v old="migrate_vma" -v macros=1 m.c >out
echo "CONFIG_TOY_MIGRATE_SETUP ifdef" >want
diff -u want out >&2 || fail "wrong scheme for a negated test"
awk -f "$A" -v version=5.2 -v new=mmu_notifier_range_blockable -v old="blockable" -v macros=1 m.c >out
echo "HAVE_TOY_RANGE_BLOCKABLE ifdef" >want
diff -u want out >&2 || fail "wrong scheme"

make -s -C "$R" install PREFIX="$T/inst" >make.log 2>&1 || { cat make.log; fail "make install failed"; }
[ -f "$T/inst/share/mnmigrate/scripts/compat-regions.awk" ] || fail "make install does not install compat-regions.awk"
exit 0
