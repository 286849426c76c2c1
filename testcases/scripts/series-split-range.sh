# SPDX-License-Identifier: GPL-2.0-only
# The series on a tree where a 4.19-style page-table walker starts the
# range, returns with it open through an exported wrapper, and a caller
# in another folder ends it (prototype in include/linux/): the 5.0 step
# converts the walker, the wrapper, the header and the caller together
# (the caller owns the range), and the tree compiles at 5.0.  The walker
# file alone holds no caller: without the collect run nothing would.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mk_tree t
src=$R/testcases/cocci/range_callers/walker-export
(cd "$src" && find . -type f ! -name '*.res' ! -name report) | while IFS= read -r f; do
	mkdir -p "t/$(dirname "$f")" && cp "$src/$f" "t/$f" || fail "cannot copy $f"
done
git -C t add -A && git -C t commit -q -m walker || fail "cannot commit the walker"
sh "$S/apply-series" --to=5.0 --no-patches --quiet t 2>err || { cat err; fail "series to 5.0 failed"; }
for f in mm/pgwalk.c fs/daxish/entry.c include/linux/pgwalk.h; do
	cmp -s "$src/$f.res" "t/$f" || { diff -u "$src/$f.res" "t/$f"; fail "$f is not converted as expected"; }
done
# The walker's header alone: the example tree's own mm.h is another API.
mkdir -p inc/linux && cp t/include/linux/pgwalk.h inc/linux/ || fail "cannot copy pgwalk.h"
for f in mm/pgwalk.c fs/daxish/entry.c; do
	gcc -fsyntax-only -nostdinc -I inc -I"$R/testcases/include" \
		-DLINUX_VERSION_CODE='KERNEL_VERSION(5,0,0)' -Wall -Werror -Wno-unused-variable \
		-Wno-unused-function "t/$f" || fail "$f does not compile at 5.0 after the series"
done
exit 0
