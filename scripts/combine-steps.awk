# SPDX-License-Identifier: GPL-2.0-only
#
# Combine step files (cocci/*.cocci) into one semantic patch, so that one
# spatch run pays the start-up (SmPL parsing, the OCaml compile of the
# script rules) once for all of them instead of once per step.
#
#   awk -f combine-steps.awk STEP.cocci... >combined.cocci
#
# Each step keeps its rules, in its order, with its names made its own:
# the rule names (and every reference to them: `depends on`, `r.x`
# inherited metavariables) and the names its @initialize:ocaml@ code
# defines at top level (and every use of them in its OCaml code: script
# rules, finalize, `script:ocaml(...) { ... }` constraints) get the prefix
# STEP__.  String literals are left alone, so every message, and the
# trailing [step] tag by which the output is split back per step, prints
# as the step file prints it.  The virtual rules are declared once.  The
# step files stay the source; this output is a cache of the tool's own.
#
# The step files are trusted (the tool's own), but a step this program
# cannot rename safely (a multi-line rule header, a named script rule) is
# refused with a message, never combined wrongly.

function fail(msg) {
	printf "combine-steps: %s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
	failed = 1
	exit 1
}

# Names defined by a step file: its rule names (RULE) and the top-level
# names of its @initialize:ocaml@ code (OCAML: values and types) and the
# fields of the records it declares (FIELD, renamed even after a dot).
function collect(file,    l, inscript, kind, w, n, inrec, parts, i, f) {
	split("", RULE)
	split("", OCAML)
	split("", FIELD)
	inscript = 0
	inrec = 0
	while ((getline l < file) > 0) {
		if (l ~ /^@.*@[ \t]*$/ && l !~ /^@@/) {
			kind = header_kind(l)
			inscript = (kind == "initialize")
			if ((kind == "rule" || kind == "script") && (w = header_name(l)) != "")
				RULE[w] = 1
			continue
		}
		if (!inscript)
			continue
		if (match(l, /^(let|and|type)( rec)? [a-z_][A-Za-z0-9_']*/)) {
			w = substr(l, 1, RLENGTH)
			n = split(w, parts, " ")
			OCAML[parts[n]] = 1
			inrec = (parts[1] == "type" || inrec) && l ~ /=[ \t]*\{/
		}
		# Record fields, one a line or several on the line of the brace.
		if (inrec) {
			f = l
			sub(/\(\*.*/, "", f)
			sub(/^[^{]*\{/, "", f)
			n = split(f, parts, ";")
			for (i = 1; i <= n; i++)
				if (match(parts[i], /^[ \t]*(mutable[ \t]+)?[a-z_][A-Za-z0-9_']*[ \t]*:/)) {
					w = substr(parts[i], 1, RLENGTH - 1)
					sub(/^[ \t]*(mutable[ \t]+)?/, "", w)
					sub(/[ \t]*$/, "", w)
					if (w in COCCILIB)
						fail("record field " w " has the name of a Coccilib field")
					FIELD[w] = 1
				}
			if (l ~ /\}/)
				inrec = 0
		}
	}
	close(file)
}

# initialize, finalize, script (OCaml) or rule (SmPL).
function header_kind(l) {
	if (l ~ /^@initialize:/) return "initialize"
	if (l ~ /^@finalize:/) return "finalize"
	if (l ~ /^@script:/) return "script"
	return "rule"
}

# The name of a SmPL or script rule header, "" for an anonymous one.
function header_name(l,    w) {
	w = l
	sub(/^@[ \t]*/, "", w)
	if (sub(/^script:ocaml[ \t]*/, "", w) && w ~ /^@/)
		return ""
	sub(/[ \t@].*$/, "", w)
	if (w ~ /^(depends|exists|forall|disable|using|expression|type|identifier|declaration|initialize|finalize)$/)
		return ""
	return w
}

# Rename the words of s outside string literals: a rule name when `dotted`
# and it is followed by '.', or always in a header's depends-on part
# (`hdr`); a top-level OCaml name when `ocaml` and it is not a field
# (no '.' before it).
function rename(s, dotted, hdr, ocaml,    out, c, w, instr, i, n, prev, next_c) {
	out = ""
	instr = 0
	n = length(s)
	i = 1
	prev = ""
	while (i <= n) {
		c = substr(s, i, 1)
		if (instr) {
			out = out c
			if (c == "\\") { out = out substr(s, i + 1, 1); i += 2; continue }
			if (c == "\"") instr = 0
			i++
			prev = c
			continue
		}
		if (c == "\"") { instr = 1; out = out c; i++; prev = c; continue }
		if (c ~ /[A-Za-z_]/) {
			w = c
			i++
			while (i <= n && substr(s, i, 1) ~ /[A-Za-z0-9_']/) {
				w = w substr(s, i, 1)
				i++
			}
			next_c = substr(s, i, 1)
			if (prev != "." && (w in RULE) && ((dotted && next_c == ".") || hdr))
				w = prefix w
			else if (ocaml && (w in FIELD))
				w = prefix w
			else if (prev != "." && ocaml && (w in OCAML))
				w = prefix w
			out = out w
			prev = substr(w, length(w), 1)
			continue
		}
		out = out c
		prev = c
		i++
	}
	return out
}

# A header: the name and the rule names of its depends-on get the prefix.
function rename_header(l,    kind, name, rest) {
	kind = header_kind(l)
	if (kind == "initialize" || kind == "finalize")
		return l
	name = header_name(l)
	if (name == "")
		return rename(l, 0, 1, 0)
	if (kind == "script") {
		rest = l
		sub(/^@script:ocaml[ \t]+[^ \t@]+/, "", rest)
		return "@script:ocaml " prefix name rename(rest, 0, 1, 0)
	}
	rest = l
	sub(/^@[ \t]*[^ \t@]+/, "", rest)
	return "@" prefix name rename(rest, 0, 1, 0)
}

# SmPL declarations: inherited metavariables (r.x), and the OCaml of a
# script constraint, which starts at "script:ocaml(".
function rename_decl(l,    at, head) {
	at = index(l, "script:ocaml(")
	if (at == 0)
		return rename(l, 1, 0, 0)
	head = substr(l, 1, at - 1)
	return rename(head, 1, 0, 0) rename(substr(l, at), 1, 0, 1)
}

BEGIN {
	# The fields of Coccilib.pos that script rules read: a record field of
	# a step with one of these names could not be renamed apart from them.
	split("file current_element current_element_line current_element_col line line_end col col_end", cf, " ")
	for (i in cf)
		COCCILIB[cf[i]] = 1
}

FNR == 1 {
	if (NR > 1 && section != "body" && section != "ocaml" && section != "")
		fail("ends inside a rule header")
	step = FILENAME
	sub(/^.*\//, "", step)
	sub(/\.cocci$/, "", step)
	if (step !~ /^[a-z][a-z0-9_]*$/)
		fail("step name '" step "' is not a lower-case identifier")
	prefix = step "__"
	collect(FILENAME)
	if (NR == 1) {
		print "// Generated by scripts/combine-steps.awk from the step files:"
		print "// do not edit.  Report and org modes only."
		print "virtual patch"
		print "virtual context"
		print "virtual org"
		print "virtual report"
		virt["patch"]; virt["context"]; virt["org"]; virt["report"]
		# The other virtual rules of the steps (range_callers: collect,
		# groups), declared before any rule as spatch wants.
		for (v_i = 1; v_i < ARGC; v_i++) {
			while ((getline v_l < ARGV[v_i]) > 0)
				if (v_l ~ /^virtual[ \t]/) {
					split(v_l, v_w, /[ \t]+/)
					if (!(v_w[2] in virt)) { virt[v_w[2]]; print "virtual " v_w[2] }
				}
			close(ARGV[v_i])
		}
	}
	print ""
	print "// ---- step " step
	section = ""
}

# The step file's own header and its virtual rules.
/^\/\/\// || /^\/\/ (SPDX|Confidence|Options|Keywords|Requires|Comments|URL)/ { next }
/^virtual[ \t]/ { next }

/^@@[ \t]*$/ {
	if (section == "sdecl") section = "body"
	else if (section == "odecl") section = "ocaml"
	print
	next
}

/^@/ {
	if ($0 !~ /@[ \t]*$/)
		fail("a rule header on more than one line")
	kind = header_kind($0)
	if (kind == "script" && $0 !~ /^@script:ocaml[ \t@]/)
		fail("a script rule not in OCaml")
	section = (kind == "rule") ? "sdecl" : "odecl"
	print rename_header($0)
	next
}

section == "sdecl" { print rename_decl($0); next }
section == "odecl" { print rename($0, 1, 0, 1); next }
section == "ocaml" { print rename($0, 0, 0, 1); next }
{ print }

END {
	if (failed)
		exit 1
}
