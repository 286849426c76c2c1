#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Fetch and unpack a Debian kernel source tree for the real-tree tests:
# linux-source-6.1 (bookworm) or linux-source-5.10 (bullseye), through a
# private apt state under KCACHE.  Prints the unpacked tree's path.  Kept
# read-only by convention: tests copy or `git worktree` it before writing.
#
# Usage: mk/kernel-src.sh KCACHE 6.1|5.10
set -u

die() { echo "kernel-src: $*" >&2; exit 1; }
[ $# -eq 2 ] || die "usage: kernel-src.sh KCACHE 6.1|5.10"
cache=$1 ver=$2
here=$(cd "$(dirname "$0")" && pwd)
case $ver in
6.1) codename=bookworm ;;
5.10) codename=bullseye ;;
*) die "unknown kernel '$ver' (6.1 or 5.10)" ;;
esac
mkdir -p "$cache" || die "cannot create $cache"
cache=$(cd "$cache" && pwd)
tree=$cache/linux-source-$ver
# The trees are git repositories of their own with one commit: git grep
# prefilters, and tests write on clones or worktrees, never on the tree
# itself.  A cache inside a checkout (the default, build/kcache) sits in
# the checkout's repository, where the tree is an ignored folder: a HEAD
# found there is not the tree's.
make_git() {
	if [ "$(git -C "$1" rev-parse --show-toplevel 2>/dev/null)" = "$(cd "$1" && pwd -P)" ] &&
	   git -C "$1" rev-parse -q --verify HEAD >/dev/null 2>&1; then
		return 0
	fi
	rm -rf "$1/.git"
	git -C "$1" init -q &&
	# -f: Debian's tarball ends its .gitignore with "/*".
	git -C "$1" add -A -f &&
	git -C "$1" -c user.name=mnmigrate -c user.email=mnmigrate@localhost \
		commit -q -m "Debian $(cat "$1/.unpacked")" ||
		die "cannot make a git repository of $1"
}

if [ -f "$tree/Makefile" ] && [ -f "$tree/.unpacked" ]; then
	make_git "$tree"
	echo "$tree"
	exit 0
fi

pkg=linux-source-$ver
dl=$cache/download-$ver
rm -rf "$dl" && mkdir -p "$dl" || die "cannot create $dl"
(cd "$dl" && sh "$here/apt-private.sh" "$cache/apt-$codename" "$codename" deb \
	download "$pkg" >"$dl/log" 2>&1) ||
	die "cannot download $pkg from $codename (see $dl/log): the archive may no longer serve it"
deb=$(ls "$dl"/"$pkg"_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || die "no $pkg .deb was downloaded (see $dl/log)"
dpkg-deb -x "$deb" "$dl/x" || die "cannot unpack $deb"
tarball=$(ls "$dl"/x/usr/src/linux-source-"$ver".tar.* 2>/dev/null | head -n 1)
[ -n "$tarball" ] || die "$deb holds no linux-source-$ver tarball"
rm -rf "$tree.tmp" && mkdir -p "$tree.tmp" || die "cannot create $tree.tmp"
tar -xf "$tarball" -C "$tree.tmp" --strip-components=1 || die "cannot untar $tarball"
echo "$(basename "$deb")" >"$tree.tmp/.unpacked"
make_git "$tree.tmp"
rm -rf "$tree" && mv "$tree.tmp" "$tree" || die "cannot move the tree into place"
rm -rf "$dl"
echo "$tree"
