#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Fetch and unpack Debian's kernel build for the real-tree tests: the
# linux-headers-<v>-amd64 package of bookworm's 6.1 kernel, with the
# linux-headers-<v>-common and linux-kbuild-6.1 packages it depends on,
# through a private apt state under KCACHE (never installed system-wide).
# The build folder's Makefile includes /usr/src/linux-headers-<v>-common;
# unpacked elsewhere, that line is pointed at the unpacked -common folder,
# the rest is as Debian installs it as /lib/modules/<v>/build.  Prints the
# build folder.
#
# Usage: mk/kernel-headers.sh KCACHE 6.1
set -u

die() { echo "kernel-headers: $*" >&2; exit 1; }
[ $# -eq 2 ] || die "usage: kernel-headers.sh KCACHE 6.1"
cache=$1 ver=$2
here=$(cd "$(dirname "$0")" && pwd)
case $ver in
6.1) codename=bookworm ;;
*) die "unknown kernel '$ver' (6.1)" ;;
esac
mkdir -p "$cache" || die "cannot create $cache"
cache=$(cd "$cache" && pwd)
dest=$cache/linux-headers-$ver
if [ -f "$dest/.unpacked" ]; then
	cat "$dest/.unpacked"
	exit 0
fi

dl=$cache/download-headers-$ver
rm -rf "$dl" && mkdir -p "$dl" || die "cannot create $dl"
apt_dl() {	# package...: download into $dl
	(cd "$dl" && sh "$here/apt-private.sh" "$cache/apt-$codename" "$codename" deb \
		download "$@" >>"$dl/log" 2>&1) ||
		die "cannot download $* from $codename (see $dl/log)"
}
# The metapackage names the current ABI's package: linux-headers-<abi>-amd64.
apt_dl linux-headers-amd64
meta=$(ls "$dl"/linux-headers-amd64_*.deb 2>/dev/null | head -n 1)
[ -n "$meta" ] || die "no linux-headers-amd64 .deb was downloaded (see $dl/log)"
pkg=$(dpkg-deb -f "$meta" Depends | tr ',' '\n' | sed -n 's/^ *\(linux-headers-[0-9][^ ]*-amd64\).*/\1/p' | head -n 1)
case $pkg in
linux-headers-"$ver".*-amd64) ;;
*) die "$codename's linux-headers-amd64 depends on '$pkg', not a $ver kernel" ;;
esac
apt_dl "$pkg"
deb=$(ls "$dl"/"$pkg"_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || die "no $pkg .deb was downloaded (see $dl/log)"
deps=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' |
	sed -n 's/^ *\(linux-headers-[^ ]*-common\|linux-kbuild-[0-9.]*\)\( .*\)\{0,1\}$/\1/p')
[ -n "$deps" ] || die "$pkg names no -common or linux-kbuild package"
# shellcheck disable=SC2086
apt_dl $deps
rm -rf "$dest.tmp" && mkdir -p "$dest.tmp" || die "cannot create $dest.tmp"
for d in "$dl"/*.deb; do
	[ "$d" = "$meta" ] && continue
	dpkg-deb -x "$d" "$dest.tmp" || die "cannot unpack $d"
done
abi=${pkg#linux-headers-}
build=usr/src/linux-headers-$abi
common=$(ls -d "$dest.tmp"/usr/src/linux-headers-*-common 2>/dev/null | head -n 1)
[ -d "$dest.tmp/$build" ] && [ -n "$common" ] || die "$pkg did not unpack into $build and a -common folder"
grep -q '^include /usr/src/linux-headers-.*-common/Makefile$' "$dest.tmp/$build/Makefile" ||
	die "$build/Makefile does not include the -common Makefile as expected"
rm -rf "$dest" || die "cannot remove $dest"
mv "$dest.tmp" "$dest" || die "cannot move $dest.tmp into place"
echo "include $dest/usr/src/$(basename "$common")/Makefile" >"$dest/$build/Makefile"
echo "$dest/$build" >"$dest/.unpacked"
rm -rf "$dl"
cat "$dest/.unpacked"
