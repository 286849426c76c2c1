# SPDX-License-Identifier: GPL-2.0-only
# On Debian's 5.10 tree, range_owner_rename converts exactly the sites of
# testcases/cocci/range_owner_rename/kernel-5.10-pairs.txt, and every
# converted statement equals, token for token (white space aside), the
# statement in the same function of the 6.1 tree.
set -u
R=$(cd "$(dirname "$0")/../.." && pwd)
pairs=$R/testcases/cocci/range_owner_rename/kernel-5.10-pairs.txt
sh "$R/scripts/coccicheck" --mode=patch --step=range_owner_rename "$T510" >"$WORK/rename.diff" ||
	{ echo "coccicheck failed"; exit 1; }

# file<TAB>function<TAB>added text, one record per hunk.
awk '
	/^\+\+\+ / { if (h != "") print f "\t" fn "\t" h; h = ""
		f = $2; sub(/^b\//, "", f); next }
	/^@@/ { if (h != "") print f "\t" fn "\t" h; h = ""
		fn = $0; sub(/^@@[^@]*@@ */, "", fn); sub(/\(.*/, "", fn)
		n = split(fn, w, /[ *]+/); fn = w[n]; next }
	/^\+/ { h = h substr($0, 2) " " }
	END { if (h != "") print f "\t" fn "\t" h }' "$WORK/rename.diff" >"$WORK/rename.sites"

cut -f 1,2 "$WORK/rename.sites" | sort >"$WORK/got"
cut -f 1,2 "$pairs" | sort >"$WORK/want"
if ! cmp -s "$WORK/got" "$WORK/want"; then
	echo "converted sites differ from $pairs:"
	diff "$WORK/want" "$WORK/got"
	exit 1
fi

# The body of function FN in FILE, all white space removed.
body() {
	awk -v fn="$2" '
		!inside && $0 ~ ("(^|[ *])" fn "\\(") && $0 !~ /;[ \t]*$/ { inside = 1 }
		inside { print }
		inside && /^}/ { exit }' "$1" | tr -d ' \t\n'
}
status=0
while IFS='	' read -r f fn text; do
	new=$(awk -F '\t' -v f="$f" -v fn="$fn" '$1 == f && $2 == fn { print $3 }' "$pairs")
	want=$(echo "$text" | tr -d ' \t\n')
	if body "$T61/$new" "$fn" | grep -q -F -- "$want"; then
		echo "ok: $f $fn = $new $fn"
	else
		echo "MISMATCH: $f $fn: '$text' is not in $new $fn"
		status=1
	fi
done <"$WORK/rename.sites"
exit $status
