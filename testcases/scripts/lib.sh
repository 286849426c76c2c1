# SPDX-License-Identifier: GPL-2.0-only
# Helpers of the script tests: sourced by each testcases/scripts/*.sh, which
# runs in its own empty folder $T with MN_ROOT_DIR pointing at the project.
set -u
R=$MN_ROOT_DIR
S=$R/scripts
export GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@localhost
export GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=tester@localhost

fail() { echo "FAILED: $*" >&2; exit 1; }

# mk_tree DIR: a git repository holding the example tree, one commit.
mk_tree() {
	cp -R "$R/testcases/example-tree" "$1" &&
	git -C "$1" init -q &&
	git -C "$1" config user.name Tester &&
	git -C "$1" config user.email tester@localhost &&
	git -C "$1" add -A &&
	git -C "$1" commit -q -m "example tree" || fail "cannot build a test tree in $1"
}

# expect_error PATTERN CMD...: CMD fails (non-zero), prints one stderr line
# matching PATTERN.
expect_error() {
	pat=$1
	shift
	if "$@" >"$T/expect.out" 2>"$T/expect.err"; then
		fail "expected a failure from: $*"
	fi
	[ "$(grep -c . "$T/expect.err")" -eq 1 ] || { cat "$T/expect.err" >&2; fail "expected a one-line error from: $*"; }
	grep -q -e "$pat" "$T/expect.err" || { cat "$T/expect.err" >&2; fail "error does not match '$pat': $*"; }
}

# tree_state DIR: HEAD plus the status, to prove a tree was not touched.
tree_state() {
	git -C "$1" rev-parse HEAD
	git -C "$1" status --porcelain --untracked-files=all
	git -C "$1" diff
}

# mk_project DIR [SERIES]: a copy of the project's scripts with the
# test-only steps of testcases/scripts/steps as its cocci/ (SERIES names
# the series file to use, default "series").
mk_project() {
	mkdir -p "$1/cocci" && cp -R "$S" "$1/scripts" &&
	cp "$R/cocci/kernel-macros.h" "$R"/testcases/scripts/steps/*.cocci "$1/cocci/" &&
	cp "$R/testcases/scripts/steps/${2:-series}" "$1/cocci/series" ||
		fail "cannot build a test project in $1"
}

# mk_kbuild ROOT VERSION [FLAVOUR]: a kernel build of Debian's
# linux-headers layout at VERSION (like 6.1), made from the test headers:
# ROOT/usr/src/linux-headers-<v>.0-1-common holds the sources (a Makefile
# with VERSION and PATCHLEVEL, include/ with the API headers at VERSION),
# ROOT/usr/src/linux-headers-<v>.0-1-<flavour> the build folder (.config,
# Module.symvers, include/generated, include/config/kernel.release and a
# Makefile that only includes the -common one, no VERSION line), and
# ROOT/lib/modules/<v>.0-1-<flavour>/build links to it.  The -common
# Makefile is a stand-in for kbuild's that really builds an external
# module: `make -C <build> M=<dir>` compiles the objects the module's
# Kbuild (else its Makefile) lists, with gcc against include/, and fails
# with gcc's file:line errors; it records each command in a .cmd file and
# runs $(CHECK) with C=2, as kbuild does.  Prints the build folder.
mk_kbuild() {
	mk_r=$1 mk_v=$2 mk_f=${3:-amd64}
	mk_rel=$mk_v.0-1-$mk_f
	mk_c=$mk_r/usr/src/linux-headers-$mk_v.0-1-common
	mk_b=$mk_r/usr/src/linux-headers-$mk_rel
	mkdir -p "$mk_c" "$mk_b/include/generated" "$mk_b/include/config" \
		"$mk_b/arch/x86/include/generated" "$mk_r/lib/modules/$mk_rel" || fail "cannot create $mk_r"
	mk_c=$(cd "$mk_c" && pwd -P) mk_b=$(cd "$mk_b" && pwd -P)
	cp -R "$R/testcases/include" "$mk_c/include" || fail "cannot copy the test headers"
	mk_kv="KERNEL_VERSION($(echo "$mk_v" | sed 's/\./,/'),0)"
	for mk_h in mmu_notifier migrate memremap; do
		api_header_at "$R/testcases/include/linux/$mk_h.h" "$mk_v" >"$mk_c/include/linux/$mk_h.h" ||
			fail "cannot preprocess $mk_h.h at $mk_v"
	done
	printf '#define KERNEL_VERSION(a, b, c) (((a) << 16) + ((b) << 8) + ((c) > 255 ? 255 : (c)))\n#define LINUX_VERSION_CODE %s\n' \
		"$mk_kv" >"$mk_c/include/linux/version.h"
	cat >"$mk_c/Makefile" <<MKEOF
# A stand-in for kbuild's top Makefile (external modules only).
VERSION = ${mk_v%%.*}
PATCHLEVEL = ${mk_v#*.}
SUBLEVEL = 0
EXTRAVERSION =
fake_src := \$(patsubst %/,%,\$(dir \$(lastword \$(MAKEFILE_LIST))))
ifeq (\$(M),)
\$(error this stand-in of kbuild builds external modules only: give M=)
endif
KERNELRELEASE := $mk_rel
.DEFAULT_GOAL := modules
ifneq (\$(wildcard \$(M)/Kbuild),)
include \$(M)/Kbuild
else
include \$(M)/Makefile
endif
mods := \$(obj-m:.o=)
objs := \$(foreach m,\$(mods),\$(if \$(\$(m)-y)\$(\$(m)-objs),\$(\$(m)-y) \$(\$(m)-objs),\$(m).o))
.PHONY: modules
modules: \$(addprefix \$(M)/,\$(objs))
	@echo "  MODPOST \$(M)/Module.symvers"
c_flags = -Wall -Werror=implicit-function-declaration -nostdinc -I\$(fake_src)/include -D__KERNEL__ \
	-DKBUILD_MODNAME='"\$(basename \$(notdir \$@))"'
# Like kbuild: the command in .<object>.cmd, and with C=2 the checker run
# on every source as \$(CHECK) \$(CHECKFLAGS) \$(c_flags) <source>.
\$(M)/%.o: \$(M)/%.c
	@echo "  CC [M]  \$@"
	@gcc -c \$(c_flags) -o \$@ \$<
	\$(file >\$(dir \$@).\$(notdir \$@).cmd,cmd_\$@ := gcc \$(c_flags) -c -o \$@ \$<)
	\$(if \$(filter 2,\$(C)),@\$(CHECK) -D__linux__ -Dlinux \$(c_flags) \$<)
MKEOF
	echo "include $mk_c/Makefile" >"$mk_b/Makefile"
	printf 'CONFIG_MMU=y\nCONFIG_MMU_NOTIFIER=y\nCONFIG_X86_64=y\nCONFIG_X86=y\n' >"$mk_b/.config"
	printf '#define CONFIG_MMU 1\n#define CONFIG_MMU_NOTIFIER 1\n#define CONFIG_X86_64 1\n#define CONFIG_X86 1\n' \
		>"$mk_b/include/generated/autoconf.h"
	printf '#define UTS_RELEASE "%s"\n' "$mk_rel" >"$mk_b/include/generated/utsrelease.h"
	echo "$mk_v.0" >"$mk_b/include/config/kernel.release"
	: >"$mk_b/Module.symvers"
	ln -s "$mk_b" "$mk_r/lib/modules/$mk_rel/build"
	echo "$mk_b"
}

# api_header_at HEADER VERSION: the test header HEADER as a kernel at
# VERSION ships it: its LINUX_VERSION_CODE tests decided, its own macros
# and #include lines kept, under an include guard.
api_header_at() {
	ah_g=MK_$(basename "$1" .h | tr 'a-z' 'A-Z')_AT_H
	ah_kv="KERNEL_VERSION($(echo "$2" | sed 's/\./,/'),0)"
	printf '#ifndef %s\n#define %s\n' "$ah_g" "$ah_g"
	sed -n '/^[ \t]*#[ \t]*include/p' "$1"
	sed '/^[ \t]*#[ \t]*include/d' "$1" |
		gcc -E -dD -nostdinc -DLINUX_VERSION_CODE="$ah_kv" \
			-D'KERNEL_VERSION(a,b,c)=(((a) << 16) + ((b) << 8) + (c))' - |
		awk '/^# [0-9]+ "/ { mine = ($3 == "\"<stdin>\""); next } mine' || return 1
	printf '#endif\n'
}
