# SPDX-License-Identifier: GPL-2.0-only
# scripts/compat-merge.awk on its own, fed small versions of a file: a line
# two versions changed becomes one chain, newest first; a line a version
# drops becomes "#if LINUX_VERSION_CODE <"; <linux/version.h> goes after
# the first #include <linux/...>; and make install ships the program.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
A=$S/compat-merge.awk
[ -f "$A" ] || fail "no scripts/compat-merge.awk"
printf '%s\n' '#include <linux/mm.h>' 'int a;' 'old_call(x);' 'gone();' 'int b;' >v0
printf '%s\n' '#include <linux/mm.h>' 'int a;' 'mid_call(x);' 'gone();' 'int b;' >v1
printf '%s\n' '#include <linux/mm.h>' 'int a;' 'new_call(x);' 'int b;' >v2
diff v0 v1 >d1; diff v1 v2 >d2
awk -v vers="5.0 5.2" -f "$A" v0 v1 v2 d1 d2 >out || fail "compat-merge.awk failed"
cat >want <<'W'
#include <linux/mm.h>
#include <linux/version.h>
int a;
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 2, 0)
new_call(x);
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 0, 0)
mid_call(x);
gone();
#else
old_call(x);
gone();
#endif
int b;
W
diff -u want out >&2 || fail "unexpected compat merge"

# A version that only deletes: "#if LINUX_VERSION_CODE <", and a file that
# includes <linux/version.h> already gets no second one.
printf '%s\n' '#include <linux/version.h>' 'keep();' 'old_only();' 'end();' >w0
printf '%s\n' '#include <linux/version.h>' 'keep();' 'end();' >w1
diff w0 w1 >e1
awk -v vers="6.10" -f "$A" w0 w1 e1 >out || fail "compat-merge.awk failed on a deletion"
printf '%s\n' '#include <linux/version.h>' 'keep();' \
	'#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 10, 0)' 'old_only();' '#endif' 'end();' >want
diff -u want out >&2 || fail "unexpected compat merge of a deletion"

# A diff that does not describe the versions: the self-check refuses it.
printf '%s\n' '1c1' '< x' '---' '> y' >bad
awk -v vers="6.10" -f "$A" w0 w1 bad >out 2>err && fail "a wrong diff was accepted"
grep -q 'does not give back version' err || fail "no self-check message"

# The module's own scheme: a branch holding a new-form word of its
# version's macro is tested on that macro (#ifdef alone, defined() in a
# chain), never on LINUX_VERSION_CODE when every branch has one.
echo "5.2 HAVE_TOY_NEW ifdef new_call other_word" >schemes
awk -v vers="5.0 5.2" -v schemes=schemes -f "$A" v0 v1 v2 d1 d2 >out || fail "compat-merge.awk failed with schemes"
grep -q "^#if defined(HAVE_TOY_NEW)$" out || fail "no defined() branch in the chain"
grep -q "^#elif LINUX_VERSION_CODE >= KERNEL_VERSION(5, 0, 0)$" out || fail "no version branch for 5.0"
echo "5.0 CONFIG_TOY_OLD ifndef mid_call" >schemes
printf '%s\n' '#include "conftest.h"' 'a();' 'old_call(x);' >u0
printf '%s\n' '#include "conftest.h"' 'a();' 'mid_call(x);' >u1
diff u0 u1 >f1
awk -v vers="5.0" -v schemes=schemes -f "$A" u0 u1 f1 >out || fail "compat-merge.awk failed with an ifndef scheme"
printf '%s\n' '#include "conftest.h"' 'a();' '#ifndef CONFIG_TOY_OLD' 'mid_call(x);' \
	'#else' 'old_call(x);' '#endif' >want
diff -u want out >&2 || fail "unexpected merge on the module's macro (or a needless <linux/version.h>)"

make -s -C "$R" install PREFIX="$T/inst" >make.log 2>&1 || { cat make.log; fail "make install failed"; }
for f in compat-merge.awk; do
	[ -f "$T/inst/share/mnmigrate/scripts/$f" ] || fail "make install does not install $f"
done
exit 0
