#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Provide sparse 0.6.4's library and headers in BUILD/sparse: from SPARSE_SRC
# when given, else from Debian's source package fetched through a private apt
# state.  Sparse promises no stable library interface, so the version is
# pinned and the checker links statically against this exact build.
#
# Usage: mk/libsparse.sh BUILD [SPARSE_SRC]
set -u

die() { echo "libsparse: $*" >&2; exit 1; }
want=0.6.4

build=${1:?usage: libsparse.sh BUILD [SPARSE_SRC]}
src=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$build" || die "cannot create $build"
build=$(cd "$build" && pwd)

version_of() { sed -n 's/^VERSION=//p' "$1/Makefile" 2>/dev/null; }

if [ -n "$src" ]; then
	[ -f "$src/lib.h" ] && [ -f "$src/Makefile" ] ||
		die "SPARSE_SRC=$src is not a sparse source tree (no lib.h/Makefile)"
	v=$(version_of "$src")
	[ "$v" = "$want" ] || die "SPARSE_SRC=$src is sparse '$v', this checker needs $want"
	src=$(cd "$src" && pwd)
else
	src=$build/sparse-$want
	if [ ! -f "$src/lib.h" ]; then
		codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
		[ -n "$codename" ] || die "no VERSION_CODENAME in /etc/os-release; give SPARSE_SRC=<sparse $want source>"
		dl=$build/sparse-download
		rm -rf "$dl" && mkdir -p "$dl" || die "cannot create $dl"
		(cd "$dl" && sh "$here/apt-private.sh" "$build/apt" "$codename" deb-src \
			source sparse >"$dl/log" 2>&1) ||
			die "apt-get source sparse failed (see $dl/log); or give SPARSE_SRC=<sparse $want source>"
		v=$(version_of "$dl/sparse-$want")
		[ "$v" = "$want" ] || die "the archive serves sparse '$(ls "$dl" | sed -n 's/^sparse-\([0-9.]*\)$/\1/p')', not $want; give SPARSE_SRC=<sparse $want source>"
		rm -rf "$src" && mv "$dl/sparse-$want" "$src" || die "cannot move the source into $src"
		rm -rf "$dl"
	fi
fi

# Build in the source tree (sparse has no out-of-tree build); a user's
# SPARSE_SRC is only written to by sparse's own make.  CC is ours: Debian's
# patch pins gcc-12, which other hosts may lack.
make -s -C "$src" CC="${CC:-gcc}" CFLAGS="-O2 -g" libsparse.a >"$build/libsparse.log" 2>&1 ||
	die "building libsparse.a failed (see $build/libsparse.log)"
rm -f "$build/sparse"
ln -s "$src" "$build/sparse" || die "cannot link $build/sparse"
exit 0
