#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Run apt-get against a private apt state, leaving the machine's apt
# configuration alone.  The archive entries are derived at run time from the
# machine's own sources (one-line sources.list and deb822 .sources files):
# every Debian entry whose suite names the machine's release is copied with
# that release name replaced by CODENAME and its type set to TYPES.
#
# Usage: mk/apt-private.sh STATEDIR CODENAME TYPES apt-get-arguments...
#   e.g. mk/apt-private.sh build/apt bookworm deb-src source sparse
set -u

die() { echo "apt-private: $*" >&2; exit 1; }

[ $# -ge 4 ] || die "usage: apt-private.sh STATEDIR CODENAME TYPES apt-get-args..."
state=$1 codename=$2 types=$3
shift 3
command -v apt-get >/dev/null 2>&1 || die "apt-get not found: this needs a Debian-based machine"

etc=${APT_ETC:-/etc/apt}
host=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
[ -n "$host" ] || host=$(sed -n 's/^\([a-z]*\)\/.*/\1/p' /etc/debian_version 2>/dev/null)
[ -n "$host" ] || die "cannot tell this machine's Debian release (no VERSION_CODENAME in /etc/os-release)"

mkdir -p "$state/lists/partial" "$state/archives/partial" "$state/parts" || die "cannot create $state"
list=$state/parts/derived.sources
tmp=$list.tmp.$$
trap 'rm -f "$tmp"' EXIT INT TERM

# Prints "URI SUITE COMPONENTS SIGNED-BY" for every entry of the machine.
entries() {
	for f in "$etc/sources.list" "$etc"/sources.list.d/*.list; do
		[ -f "$f" ] || continue
		sed -e 's/#.*//' "$f" | awk '
		$1 == "deb" || $1 == "deb-src" {
			key = "-"; i = 2
			if ($2 ~ /^\[/) {
				while (i <= NF) {
					if ($i ~ /^\[?signed-by=/) { key = $i; sub(/^\[?signed-by=/, "", key); sub(/\]$/, "", key) }
					if ($i ~ /\]$/) { i++; break }
					i++
				}
			}
			uri = $i; suite = $(i + 1); comps = ""
			for (j = i + 2; j <= NF; j++) comps = comps (comps == "" ? "" : ",") $j
			print uri, suite, comps, key
		}'
	done
	for f in "$etc"/sources.list.d/*.sources; do
		[ -f "$f" ] || continue
		# deb822: blank-line separated stanzas; continuation lines start
		# with white space (an inline key block) and are skipped.
		awk '
		function flush() {
			if (uris != "" && enabled != "no" && types ~ /(^| )deb( |$)/) {
				n = split(uris, u, " "); m = split(suites, s, " ")
				for (a = 1; a <= n; a++) for (b = 1; b <= m; b++) {
					c = comps; gsub(/ +/, ",", c)
					print u[a], s[b], c, (key == "" ? "-" : key)
				}
			}
			uris = suites = comps = key = types = ""; enabled = ""
		}
		/^#/ { next }
		/^[ \t]*$/ { flush(); next }
		/^[ \t]/ { next }
		{
			f = tolower($1); sub(/:$/, "", f); v = $0; sub(/^[^:]*:[ \t]*/, "", v)
			if (f == "types") types = v
			else if (f == "uris") uris = v
			else if (f == "suites") suites = v
			else if (f == "components") comps = v
			else if (f == "signed-by") key = (v ~ /^\// ? v : "")
			else if (f == "enabled") enabled = tolower(v)
		}
		END { flush() }' "$f"
	done
}

entries | awk -v host="$host" -v want="$codename" -v types="$types" '
	# Keep the entries of the machine release (bookworm, bookworm-updates,
	# bookworm-security) and rename them to the wanted release.
	$2 == host || index($2, host "-") == 1 {
		suite = $2; sub("^" host, want, suite)
		k = $1 " " suite
		if (seen[k]++) next
		comps = $3; gsub(",", " ", comps)
		printf "Types: %s\nURIs: %s\nSuites: %s\nComponents: %s\n", types, $1, suite, comps
		if ($4 != "-") printf "Signed-By: %s\n", $4
		printf "\n"
	}' >"$tmp"
[ -s "$tmp" ] || die "no Debian archive entry for '$host' in $etc/sources.list{,.d}"
if ! cmp -s "$tmp" "$list"; then
	mv "$tmp" "$list" || die "cannot write $list"
	rm -f "$state/updated"
fi

apt() {
	apt-get -q -o Dir::State="$state" -o Dir::State::status=/var/lib/dpkg/status \
		-o Dir::Cache="$state" -o Dir::Etc::SourceList=/dev/null \
		-o Dir::Etc::SourceParts="$state/parts" -o Debug::NoLocking=1 \
		-o APT::Sandbox::User=root "$@"
}
if [ ! -f "$state/updated" ]; then
	apt update >"$state/update.log" 2>&1 ||
		die "apt-get update of the private state failed (see $state/update.log)"
	: >"$state/updated"
fi
apt "$@"
