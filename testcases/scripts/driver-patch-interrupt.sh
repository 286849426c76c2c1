# SPDX-License-Identifier: GPL-2.0-only
# driver-patch interrupted (SIGTERM, SIGINT) in the middle of a step: a
# non-zero exit, a message, no patch file, no work folder left behind, the
# driver folder untouched.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_project p
real=$(command -v spatch)
mkdir bin
# A spatch that stalls in patch mode, so the signal lands mid-step.
cat >bin/spatch <<WRAP
#!/bin/sh
case "\$*" in *--in-place*) touch "$T/stalled"; sleep 30 ;; esac
exec "$real" "\$@"
WRAP
chmod +x bin/spatch
mk_tree t
before=$(tree_state t)
for sig in TERM INT; do
	rm -f stalled
	PATH=$T/bin:$PATH env --default-signal=INT sh p/scripts/driver-patch --to=5.0 \
		--out="$T/$sig.patch" t/drivers 2>"err$sig" &
	pid=$!
	n=0
	# Up to two minutes: on a loaded machine the steps before can be slow.
	while [ ! -f stalled ] && [ $n -lt 1200 ]; do sleep 0.1; n=$((n + 1)); done
	[ -f stalled ] || fail "the run never reached its patch step"
	kill -s "$sig" "$pid"
	wait "$pid" && fail "$sig: interrupted run exited 0"
	grep -q 'interrupted; nothing written' "err$sig" || { cat "err$sig"; fail "$sig: no message"; }
	[ -e "$sig.patch" ] && fail "$sig: a patch was written"
	for w in "$T"/tmp/mnmigrate-driver.*; do [ -e "$w" ] && fail "$sig: the work folder was left behind"; done
	[ "$(tree_state t)" = "$before" ] || fail "$sig: the tree changed"
done
exit 0
