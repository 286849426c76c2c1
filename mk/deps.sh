#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Find the host tools this project needs, by command, so that any distribution
# with them installed works.  On Debian, install what is missing when run as
# root; otherwise print the exact apt-get line and fail.
#
# Usage: mk/deps.sh
set -u

die() { echo "deps: $*" >&2; exit 1; }

# command:debian-package pairs.  ocamlopt is the OCaml compiler spatch needs
# to build @script:ocaml@ rules; Debian's coccinelle does not depend on it.
needs="spatch:coccinelle ocamlfind:ocaml-findlib ocamlopt:ocaml-nox sparse:sparse
git:git gcc:gcc make:make ar:binutils dpkg-source:dpkg-dev"

missing_pkgs=
missing_cmds=
for pair in $needs; do
	cmd=${pair%%:*}
	pkg=${pair#*:}
	command -v "$cmd" >/dev/null 2>&1 && continue
	missing_cmds="$missing_cmds $cmd"
	missing_pkgs="$missing_pkgs $pkg"
done

if [ -n "$missing_pkgs" ]; then
	line="apt-get install -y$missing_pkgs"
	if ! command -v apt-get >/dev/null 2>&1; then
		die "missing commands:$missing_cmds; install them with your distribution's packages"
	fi
	if [ "$(id -u)" != 0 ]; then
		die "missing commands:$missing_cmds; as root run: apt-get update && $line"
	fi
	echo "deps: installing$missing_pkgs" >&2
	DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null ||
		die "apt-get update failed"
	DEBIAN_FRONTEND=noninteractive $line -q >/dev/null ||
		die "'$line' failed"
	for cmd in $missing_cmds; do
		command -v "$cmd" >/dev/null 2>&1 || die "$cmd still missing after: $line"
	done
fi

# A native spatch compiles @script:ocaml@ rules with ocamlopt at run time and
# dynlinks them: the compiler must be the OCaml spatch was built with.
sp_ocaml=$(spatch --version 2>/dev/null | sed -n 's/.*compiled with OCaml version \([0-9.]*\).*/\1/p')
host_ocaml=$(ocamlopt -version 2>/dev/null)
if [ -n "$sp_ocaml" ] && [ "$sp_ocaml" != "$host_ocaml" ]; then
	die "spatch was built with OCaml $sp_ocaml but ocamlopt is $host_ocaml; install the matching compiler"
fi
spatch --version 2>/dev/null | grep -q 'OCaml scripting support: yes' ||
	die "this spatch has no OCaml scripting support; report and org modes need it"
exit 0
