# SPDX-License-Identifier: GPL-2.0-only
# Files that are not regular files never hang a job.  A tree header
# (include/linux/mmu_notifier.h, include/linux/migrate.h) that is a FIFO, a
# symlink to /dev/zero or a symlink to a FIFO in the tree stops apply-series
# --to=auto and driver-patch (TO=auto) with a one-line error naming the
# file ("not a regular file"; for the symlink to /dev/zero "out of the
# tree" will do too); mncheck --baseline /dev/zero (or a FIFO) exits 2; a
# FIFO named x.c in a plain tree does not hang coccicheck, which reports it
# as skipped by name (exit 3).  Every run is under `timeout 60`; they run
# in parallel.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
# bg NAME CMD...: CMD under timeout 60 in the background; NAME.out,
# NAME.err, NAME.rc.
bg() {
	bg_n=$1
	shift
	( timeout 60 "$@" >"$bg_n.out" 2>"$bg_n.err" </dev/null; echo $? >"$bg_n.rc" ) &
}
# special TREE HEADER KIND: a git tree whose HEADER (include/linux/...) is a
# FIFO (left untracked: git cannot track one), a symlink to /dev/zero
# (committed), or a symlink (committed) to a FIFO at the top of the tree.
special() {
	mk_tree "$1"
	git -C "$1" rm -q "include/linux/$2" || fail "cannot remove $2"
	case $3 in
	fifo) mkfifo "$1/include/linux/$2" || fail "mkfifo" ;;
	zero) ln -s /dev/zero "$1/include/linux/$2" || fail "ln -s" ;;
	link) mkfifo "$1/header.fifo" && ln -s ../../header.fifo "$1/include/linux/$2" || fail "ln -s" ;;
	esac
	commit_all "$1" "$2 is a $3"
	[ -z "$(git -C "$1" status --porcelain)" ] || fail "$1 is not clean"
}
cases="mn-fifo:mmu_notifier.h:fifo mn-zero:mmu_notifier.h:zero mn-link:mmu_notifier.h:link
mg-fifo:migrate.h:fifo mg-zero:migrate.h:zero"
for c in $cases; do
	IFS=: read -r n h k <<EOF
$c
EOF
	special "$n" "$h" "$k"
	bg "$n.series" sh "$S/apply-series" --to=auto --out="$T/out-$n" "$n"
	bg "$n.driver" sh "$S/driver-patch" --out="$T/$n.patch" "$n/drivers/misc/toygru"
done
# The checker's baseline.
echo 'int x;' >x.c
mkfifo base.fifo
bg ck-zero "$R/checker/mncheck" --baseline /dev/zero x.c
bg ck-fifo "$R/checker/mncheck" --baseline base.fifo x.c
# coccicheck on a plain tree with a FIFO named mm/x.c.
mk_plain plain
mkfifo plain/mm/x.c
bg cc-fifo sh "$S/coccicheck" --step=range_callers plain
wait

# Hangs first.
hung=
for rc in *.rc; do
	[ "$(cat "$rc")" -eq 124 ] && hung="$hung ${rc%.rc}"
done
[ -z "$hung" ] || fail "hung (killed by timeout 60):$hung (mn-/mg-: mmu_notifier.h/migrate.h, fifo/zero/link: a FIFO/a symlink to /dev/zero/a symlink to a FIFO; ck-: mncheck --baseline; cc-fifo: coccicheck with a FIFO mm/x.c)"

for c in $cases; do
	n=${c%%:*} h=${c#*:}
	h=${h%%:*}
	for job in series driver; do
		r=$n.$job
		st=$(cat "$r.rc")
		[ "$st" -ne 124 ] || fail "$job on a tree whose $h is ${c##*:}: hung (killed by timeout 60)"
		[ "$st" -ne 0 ] || { show "$r.err"; fail "$job on a tree whose $h is ${c##*:}: exit 0"; }
		[ "$(grep -c . "$r.err")" -eq 1 ] || { show "$r.err"; fail "$job ($h ${c##*:}): not a one-line error"; }
		# A symlink out of the tree (/dev/zero) may be refused as such.
		why='not a regular file'
		[ "${c##*:}" = zero ] && why='not a regular file|out of the tree|outside'
		grep -q -i -E "$why" "$r.err" && grep -q -F "$h" "$r.err" ||
			{ show "$r.err"; fail "$job ($h ${c##*:}): the error does not name $h as '$why'"; }
	done
	[ -e "out-$n" ] && fail "apply-series ($h ${c##*:}) wrote a series"
	[ "$(git -C "$n" rev-list --count HEAD)" -eq 2 ] || fail "apply-series ($h ${c##*:}) made a commit"
done
for r in ck-zero ck-fifo; do
	st=$(cat "$r.rc")
	[ "$st" -ne 124 ] || fail "mncheck --baseline ${r#ck-}: hung (killed by timeout 60)"
	[ "$st" -eq 2 ] || { show "$r.err"; fail "mncheck --baseline ${r#ck-}: exit $st, not 2"; }
done
st=$(cat cc-fifo.rc)
[ "$st" -ne 124 ] || fail "coccicheck on a tree with a FIFO mm/x.c: hung (killed by timeout 60)"
[ "$(findings_of cc-fifo.out mm/toy_mprotect.c)" -eq 6 ] ||
	{ show cc-fifo.out cc-fifo.err; fail "coccicheck with a FIFO mm/x.c: the findings of mm/toy_mprotect.c are missing"; }
grep -i 'skipped' cc-fifo.err | grep -q 'mm/x\.c' ||
	{ show cc-fifo.err; fail "coccicheck does not report the FIFO mm/x.c as skipped by name"; }
[ "$st" -eq 3 ] || { show cc-fifo.err; fail "coccicheck with a skipped FIFO: exit $st, not 3"; }
exit 0
