#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# The host packages a configured kernel build needs (kernel-test only: the
# checker through kbuild, the build proof): flex, bison, bc, libelf-dev,
# libssl-dev.  Installed as make deps installs (Debian, as root), else the
# exact apt-get line is printed and the script fails.
#
# Usage: mk/kbuild-deps.sh
set -u
kpkgs="flex bison bc libelf-dev libssl-dev"
if command -v flex >/dev/null 2>&1 && command -v bison >/dev/null 2>&1 &&
   command -v bc >/dev/null 2>&1 && [ -f /usr/include/libelf.h ] &&
   [ -f /usr/include/openssl/ssl.h ]; then
	exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "kbuild-deps: installing $kpkgs" >&2
	# shellcheck disable=SC2086
	{ apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $kpkgs; } >/dev/null ||
		{ echo "kbuild-deps: apt-get install $kpkgs failed" >&2; exit 1; }
	exit 0
fi
echo "kbuild-deps: host packages missing; as root run: apt-get install -y $kpkgs" >&2
exit 1
