# SPDX-License-Identifier: GPL-2.0-only
# Not root and a package missing: mk/deps.sh prints the exact apt-get line
# and fails, installing nothing.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
mkdir bin
# A PATH with every needed command but spatch, and an id that says uid 1000.
for c in ocamlfind ocamlopt sparse git gcc make ar dpkg-source sed grep sh cat id; do
	p=$(command -v "$c") && ln -s "$p" "bin/$c"
done
rm -f bin/id
printf '#!/bin/sh\necho 1000\n' >bin/id
printf '#!/bin/sh\necho "apt-get must not run" >&2; exit 3\n' >bin/apt-get
chmod +x bin/id bin/apt-get
if PATH=$T/bin sh "$R/mk/deps.sh" >out 2>err; then
	fail "deps.sh succeeded without spatch"
fi
grep -q 'apt-get install -y coccinelle' err || { cat err; fail "no apt-get line"; }
[ "$(grep -c . err)" -eq 1 ] || { cat err; fail "not a one-line error"; }
grep -q 'must not run' err && fail "apt-get was run"
exit 0
