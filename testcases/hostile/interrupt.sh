# SPDX-License-Identifier: GPL-2.0-only
# Ctrl-C: SIGINT to the whole process group of a running coccicheck (its
# own group, as a terminal sends it) ends it with a line saying
# "interrupted", exit status 130, no "Exception"/"EXN" from spatch, nothing
# left in the TMPDIR it was given and no process of the group left running.
# Once with a spatch that stalls, once in the middle of a real spatch run.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
real=$(command -v spatch) || fail "no spatch"
mkdir bin
pid='' wd=''
cleanup() {
	[ -n "$pid" ] && kill -KILL "-$pid" 2>/dev/null
	[ -n "$wd" ] && kill "$wd" 2>/dev/null
	return 0
}
trap cleanup EXIT

# interrupt NAME TREE MARK ARGS...: coccicheck ARGS... TREE in its own
# session and process group, TMPDIR=$T/NAME.tmp (empty); once $T/MARK
# exists and half a second has passed, SIGINT to the group; then the checks.
interrupt() {
	in_n=$1 in_t=$2 in_m=$3
	shift 3
	mkdir "$T/$in_n.tmp"
	TMPDIR=$T/$in_n.tmp PATH=$T/bin:$PATH setsid env --default-signal=INT \
		sh "$S/coccicheck" "$@" "$in_t" >"$in_n.out" 2>"$in_n.err" &
	pid=$!
	wait_for "$in_m" || { show "$in_n.err"; fail "$in_n: spatch never started"; }
	sleep 0.5
	kill -0 "$pid" 2>/dev/null || { show "$in_n.err"; fail "$in_n: the run ended before the signal (give it more work)"; }
	kill -INT "-$pid" || fail "$in_n: cannot signal the process group"
	# A watchdog: the run must end within 30 s.
	( i=0
	  while [ $i -lt 300 ] && kill -0 "$pid" 2>/dev/null; do sleep 0.1; i=$((i + 1)); done
	  [ $i -lt 300 ] || kill -KILL "-$pid" 2>/dev/null ) &
	wd=$!
	wait "$pid"
	in_st=$?
	wait "$wd"
	wd=
	[ $in_st -ne 137 ] || fail "$in_n: SIGINT did not end the run within 30 s"
	# The group's other processes: a moment to go.
	in_i=0
	while [ $in_i -lt 30 ] && ps -eo pgid= | grep -q -x " *$pid"; do sleep 0.1; in_i=$((in_i + 1)); done
	if ps -eo pgid= | grep -q -x " *$pid"; then
		ps -eo pid,pgid,args | awk -v g="$pid" '$2 == g' >&2
		fail "$in_n: processes of the interrupted run are left running"
	fi
	pid=
	[ $in_st -eq 130 ] || { show "$in_n.err"; fail "$in_n: exit $in_st after SIGINT, not 130"; }
	grep -q -i 'interrupted' "$in_n.err" || { show "$in_n.err"; fail "$in_n: no 'interrupted' line on stderr"; }
	grep -q -e 'Exception' -e 'EXN' "$in_n.err" && { show "$in_n.err"; fail "$in_n: spatch's Exception/EXN on stderr"; }
	[ -z "$(ls -A "$T/$in_n.tmp")" ] ||
		{ ls -lA "$T/$in_n.tmp" >&2; fail "$in_n: files left in the job's TMPDIR"; }
	return 0
}

# 1: a spatch that stalls in its first step run.
cat >bin/spatch <<WRAP
#!/bin/sh
case "\$*" in
*--parse-cocci*) ;;
*"-D "*) touch "$T/stalled"; sleep 120 ;;
esac
exec "$real" "\$@"
WRAP
chmod +x bin/spatch
mk_plain t
interrupt stall t stalled --no-cache --step=range_callers

# 2: the real spatch, busy with 200 files (about 3 s on 2 cores).
cat >bin/spatch <<WRAP
#!/bin/sh
case "\$*" in
*--parse-cocci*) ;;
*"-D "*) touch "$T/started" ;;
esac
exec "$real" "\$@"
WRAP
chmod +x bin/spatch
mk_plain big
i=0
while [ $i -lt 200 ]; do
	cp big/mm/toy_mprotect.c "big/mm/copy$i.c"
	i=$((i + 1))
done
interrupt real big started --no-cache --jobs=2 --step=range_callers
exit 0
