#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# The build proof (make build-proof, and part of make kernel-test): does
# the series give code that builds at the API it converts to?  For each
# version that testcases/kernel/core/<tree>/<version>.patch turns Debian's
# <tree> into (6.3, 6.6, 6.10 on 6.1; 5.14, 5.16 on 5.10), on one git copy
# of the tree with one configured O= folder (x86_64):
#  1. the probes of testcases/kernel/core/probes: one per old form the core
#     patches remove; each compiles against the unpatched tree, and fails
#     once the core patch of its version is in (newer ones still compile);
#  2. the objects of the files that use the APIs, of the files that
#     directly include an API header the core patches change, and of the
#     files they change, built on the unpatched tree: the warning baseline;
#  3. the core patches up to the version applied, as one commit: the
#     unconverted tree must fail to build (its errors are counted);
#  4. make series TO=<version> on the copy, and the objects built again:
#     pass when nothing fails, no warning appears that the baseline lacks,
#     and every site the series leaves for a human is in its cover letter.
# Versions are switched with git reset --hard; kbuild rebuilds what
# changed.  On 5.10 it then scores the statements the 5.14 and 5.16 steps
# wrote against the statements Debian's 6.1 holds in the same functions.
# Logs stay in KCACHE/proof/logs-<tree>.  One line per version:
#   build-proof <version>: <n> objects, unconverted <n> errors, converted <m> errors, <left> sites left for a human
#
# Usage: mk/build-proof.sh KCACHE [VERSION...]   (J= make jobs, default 2)
#        mk/build-proof.sh --check-probes   only: every old= form of cocci/series
#        at a version of a core patch has its probe (no kernel needed)
set -u
MN_PROG=build-proof
MN_HERE=$(cd "$(dirname "$0")/../scripts" && pwd)
. "$MN_HERE/mn-lib.sh"
mn_find_root

here=$MN_ROOT/mk
core=$MN_ROOT/testcases/kernel/core
fragment=$MN_ROOT/testcases/kernel/proof/config
jobs=${J:-2}

pass=0 fail=0
ok() { echo "PASS $*"; pass=$((pass + 1)); }
ko() { echo "FAIL $*"; fail=$((fail + 1)); }

# The kernel's make gets none of the calling make's flags.
kmake() {	# tree-copy build-folder make-arguments...
	km_s=$1 km_o=$2
	shift 2
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$km_s" O="$km_o" "$@"
}

# Configure BUILD from x86_64's defconfig and the fragment, once per
# fragment; name every option the tree's Kconfig did not keep.
configure() {	# copy build tree
	cf_stamp=$2/.mn-proof-config
	if [ -f "$2/.config" ] && cmp -s "$fragment" "$cf_stamp"; then
		return 0
	fi
	rm -f "$cf_stamp"
	echo "  CONFIG  x86_64_defconfig + $(grep -c '^[A-Z]' "$fragment") options ($2)"
	kmake "$1" "$2" x86_64_defconfig >"$logs/config-$3.log" 2>&1 ||
		die "defconfig failed on $3 (see $logs/config-$3.log)"
	grep '^[A-Z]' "$fragment" | while IFS='=' read -r k v; do
		case $v in
		y) "$1/scripts/config" --file "$2/.config" -e "$k" ;;
		m) "$1/scripts/config" --file "$2/.config" -m "$k" ;;
		n) "$1/scripts/config" --file "$2/.config" -d "$k" ;;
		esac
	done
	kmake "$1" "$2" olddefconfig >>"$logs/config-$3.log" 2>&1 ||
		die "olddefconfig failed on $3 (see $logs/config-$3.log)"
	grep '^[A-Z]' "$fragment" | while IFS='=' read -r k v; do
		got=$(grep -E "^CONFIG_$k=" "$2/.config" | cut -d= -f2)
		[ "${got:-n}" = "$v" ] || echo "  CONFIG  $3: $k=$v not kept (${got:-n}): its drivers are built as the tree's Kconfig allows"
	done
	cp "$fragment" "$cf_stamp"
}

# The .c files of the tree the proof builds (paths relative to it): those
# that use the APIs (kernel-test's list, mk/checker-kbuild.sh), those
# that directly include an API header a core patch of the tree changes,
# and those the core patches change; x86_64's only.
# tree_grep DIR GREP-ARGS...: the .c files of DIR that git grep -l finds,
# one a line; a name holding a tab or a newline (a tree's names are
# untrusted, and these lists go by line) is left out, never split.
tree_grep() {
	tg_d=$1
	shift
	git -C "$tg_d" grep -z -l "$@" -- '*.c' | grep -z -v -P '[\t\n]' | tr '\0' '\n'
}

proof_files() {	# copy tree
	{
		tree_grep "$1" -E 'mmu_notifier|mmu_interval|migrate_vma'
		for h in $(cat "$core/$2"/*.patch | sed -n 's|^+++ b/include/linux/\(.*\.h\)$|\1|p' | sort -u); do
			tree_grep "$1" -F "#include <linux/$h>"
		done
		cat "$core/$2"/*.patch | sed -n 's|^+++ b/\(.*\.c\)$|\1|p'
	} | grep -v -e '^tools/' -e '^scripts/' -e '^samples/' -e '^Documentation/' |
		awk 'index($0, "arch/") != 1 || index($0, "arch/x86/") == 1' |
		grep -v -e '^drivers/iommu/arm/' -e '^drivers/misc/ocxl/' | LC_ALL=C sort -u
}
# The kbuild target of a .c file: amdkfd is built from amdgpu's Makefile,
# virt/kvm from x86's kvm one (with its flags; as virt/kvm/*.o kbuild
# would build it as a plain built-in object, or not at all).
to_objects() {
	sed -e 's|^drivers/gpu/drm/amd/amdkfd/|drivers/gpu/drm/amd/amdgpu/../amdkfd/|' \
	    -e 's|^virt/kvm/|arch/x86/kvm/../../../virt/kvm/|' -e 's|\.c$|.o|'
}

# build COPY BUILD OBJLIST LOG [PREV]: build the objects (-k); print the
# number of compiler errors.  LOG.err gets the errors as they are,
# LOG.warn the warnings of the tree as it now is, as "file: text" (no
# line numbers: a conversion moves lines): those this build printed, and
# those PREV.warn (the build before) holds for every .c file make did
# not compile again (unchanged, so its warnings are unchanged too).  A
# warning in a header is not carried: which unit printed it is not known
# (a recompiled unit that includes the header prints it again).
build() {
	# shellcheck disable=SC2046 # one object per word
	kmake "$1" "$2" -k -j"$jobs" $(cat "$3") >"$4" 2>&1
	# Paths as in the tree: gcc names sources by their absolute path, and
	# kvm's as arch/x86/kvm/../../../virt/kvm/ (a/b/../c is a/c).
	sed -E -e "s|^$1/||" -e "s|^\\.\\./[^/]*/||" \
		-e ':a' -e 's#^(([^ :/]+/)*)[^ :/.][^ :/]*/\.\./#\1#' -e 'ta' "$4" >"$4.rel"
	grep -E '^[^ :]+:[0-9]+:[0-9]+: (fatal )?error: ' "$4.rel" >"$4.err"
	# The sources make compiled, as tree paths (a/b/../c.o is a/c.c).
	awk '$1 == "CC" { o = $NF; while (sub(/[^\/]+\/\.\.\//, "", o)) ; sub(/\.o$/, ".c", o); print o }' "$4" |
		LC_ALL=C sort -u >"$4.compiled"
	{
		sed -n -E 's/^([^ :]+):[0-9]+:[0-9]+: warning: (.*)$/\1: \2/p' "$4.rel"
		[ -z "${5:-}" ] || awk 'NR == FNR { c[$0]; next } { f = $0; sub(/: .*/, "", f) } f ~ /\.c$/ && !(f in c)' \
			"$4.compiled" "$5.warn"
	} | LC_ALL=C sort >"$4.warn"
	grep -c . "$4.err"
}

# probes COPY BUILD TREE VERSION: compile every probe of TREE's versions;
# VERSION "base": all must compile; else those of VERSION and older must
# fail and the newer ones compile.  Prints what is wrong, false then.
probes() {
	pd=$logs/probes-$3-$4
	rm -rf "$pd" && mkdir -p "$pd" || die "cannot create $pd"
	awk '{ print $2 }' "$logs/tree-versions" >"$pd/versions"
	grep -v -e '^#' -e '^$' "$core/probes" |
	awk -F '\t' -v vs="$pd/versions" '
		BEGIN { while ((getline v < vs) > 0) want[v] }
		$1 in want' >"$pd/list"
	[ -s "$pd/list" ] || { echo "no probe for $3's versions in $core/probes"; return 1; }
	n=0
	: >"$pd/objects"
	while IFS='	' read -r pv pf pbody; do
		n=$((n + 1))
		cat >"$pd/p$n.c" <<EOF
// SPDX-License-Identifier: GPL-2.0-only
/* $pv: $pf */
#include <linux/module.h>
#include <linux/mm.h>
#include <linux/mmu_notifier.h>
#include <linux/migrate.h>

void mn_probe(struct mmu_notifier_range *r, struct vm_area_struct *vma,
	      struct mm_struct *mm, struct mmu_notifier *mn, pte_t *ptep,
	      pte_t pte, pmd_t *pmdp, pud_t *pudp, unsigned long *pfn);
void mn_probe(struct mmu_notifier_range *r, struct vm_area_struct *vma,
	      struct mm_struct *mm, struct mmu_notifier *mn, pte_t *ptep,
	      pte_t pte, pmd_t *pmdp, pud_t *pudp, unsigned long *pfn)
{
	$pbody
}
MODULE_LICENSE("GPL");
EOF
		echo "p$n.o" >>"$pd/objects"
	done <"$pd/list"
	echo "obj-m := $(paste -s -d ' ' "$pd/objects")" >"$pd/Kbuild"
	# shellcheck disable=SC2046
	kmake "$1" "$2" M="$pd" -k $(cat "$pd/objects") >"$pd/log" 2>&1
	n=0 pr_st=0
	while IFS='	' read -r pv pf pbody; do
		n=$((n + 1))
		if [ "$4" = base ] || ! version_le "$pv" "$4"; then
			[ -f "$pd/p$n.o" ] || { echo "probe $pv $pf does not compile against $3${4#base}:"; grep -A3 "p$n.c:.*error" "$pd/log" | head -n 4; pr_st=1; }
		else
			[ -f "$pd/p$n.o" ] && { echo "probe $pv $pf still compiles with the $4 core patch"; pr_st=1; }
		fi
	done <"$pd/list"
	[ $pr_st -eq 0 ] && echo "$n probes as expected" >"$pd/result"
	return $pr_st
}

# probe_coverage VERSIONS: every old= form cocci/series states for a step
# of a version of VERSIONS ("tree version" lines) has its probe; one line
# per form without, false then.
probe_coverage() {
	series_steps | while read -r v f; do
		awk -v v="$v" '$2 == v' "$1" | grep -q . || continue
		for form in $(step_fact "$f" old); do
			form=${form%%:*}
			form=${form%%@*}
			awk -F '\t' -v v="$v" -v f="$form" '$1 == v && $2 == f' "$core/probes" | grep -q . ||
				echo "no probe for the old form $form of ${f%.cocci} ($v) in $core/probes"
		done
	done | awk '{ print } END { exit NR > 0 }'
}

# "tree version" of every core patch, in version order.
core_versions() {
	for p in "$core"/*/*.patch; do
		[ -f "$p" ] || continue
		t=${p%/*}
		v=${p##*/}
		echo "${t##*/} ${v%.patch}"
	done | sort -k 2 -V
}

if [ "${1:-}" = --check-probes ]; then
	core_versions >"${TMPDIR:-/tmp}/build-proof.$$"
	probe_coverage "${TMPDIR:-/tmp}/build-proof.$$"
	st=$?
	rm -f "${TMPDIR:-/tmp}/build-proof.$$"
	exit $st
fi
cache=${1:?usage: build-proof.sh KCACHE [VERSION...]}
shift
mkdir -p "$cache/proof" || die "cannot create $cache/proof"
cache=$(cd "$cache" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/build-proof.XXXXXX") || die "cannot create a temporary folder"
trap 'rm -rf "$work"' EXIT
t_start=$(date +%s)

sh "$here/kbuild-deps.sh" || exit 1

core_versions >"$work/all-versions"
[ -s "$work/all-versions" ] || die "no core patch in $core"
if [ $# -gt 0 ]; then
	for v in "$@"; do
		awk -v v="$v" '$2 == v' "$work/all-versions" | grep -q . ||
			die "no core patch for $v (have: $(awk '{ print $2 }' "$work/all-versions" | paste -s -d ' '))"
	done
	printf '%s\n' "$@" | awk 'NR == FNR { want[$1]; next } $2 in want' - "$work/all-versions" >"$work/versions"
else
	cp "$work/all-versions" "$work/versions"
fi

# The sites the series left for a human, as its cover letter lists them.
cover_left() {	# cover-letter
	awk '/^Left for a human/ { on = 1; next } on && /^$/ { exit } on { sub(/^  /, ""); print }' "$1"
}

# score COPY T61 VERSION STEP: each run of lines the STEP commit added, in
# function FN of FILE, must stand (white space aside) in FN of the same
# file of Debian's 6.1 tree, or of the 6.1 file that defines FN.
score() {
	sc_c=$(git -C "$1" log --format='%H %s' | awk -v s="$(step_header "$MN_COCCI/$4.cocci" | head -n 1)" '
		{ h = $1; sub(/^[^ ]* /, "") } $0 == s { print h; exit }')
	if [ -z "$sc_c" ]; then
		echo "build-proof score $3 ($4): the series made no $4 commit"
		return 1
	fi
	git -C "$1" show --format= -U1 "$sc_c" | awk '
		function flush() { if (h != "") print f "\t" fn "\t" h; h = "" }
		/^\+\+\+ / { flush(); f = substr($2, 3); next }
		/^@@/ { flush(); fn = $0; sub(/^@@[^@]*@@ */, "", fn); sub(/\(.*/, "", fn)
			n = split(fn, w, /[ *]+/); fn = w[n]; next }
		/^\+/ { h = h substr($0, 2) " "; next }
		{ flush() }
		END { flush() }' >"$logs/score-$4.sites"
	: >"$logs/score-$4.miss"
	sc_n=0 sc_m=0
	while IFS='	' read -r f fn text; do
		sc_n=$((sc_n + 1))
		in61=$f
		if ! body "$2/$f" "$fn" | grep -q .; then
			in61=$(tree_grep "$2" -E "^[a-z].*[ *]$fn\\(" | head -n 1)
		fi
		want=$(printf '%s' "$text" | tr -d ' \t\n')
		if [ -n "$in61" ] && body "$2/$in61" "$fn" | grep -q -F -- "$want"; then
			sc_m=$((sc_m + 1))
		else
			printf '  %s %s: %s (not in 6.1 %s)\n' "$f" "$fn" "$text" "${in61:-(no such function)}" >>"$logs/score-$4.miss"
		fi
	done <"$logs/score-$4.sites"
	echo "build-proof score $3 ($4) on 5.10: $sc_m/$sc_n statements as Debian's 6.1 has them"
	cat "$logs/score-$4.miss"
}
# The body of function FN in FILE, all white space removed.
body() {
	[ -f "$1" ] || return 0
	awk -v fn="$2" '
		!inside && $0 ~ ("(^|[ *])" fn "\\(") && $0 !~ /;[ \t]*$/ && $0 !~ /^[ \t]/ { inside = 1 }
		inside { print }
		inside && /^}/ { exit }' "$1" | tr -d ' \t\n'
}

for tree in $(awk '{ print $1 }' "$work/versions" | uniq); do
	# One log folder per tree: runs on the two trees may go side by side.
	logs=$cache/proof/logs-$tree
	rm -rf "$logs" && mkdir -p "$logs" || die "cannot create $logs"
	awk -v t="$tree" '$1 == t' "$work/all-versions" >"$logs/tree-versions"
	src=$(sh "$here/kernel-src.sh" "$cache" "$tree") || exit 1
	copy=$cache/proof/$tree
	out=$cache/proof/build-$tree
	base=$(git -C "$src" rev-parse HEAD) || die "$src is not a git repository"
	# Its own repository: in a cache inside a checkout, a folder that is
	# not one would find the checkout's, and reset that.
	if ! mn_is_git_top "$copy" || ! git -C "$copy" rev-parse -q --verify HEAD >/dev/null 2>&1; then
		rm -rf "$copy"
		git clone -q --shared "$src" "$copy" || die "cannot clone $src"
	fi
	git -C "$copy" config user.name "Build Proof"
	git -C "$copy" config user.email build-proof@localhost
	git -C "$copy" reset -q --hard "$base" && git -C "$copy" clean -q -f -d -x ||
		die "cannot reset $copy to $base"
	mkdir -p "$out"
	configure "$copy" "$out" "$tree"
	kmake "$copy" "$out" -j"$jobs" modules_prepare >"$logs/prepare-$tree.log" 2>&1 ||
		die "modules_prepare failed on $tree (see $logs/prepare-$tree.log)"

	probe_coverage "$logs/tree-versions" || ko "$tree: probes missing"
	if probes "$copy" "$out" "$tree" base; then
		ok "$tree: every probe compiles against the unpatched tree"
	else
		ko "$tree: probes against the unpatched tree"
	fi

	proof_files "$copy" "$tree" >"$logs/files-$tree"
	to_objects <"$logs/files-$tree" >"$logs/objects-$tree.all"
	t0=$(date +%s)
	# Every object compiles in the baseline: its warnings are all printed.
	(cd "$out" && xargs -r -d '\n' rm -f --) <"$logs/objects-$tree.all"
	build "$copy" "$out" "$logs/objects-$tree.all" "$logs/baseline-$tree.log" >/dev/null
	# What the config does not build is named and left out.
	: >"$logs/objects-$tree"
	while IFS= read -r o; do
		if [ -f "$out/$o" ]; then
			echo "$o" >>"$logs/objects-$tree"
		else
			echo "  SKIP    $tree: $o is not built with the proof's config (x86_64)"
		fi
	done <"$logs/objects-$tree.all"
	nobj=$(grep -c . "$logs/objects-$tree")
	echo "  BASE    $tree: $nobj objects, $(grep -c . "$logs/baseline-$tree.log.warn") warnings, $(($(date +%s) - t0))s"

	for v in $(awk -v t="$tree" '$1 == t { print $2 }' "$work/versions"); do
		t0=$(date +%s)
		git -C "$copy" reset -q --hard "$base" && git -C "$copy" clean -q -f -d -x ||
			die "cannot reset $copy to $base"
		for p in $(awk -v v="$v" '{ print $2 }' "$logs/tree-versions"); do
			version_le "$p" "$v" || continue
			git -C "$copy" apply --index "$core/$tree/$p.patch" ||
				die "the $p core patch does not apply to $tree"
		done
		git -C "$copy" commit -q -m "core: the Linux $v API (build proof)" ||
			die "cannot commit the $v core patches"
		if probes "$copy" "$out" "$tree" "$v" >"$logs/probes-$v.out"; then
			ok "$v: $(cat "$logs/probes-$tree-$v/result")"
		else
			ko "$v: probes"
			sed 's/^/    /' "$logs/probes-$v.out"
		fi
		unconv=$(build "$copy" "$out" "$logs/objects-$tree" "$logs/unconverted-$v.log" \
			"$logs/baseline-$tree.log")
		t1=$(date +%s)
		rm -rf "$logs/series-$v"
		sh "$MN_ROOT/scripts/apply-series" --kdir="$copy" --to="$v" --out="$logs/series-$v" \
			--jobs="$jobs" >"$logs/series-$v.out" 2>"$logs/series-$v.err"
		sst=$?
		t2=$(date +%s)
		conv=$(build "$copy" "$out" "$logs/objects-$tree" "$logs/converted-$v.log" \
			"$logs/unconverted-$v.log")
		# Left for a human: the cover letter's list, and the list on stderr.
		sed -n '/site(s) still need a human/,/^[^ ]/p' "$logs/series-$v.err" |
			sed -n 's/^  //p' | sort >"$logs/left-$v.stderr"
		cover=$(ls "$logs/series-$v"/0000-*.patch 2>/dev/null | head -n 1)
		if [ -n "$cover" ]; then
			cover_left "$cover" | sort >"$logs/left-$v"
		else
			: >"$logs/left-$v"
		fi
		left=$(grep -c . "$logs/left-$v.stderr")
		LC_ALL=C comm -13 "$logs/baseline-$tree.log.warn" "$logs/converted-$v.log.warn" >"$logs/new-warnings-$v"
		echo "build-proof $v: $nobj objects, unconverted $unconv errors, converted $conv errors, $left sites left for a human"
		echo "  TIME    $v: unconverted build $((t1 - t0))s, series $((t2 - t1))s, converted build $(($(date +%s) - t2))s"
		why=
		[ "$unconv" -gt 0 ] || why="$why; the unconverted tree builds (the core patch removes nothing these objects use)"
		[ $sst -eq 0 ] || [ $sst -eq "$MN_EXIT_HUMAN" ] || why="$why; series exited $sst ($(tail -n 1 "$logs/series-$v.err"))"
		[ "$conv" -eq 0 ] || why="$why; $conv errors after the series"
		[ -s "$logs/new-warnings-$v" ] && why="$why; $(grep -c . "$logs/new-warnings-$v") warnings the baseline lacks"
		if [ "$left" -gt 0 ] && [ -z "$cover" ]; then
			why="$why; no cover letter lists the $left sites left"
		elif [ -n "$(LC_ALL=C comm -23 "$logs/left-$v.stderr" "$logs/left-$v")" ]; then
			why="$why; sites left that the cover letter does not list"
		fi
		if [ -z "$why" ]; then
			ok "$v: builds after the series"
		else
			ko "$v:${why#;}"
		fi
		# Each error after the series, and whether the cover letter names
		# its line: an error at a line it does not name went unsaid.
		while IFS= read -r e; do
			at=${e%%: *}
			at=${at%:*}
			if grep -q -F -e "$at:" "$logs/left-$v"; then
				echo "    $e  [left for a human]"
			else
				echo "    $e  [NOT in the cover letter]"
			fi
		done <"$logs/converted-$v.log.err"
		sed 's/^/    new warning: /' "$logs/new-warnings-$v"
		LC_ALL=C comm -23 "$logs/left-$v.stderr" "$logs/left-$v" | sed 's/^/    not in the cover letter: /'
		if [ "$tree" = 5.10 ] && [ "$v" = "$(awk '{ print $2 }' "$logs/tree-versions" | tail -n 1)" ]; then
			t61=$(sh "$here/kernel-src.sh" "$cache" 6.1) || exit 1
			for s in range_owner_rename migrate_pfn_locked; do
				score "$copy" "$t61" "$(series_steps | awk -v f="$s.cocci" '$2 == f { print $1 }')" "$s"
			done
		fi
	done
	# The copy ends where it began.
	git -C "$copy" reset -q --hard "$base"
done
# Wall time, and the CPU time of what it ran (the wall time on a machine
# others load too says little on its own).
times >"$work/times"
echo "build-proof: $pass passed, $fail failed, $(($(date +%s) - t_start))s (cpu user, sys: $(tail -n 1 "$work/times"))"
[ "$fail" -eq 0 ]
