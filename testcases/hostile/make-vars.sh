# SPDX-License-Identifier: GPL-2.0-only
# Make variables are data: KDIR=, TO=, DIR=, M=, STEP=, J=, MODE=, RANGE=,
# PATCH=, CF=, HOOK= values holding `cmd` or $$(cmd) (make's escape for
# $(cmd) on its command line) run nothing, and a value with a double or
# single quote is not a shell syntax error: each gives the job's one-line
# error (no such directory, not a version, ...), and a valid tree given
# beside it is not touched.  One value per background run, each with its
# own sentinel and output files.
. "$MN_ROOT_DIR/testcases/hostile/lib.sh"
mk() { make -s -C "$R" "$@"; }

# check PATTERN ARGS...: make ARGS fails with one error line matching
# PATTERN, runs no command from a value, and leaves the tree t alone.
check() {
	ck_pat=$1
	shift
	( one_error "$ck_pat" mk "$@" ) 2>"$T/check.fail"
	ck_st=$?
	no_sentinel "make $*"
	[ $ck_st -eq 0 ] || { cat "$T/check.fail" >&2; exit 1; }
	grep -q -i -E 'syntax error|unterminated|unexpected' "$T/one.err" &&
		{ show "$T/one.err"; fail "make $*: a shell syntax error instead of the job's error"; }
	[ "$(tree_state t)" = "$state" ] || fail "make $*: the tree t changed"
	return 0
}

# checks VALUE: every variable set to VALUE.
checks() {
	v=$1
	check 'no such directory|not a kernel tree' coccicheck KDIR="$v"
	check 'no such directory|not a kernel tree' series KDIR="$v" TO=5.0
	check 'no such directory' driver-patch DIR="$v" TO=5.0 OUT="$T/dp.patch"
	check 'no such directory|not a git' lint KDIR="$v"
	check 'not a version' series KDIR="$T/t" TO="$v"
	check 'not a version' driver-patch DIR="$T/t/drivers/misc/toygru" TO="$v" OUT="$T/dp.patch"
	check 'no such|outside' coccicheck KDIR="$T/t" M="$v"
	check 'no step' coccicheck KDIR="$T/t" STEP="$v"
	check 'not a positive number' coccicheck KDIR="$T/t" J="$v"
	check 'use patch' coccicheck KDIR="$T/t" MODE="$v"
	check 'unknown revision|not A\.\.B' lint KDIR="$T/t" RANGE="$v"
	check 'no such' lint KDIR="$T/t" PATCH="$v"
	check 'no checker rule|unknown' lint KDIR="$T/t" CF="-Wno-$v"
	check 'use pre-commit or pre-push' install-hook KDIR="$T/t" HOOK="$v"
}

top=$T
pids=
for k in cmd quote single; do
	mkdir "$k"
	(
		T=$top/$k
		cd "$T" || exit 1
		# A tree of its own: apply-series locks the tree it works on.
		mk_tree t
		state=$(tree_state t)
		MN_SENTINEL=$T/sentinel
		case $k in
		cmd) v="\$\$(touch $MN_SENTINEL)\`touch $MN_SENTINEL\`" ;;
		quote) v="a\"b\$\$(touch $MN_SENTINEL)\"" ;;
		single) v="a'b\$\$(touch $MN_SENTINEL)'" ;;
		esac
		checks "$v"
	) >"$k.log" 2>&1 &
	pids="$pids $k:$!"
done
st=0
for kp in $pids; do
	wait "${kp#*:}" || { echo "== value '${kp%%:*}':" >&2; cat "${kp%%:*}.log" >&2; st=1; }
done
[ $st -eq 0 ] || fail "see above"
exit 0
