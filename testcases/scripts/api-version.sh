# SPDX-License-Identifier: GPL-2.0-only
# TO=auto reads the tree's own API headers.
. "$MN_ROOT_DIR/testcases/scripts/lib.sh"
MN_PROG=test MN_HERE=$S
. "$S/mn-lib.sh"
mn_find_root

[ "$(tree_api_version "$R/testcases/example-tree")" = 4.19 ] || fail "example tree is not 4.19"

# Build minimal trees from the test headers at a few versions: the header
# preprocessed at that version is what such a kernel declares.
for v in 5.0 5.2 5.4 5.9 5.14 5.16 6.3 6.6 6.10; do
	mkdir -p "k$v/include/linux"
	kv="KERNEL_VERSION($(echo "$v" | sed 's/\./,/'),0)"
	for h in mmu_notifier migrate; do
		gcc -E -P -dD -nostdinc -I"$R/testcases/include" -DLINUX_VERSION_CODE="$kv" \
			"$R/testcases/include/linux/$h.h" >"k$v/include/linux/$h.h" ||
			fail "cannot preprocess $h.h at $v"
	done
	got=$(tree_api_version "k$v")
	[ "$got" = "$v" ] || fail "tree at $v read as $got"
done

[ "$(resolve_to 5.9 x)" = 5.9 ] || fail "explicit TO not kept"
( resolve_to auto "" ) 2>/dev/null && fail "TO=auto without a tree accepted"
version_le 5.9 5.14 || fail "5.9 <= 5.14"
version_le 5.14 5.9 && fail "5.14 <= 5.9"
exit 0
