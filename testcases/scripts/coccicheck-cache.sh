# SPDX-License-Identifier: GPL-2.0-only
# The front end's result cache: a second run on an unchanged tree prints the
# same result without running any step; a change to a candidate file, or to
# a header beside the candidate of a step that reads local includes, runs
# that step again; --no-cache always runs everything.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_tree t
MN_BUILD=$T/build
export MN_BUILD

# A spatch that logs the steps it runs (those of a combined run too), then
# runs the real one.
real=$(command -v spatch) || fail "no spatch"
mkdir bin
cat >bin/spatch <<EOF
#!/bin/sh
for a in "\$@"; do
	case \$a in *.cocci)
		[ "\$prev" = --sp-file ] || continue
		if grep -q "^// ---- step " "\$a"; then
			sed -n "s|^// ---- step ||p" "\$a" >>"$T/ran"
		else
			basename "\$a" .cocci >>"$T/ran"
		fi ;;
	esac
	prev=\$a
done
exec "$real" "\$@"
EOF
chmod +x bin/spatch
# And an ln that logs: a run that runs no step builds no view for spatch.
real_ln=$(command -v ln) || fail "no ln"
printf '#!/bin/sh\necho ln >>"%s/lns"\nexec "%s" "$@"\n' "$T" "$real_ln" >bin/ln
chmod +x bin/ln
PATH=$T/bin:$PATH

ran() { sort -u "$T/ran" 2>/dev/null | paste -s -d ' '; }

: >ran
sh "$S/coccicheck" --to=5.4 t >r1 || fail "first run failed"
[ -s r1 ] || fail "no finding on the example tree"
[ -n "$(ran)" ] || fail "the first run ran no step"
ls build/results/* >/dev/null 2>&1 || fail "no result kept"

: >lns
: >ran
sh "$S/coccicheck" --to=5.4 t >r2 || fail "second run failed"
cmp -s r1 r2 || { diff r1 r2; fail "the second run printed something else"; }
[ -z "$(ran)" ] || fail "the second run ran steps on an unchanged tree: $(ran)"
[ -s lns ] && fail "the second run built a view of the files for spatch"

# A candidate of range_callers changes: that step runs again, and its
# result is the fresh one.
sed -i '/mmu_notifier_invalidate_range_only_end(mm, mmun_start, mmun_end);/d' t/mm/toy_mprotect.c
: >ran
sh "$S/coccicheck" --to=5.4 t >r3 || fail "third run failed"
case " $(ran) " in *" range_callers "*) ;; *) fail "range_callers did not run again after its file changed" ;; esac
sh "$S/coccicheck" --to=5.4 --no-cache t >r3.fresh || fail "--no-cache run failed"
cmp -s r3 r3.fresh || { diff r3.fresh r3; fail "stale result after a change"; }
cmp -s r1 r3 && fail "the change made no difference to the report"

# A header beside a candidate of range_callbacks (--local-includes).
: >ran
echo '/* a local header */' >t/drivers/gpu/drm/toygpu/toygpu_local.h
sh "$S/coccicheck" --to=5.4 t >r4 || fail "fourth run failed"
case " $(ran) " in *" range_callbacks "*) ;; *) fail "range_callbacks did not run again after a local header appeared" ;; esac

# --no-cache runs every step that has candidates.
: >ran
sh "$S/coccicheck" --to=5.4 --no-cache t >/dev/null || fail "--no-cache run failed"
for s in range_callbacks range_callers migrate_vma_setup; do
	case " $(ran) " in *" $s "*) ;; *) fail "--no-cache did not run $s: $(ran)" ;; esac
done
exit 0
