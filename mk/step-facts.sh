#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/series is the one place that states each step's facts: its kernel
# version, the files that define the API it changes (defines=), the tests
# that show a tree's core has its form (has=) and the old forms the
# checker's old-api rule names (old=).  The tools read it at run time
# (tree_api_version, prefilter, driver-patch); the copies that cannot read
# it are checked against it here, so that they cannot drift:
#  - each step's OCaml preamble, whose api_file list the kernel's
#    `make coccicheck COCCI=<step>` needs inside the .cocci file;
#  - API_FILES of scripts/mn-lib.sh, the union of the defines= facts;
#  - the old-api tables of checker/check_old_api.c (steps, calls, members);
#  - the versions the README's introduction lists.
# One line on stderr per drift, exit 1 when there is one.  --write
# rewrites the preambles' lists from cocci/series instead of checking them.
#
# Usage: mk/step-facts.sh [--write] [ROOT]
set -u
MN_PROG=step-facts
write=
[ "${1:-}" = --write ] && { write=1; shift; }
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
[ -f "$root/cocci/series" ] || { echo "$MN_PROG: no cocci/series in $root" >&2; exit 2; }
MN_HERE=$root/scripts
# shellcheck source=../scripts/mn-lib.sh
. "$root/scripts/mn-lib.sh"
MN_COCCI=$root/cocci

tmp=$(mktemp -d "${TMPDIR:-/tmp}/step-facts.XXXXXX") || die "cannot create a temporary folder"
trap 'rm -rf "$tmp"' EXIT
drift=0
bad() { echo "$MN_PROG: $*" >&2; drift=1; }

# The facts themselves: every step states defines= and has=; a has= test
# reads a file of include/; old= forms parse.
series_steps >"$tmp/steps"
# "step fact value" records, read once (step_fact's reading of cocci/series).
while read -r v f; do
	for k in defines has old; do
		step_fact "$f" "$k" | sed "s|^|${f%.cocci} $k |"
	done
done <"$tmp/steps" >"$tmp/facts"
fact() { awk -v s="$1" -v k="$2" '$1 == s && $2 == k { print $3 }' "$tmp/facts"; }
[ -s "$tmp/steps" ] || bad "cocci/series names no step"
# tree_api_version takes the last step whose tests hold: version order.
awk '{ print $1 }' "$tmp/steps" | sort -c -V 2>/dev/null ||
	bad "cocci/series: the steps are not in version order"
while read -r v f; do
	s=${f%.cocci}
	[ -f "$MN_COCCI/$f" ] || bad "cocci/series: $f does not exist"
	[ -n "$(fact "$s" defines)" ] || bad "cocci/series: $s states no defines="
	[ -n "$(fact "$s" has)" ] || bad "cocci/series: $s states no has="
	for t in $(fact "$s" has); do
		case ${t#!} in
		include/*:?*) ;;
		*) bad "cocci/series: $s: has=$t is not [!]include/FILE:WORD" ;;
		esac
	done
done <"$tmp/steps"

# The OCaml preambles: the strings of the list that api_file tests.
preamble_files() {
	awk '/^let api_file / { on = 1 } on { print } on && /\]/ { exit }' "$1" |
		grep -o '"[^"]*"' | tr -d '"'
}
# The preamble list of FILES, as spatch reads it: "    [...]" lines.
preamble_list() {
	printf '%s\n' "$@" | awk '
		{ w = "\"" $0 "\""; line = line (NR > 1 ? "; " : "") w }
		END { print line }' |
	awk '{
		n = split($0, w, "; "); out = "    ["
		for (i = 1; i <= n; i++) {
			item = w[i] (i < n ? ";" : "]")
			if (length(out) + length(item) + 1 > 76 && out != "    [") {
				print out; out = "     " item
			} else
				out = out (out == "    [" ? "" : " ") item
		}
		print out
	}'
}
while read -r v f; do
	s=${f%.cocci}
	c=$MN_COCCI/$f
	[ -f "$c" ] || continue
	fact "$s" defines | LC_ALL=C sort >"$tmp/want"
	preamble_files "$c" | LC_ALL=C sort >"$tmp/got"
	grep -q '^let api_file ' "$c" || { bad "cocci/$f: no api_file in its OCaml preamble"; continue; }
	cmp -s "$tmp/want" "$tmp/got" && continue
	if [ -n "$write" ]; then
		# shellcheck disable=SC2046
		preamble_list $(fact "$s" defines) >"$tmp/list"
		awk -v list="$tmp/list" '
			/^let api_file / { on = 1 }
			on && /Filename.check_suffix/ { print; skip = 1; next }
			skip { if (/\]/) { while ((getline l <list) > 0) print l; skip = on = 0 }; next }
			{ print }' "$c" >"$tmp/new" && cat "$tmp/new" >"$c" ||
			die "cannot rewrite $c"
		echo "$MN_PROG: cocci/$f: api_file list rewritten from cocci/series" >&2
	else
		bad "cocci/$f: api_file lists $(paste -s -d ' ' "$tmp/got"), cocci/series defines= $(paste -s -d ' ' "$tmp/want") (mk/step-facts.sh --write fixes it)"
	fi
done <"$tmp/steps"

# API_FILES of mn-lib.sh: the union of the defines= facts.
sed -n "s/^API_FILES='\(.*\)'\$/\1/p" "$root/scripts/mn-lib.sh" | tr ' ' '\n' | grep . |
	LC_ALL=C sort -u >"$tmp/got"
while read -r v f; do fact "${f%.cocci}" defines; done <"$tmp/steps" | LC_ALL=C sort -u >"$tmp/want"
cmp -s "$tmp/want" "$tmp/got" ||
	bad "scripts/mn-lib.sh: API_FILES is $(paste -s -d ' ' "$tmp/got"), the defines= of cocci/series are $(paste -s -d ' ' "$tmp/want")"

# The checker's tables, as "kind name version step uses" records.
ck=$root/checker/check_old_api.c
awk '
	function ver(s) {	# "KVER(5, 14, 0)" -> 5.14
		gsub(/[^0-9,]/, "", s); split(s, k, ",")
		return k[1] "." k[2] (k[3] != 0 ? "." k[3] : "")
	}
	function step(s) { return s == "NO_STEP" ? "-" : tolower(s) }
	function uses(s,   u) {
		if (s ~ /USE_ALL/) return "init+read+write"
		u = (s ~ /USE_INIT/ ? "init" : "")
		if (s ~ /USE_READ/) u = u (u != "" ? "+" : "") "read"
		if (s ~ /USE_WRITE/) u = u (u != "" ? "+" : "") "write"
		return u == "" ? "none" : u
	}
	/[ *]steps\[\] = \{/ { t = "step"; next }
	/^[a-z].*[ *]old_calls\[\] = \{/ { t = "call"; next }
	/^[a-z].*[ *]old_members\[\] = \{/ { t = "member"; next }
	t != "" && /^\};/ { t = ""; next }
	t != "" { buf = buf " " $0 }
	{ nkver += gsub(/KVER\(/, "&") }
	t == "" && buf != "" {
		gsub(/\/\*[^*]*\*\//, "", buf)
		while (match(buf, /\{[^{}]*\}/)) {
			e = substr(buf, RSTART + 1, RLENGTH - 2)
			buf = substr(buf, RSTART + RLENGTH)
			n = split(e, f, ",")
			for (i = 1; i <= n; i++) gsub(/^[ \t]+|[ \t]+$/, "", f[i])
			if (kind == "step") {
				if (f[1] == "NULL") continue
				gsub(/"/, "", f[1])
				print "step", f[1], ver(f[2] "," f[3] "," f[4]), f[1], "-"; rows++
			} else if (kind == "call") {
				if (f[1] == "NULL") continue
				gsub(/"/, "", f[1])
				print "call", f[1] "/" (f[2] == "-1" ? "*" : f[2]),
					ver(f[3] "," f[4] "," f[5]), step(f[6]), "-"; rows++
			} else {
				if (f[1] == "NULL") continue
				sub(/^&id\./, "", f[1]); sub(/^&id\./, "", f[2])
				print "member", f[1] "." f[2], ver(f[3] "," f[4] "," f[5]),
					step(f[6]), uses(f[7]); rows++
			}
		}
		buf = ""
	}
	t != "" { kind = t }
	END {
		if (nkver != rows)
			print "kver", nkver - rows, "-", "-", "-"
	}' "$ck" | LC_ALL=C sort >"$tmp/checker"
grep -q '^step ' "$tmp/checker" || bad "checker/check_old_api.c: no steps[] table found"
if grep -q '^kver ' "$tmp/checker"; then
	bad "checker/check_old_api.c: $(awk '$1 == "kver" { print $2 }' "$tmp/checker") KVER() outside the tables: take a step's version from steps[], a form's from its table row"
fi

# The same records from cocci/series.
while read -r v f; do
	s=${f%.cocci}
	echo "step $s $v $s -"
	for o in $(fact "$s" old); do
		echo "$s $v $o"
	done
done <"$tmp/steps" | awk '
	$1 == "step" { print; next }
	{
		s = $1; v = $2; o = $3; gone = v; u = ""
		if (i = index(o, "@")) { gone = substr(o, i + 1); o = substr(o, 1, i - 1) }
		if (i = index(o, ":")) { u = substr(o, i + 1); o = substr(o, 1, i - 1) }
		if (o ~ /^[A-Za-z_][A-Za-z0-9_]*\/([0-9]+|\*)$/) {
			if (u != "" && u != "none") { print "bad", s, o, "a call form takes :none or nothing"; next }
			print "call", o, gone, (u == "none" ? "-" : s), "-"
		} else if (o ~ /^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/) {
			if (u == "") u = "init+read+write"
			n = split(u, w, "+"); have["init"] = have["read"] = have["write"] = 0
			for (i = 1; i <= n; i++) {
				if (w[i] != "init" && w[i] != "read" && w[i] != "write" && !(w[i] == "none" && n == 1)) {
					print "bad", s, o, "uses are init, read, write joined by +, or none"; next
				}
				have[w[i]] = 1
			}
			u = (have["init"] ? "init" : "")
			if (have["read"]) u = u (u != "" ? "+" : "") "read"
			if (have["write"]) u = u (u != "" ? "+" : "") "write"
			print "member", o, gone, s, (u == "" ? "none" : u)
		} else
			print "bad", s, o, "is neither NAME/N nor STRUCT.MEMBER"
		if (gone != v) print "gone", s, o, gone, v
	}' >"$tmp/series.raw"
while read -r k s o why; do
	[ -n "$k" ] || continue
	bad "cocci/series: $s: old=$o $why"
done <<EOF
$(grep '^bad ' "$tmp/series.raw" | cut -d' ' -f2-)
EOF
while read -r k s o gone v; do
	[ -n "$k" ] || continue
	version_le "$gone" "$v" && [ "$gone" != "$v" ] && continue
	bad "cocci/series: $s: old=$o is gone since $gone, after the step's $v"
done <<EOF
$(grep '^gone ' "$tmp/series.raw")
EOF
grep -v -e '^bad ' -e '^gone ' "$tmp/series.raw" | LC_ALL=C sort >"$tmp/series"
grep -v '^kver ' "$tmp/checker" >"$tmp/checker.rows"
if ! cmp -s "$tmp/series" "$tmp/checker.rows"; then
	LC_ALL=C comm -23 "$tmp/series" "$tmp/checker.rows" | while read -r k n g s u; do
		bad "checker/check_old_api.c: no $k $n (gone $g, step $s, uses $u) as cocci/series states it"
	done
	LC_ALL=C comm -13 "$tmp/series" "$tmp/checker.rows" | while read -r k n g s u; do
		bad "checker/check_old_api.c: $k $n (gone $g, step $s, uses $u) is not in cocci/series"
	done
	drift=1
fi

# The README's introduction (its first paragraph after the title) names
# every version of the series, and no other.
awk 'NR > 3 && /^$/ { exit } NR > 3 { print }' "$root/README" |
	grep -o '[0-9]\.[0-9][0-9]*' | LC_ALL=C sort -u >"$tmp/got"
awk '{ print $1 }' "$tmp/steps" | LC_ALL=C sort -u >"$tmp/want"
cmp -s "$tmp/want" "$tmp/got" ||
	bad "README: the introduction lists $(paste -s -d ' ' "$tmp/got"), cocci/series has $(paste -s -d ' ' "$tmp/want")"

[ "$drift" -eq 0 ] && echo "$MN_PROG: cocci/series, the preambles, API_FILES, the old-api tables and the README agree"
exit "$drift"
