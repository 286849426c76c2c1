# SPDX-License-Identifier: GPL-2.0-only
# Interrupted (SIGTERM, SIGINT) in the middle of a step, apply-series leaves
# no half-written file and no partial commit.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_project p
real=$(command -v spatch)
mkdir bin
# A spatch that stalls before its in-place run, so the signal lands mid-step.
cat >bin/spatch <<WRAP
#!/bin/sh
case "\$*" in *--in-place*) touch "$T/stalled"; sleep 30 ;; esac
exec "$real" "\$@"
WRAP
chmod +x bin/spatch
for sig in TERM INT; do
	rm -f stalled
	mk_tree "t$sig"
	head=$(git -C "t$sig" rev-parse HEAD)
	# A background job starts with SIGINT ignored, as if no terminal could
	# send it; give it back its default, as a shell in a terminal has it.
	PATH=$T/bin:$PATH env --default-signal=INT sh p/scripts/apply-series --to=5.0 --no-patches "t$sig" 2>"err$sig" &
	pid=$!
	n=0
	# Up to two minutes: on a loaded machine the steps before can be slow.
	while [ ! -f stalled ] && [ $n -lt 1200 ]; do sleep 0.1; n=$((n + 1)); done
	[ -f stalled ] || fail "the run never reached its patch step"
	kill -s "$sig" "$pid"
	wait "$pid" && fail "interrupted run exited 0"
	[ "$(git -C "t$sig" rev-parse HEAD)" = "$head" ] || fail "$sig: a commit was made"
	[ -z "$(git -C "t$sig" status --porcelain --untracked-files=all)" ] ||
		{ git -C "t$sig" status --porcelain; fail "$sig: tree left dirty"; }
	grep -q interrupted "err$sig" || fail "$sig: no message"
done
exit 0
