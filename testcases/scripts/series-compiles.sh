# SPDX-License-Identifier: GPL-2.0-only
# The series on the example tree gives code that compiles against the API
# of the version it targets (the test headers stand in for the core's own
# conversion, which the steps never do).
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
for to in 5.2 5.9; do
	mk_tree "t$to"
	sh "$S/apply-series" --to="$to" --no-patches --quiet "t$to" 2>"err$to" ||
		{ cat "err$to"; fail "series to $to failed"; }
	kv="KERNEL_VERSION($(echo "$to" | sed 's/\./,/'),0)"
	for f in $(cd "t$to" && find drivers mm -name '*.c' | sort); do
		gcc -fsyntax-only -nostdinc -I"$R/testcases/include" -DLINUX_VERSION_CODE="$kv" \
			-Wall -Werror -Wno-unused-variable -Wno-unused-function \
			"t$to/$f" || fail "$f does not compile at $to after the series"
	done
done
exit 0
