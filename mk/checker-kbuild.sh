#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Run a sparse-like CHECKER through kbuild (C=2, V=1) on the files of a
# configured kernel tree that use the APIs, and keep what kbuild ran:
#   WORK/files     the .c files (mmu_notifier, mmu_interval, migrate_vma)
#   WORK/objects   the objects kbuild builds them as
#   WORK/kbuild.log  kbuild's output (the checker's findings are in it)
#   WORK/commands  the checker command lines, one per checked file, to be
#                  run again from BUILD (kernel-test timing, make bench)
# Shared by mk/kernel-test-checker.sh and mk/bench.sh.
#
# Usage: sh mk/checker-kbuild.sh SRC BUILD WORK CHECKER [JOBS] [CF]
#   BUILD is the O= folder, SRC itself for an in-tree build; it must be
#   configured (BUILD/.config).
set -u

die() { echo "checker-kbuild: $*" >&2; exit 2; }

[ $# -ge 4 ] || die "usage: checker-kbuild.sh SRC BUILD WORK CHECKER [JOBS] [CF]"
src=$1 out=$2 work=$3 checker=$4
jobs=${5:-$(nproc 2>/dev/null || echo 2)}
cf=${6:-}
[ -f "$out/.config" ] || die "$out is not configured (no .config)"
mkdir -p "$work" || die "cannot create $work"

# The kernel's make gets none of the calling make's flags: `make -s bench`
# would reach it as -s, and kbuild would then print no command line.
kmake() {
	if [ "$out" = "$src" ]; then
		env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$src" "$@"
	else
		env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$src" O="$out" "$@"
	fi
}

kmake -j"$jobs" modules_prepare >"$work/prepare.log" 2>&1 ||
	die "modules_prepare failed (see $work/prepare.log)"

# The architecture kbuild builds for: files under other arch/ folders, and
# the drivers that only build there, cannot be checked.
arch=$(sed -n 's/^CONFIG_\(X86\|ARM64\|PPC\|RISCV\|S390\|ARM\)=y$/\1/p' "$out/.config" | head -n 1)
case $arch in
X86) sarch=x86 ;; ARM64) sarch=arm64 ;; PPC) sarch=powerpc ;;
RISCV) sarch=riscv ;; S390) sarch=s390 ;; ARM) sarch=arm ;; *) sarch=x86 ;;
esac
# Names NUL-separated; one holding a tab or a newline cannot be an object
# on a line and is left out.
(cd "$src" && { git grep -z -l -E 'mmu_notifier|mmu_interval|migrate_vma' -- '*.c' 2>/dev/null ||
	grep -rlZE 'mmu_notifier|mmu_interval|migrate_vma' --include='*.c' .; }) |
	grep -z -v -P '[\t\n]' | tr '\0' '\n' | sed 's|^\./||' | grep -v -e '^tools/' -e '^scripts/' |
	awk -v a="arch/$sarch/" 'index($0, "arch/") != 1 || index($0, a) == 1' |
	if [ "$sarch" = x86 ]; then
		# arm-smmu-v3 is arm64 only, ocxl powerpc only
		grep -v -e '^drivers/iommu/arm/' -e '^drivers/misc/ocxl/'
	else
		cat
	fi | sort >"$work/files"

# amdkfd is built from amdgpu's Makefile, as amdgpu/../amdkfd/*.o
sed -e 's|^drivers/gpu/drm/amd/amdkfd/|drivers/gpu/drm/amd/amdgpu/../amdkfd/|' \
	-e 's|\.c$|.o|' "$work/files" >"$work/objects"

# shellcheck disable=SC2046 # one object per word
kmake -k -j"$jobs" C=2 CHECK="$checker" CF="$cf" V=1 \
	$(cat "$work/objects") >"$work/kbuild.log" 2>&1

grep -F "$checker " "$work/kbuild.log" | sed 's/^[[:space:]]*//' |
	grep "^$checker " >"$work/commands"
[ -s "$work/commands" ] || die "kbuild ran $checker on no file (see $work/kbuild.log)"
exit 0
