# SPDX-License-Identifier: GPL-2.0-only
# scripts/ocamlopt-cache, first on spatch's PATH as ocamlopt.opt: the
# first run of a step compiles its script rules, a second run of the same
# step (another random module name) gets them from the cache without
# calling the compiler and prints the same; another step compiles again;
# a compiler call that is not spatch's -shared build goes to the real
# compiler untouched.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
F=$R/testcases/scripts/fixtures/combine
real=$(command -v ocamlopt.opt) || fail "no ocamlopt.opt"
mkdir wrap counted
ln -s "$S/ocamlopt-cache" wrap/ocamlopt.opt
cat >counted/ocamlopt.opt <<EOS
#!/bin/sh
echo "\$*" >>"$T/calls"
exec "$real" "\$@"
EOS
chmod +x counted/ocamlopt.opt
: >calls
export MN_OCAML_CACHE="$T/cache" MN_SPATCH_VERSION=test TMPDIR="$T/tmp"
mkdir tmp
run() {	# step output
	PATH=$T/wrap:$T/counted:$PATH spatch --very-quiet -D report --no-show-diff --no-includes \
		--sp-file "$F/$1.cocci" "$F/toy.c" >"$2" 2>"$2.err" || { cat "$2.err"; fail "spatch failed ($1)"; }
}
run alpha a1
[ "$(grep -c -- -shared calls)" -eq 1 ] || { cat calls; fail "the first run did not compile once"; }
ls cache/*.cmxs >/dev/null 2>&1 || fail "nothing kept in the cache"
run alpha a2
[ "$(grep -c -- -shared calls)" -eq 1 ] || { cat calls; fail "the second run compiled again"; }
grep -q 'toy_lock' a2 || fail "the cached rules report nothing"
diff a1 a2 || fail "the cached rules print something else"
run beta b1
[ "$(grep -c -- -shared calls)" -eq 2 ] || { cat calls; fail "another step did not compile"; }
grep -q '\[beta\]$' b1 || fail "the other step got the first one's rules"
PATH=$T/wrap:$T/counted:$PATH ocamlopt.opt -version >v || fail "-version through the wrapper failed"
[ "$(cat v)" = "$("$real" -version)" ] || fail "-version did not reach the real compiler"
exit 0
