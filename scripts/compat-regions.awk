# SPDX-License-Identifier: GPL-2.0-only
#
# compat-regions.awk: the compat branches of one C file that a conversion
# step must leave as they are, read from its preprocessor conditionals.
#
#   awk -f compat-regions.awk -v version=V -v new="TOK..." [-v old="TOK..."]
#       [-v macros=1] FILE
#
# A branch is protected from the step of API version V when it only
# compiles on kernels older than V:
#   - its test is LINUX_VERSION_CODE < KERNEL_VERSION(a, b, c) with
#     a.b.c <= V (<= with a.b.c < V), alone or as a term of an && chain;
#     also written KERNEL_VERSION(a, b, c) > LINUX_VERSION_CODE, and an ||
#     of such tests that each only hold below V;
#   - it comes after a branch tested LINUX_VERSION_CODE >= KERNEL_VERSION(x)
#     with x <= V (> with x < V) in the same #if/#elif/#else chain;
#   - it is a branch of a test of one macro (#ifdef M, #ifndef M,
#     #if [!]defined(M), #if [!]M, #if [!]IS_ENABLED(M)) whose other branch
#     holds the step's new form (a word of "new") and which does not.
# Output: one "FIRST LAST WHY" line per protected range of body lines
# (directive lines excluded), WHY the test that protects it.
#
# With macros=1 it prints instead the module's own scheme for the step:
# "M ifdef" (or "M ifndef") for each #if/#else test of one macro M whose
# one branch holds a word of "new" and the other a word of "old", the new
# form under defined(M) (under !defined(M)).  The word lists are
# space-separated identifiers.

# vcmp(a, b): <0, 0, >0 as version a is below, equal to, above b.
function vcmp(a, b,   x, y, i, n, m) {
	n = split(a, x, "."); m = split(b, y, ".")
	for (i = 1; i <= 3; i++) {
		if ((i <= n ? x[i] + 0 : 0) != (i <= m ? y[i] + 0 : 0))
			return (i <= n ? x[i] + 0 : 0) - (i <= m ? y[i] + 0 : 0)
	}
	return 0
}

function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }

# strip_outer(s): s without parentheses around the whole of it.
function strip_outer(s,   d, i, c) {
	s = trim(s)
	while (substr(s, 1, 1) == "(" && substr(s, length(s)) == ")") {
		d = 0
		for (i = 1; i < length(s); i++) {
			c = substr(s, i, 1)
			if (c == "(") d++
			else if (c == ")" && --d == 0) break
		}
		if (i < length(s)) break	# "(a) && (b)"
		s = trim(substr(s, 2, length(s) - 2))
	}
	return s
}

# A version term "LINUX_VERSION_CODE OP KERNEL_VERSION(a, b, c)", or the
# same written the other way round ("KERNEL_VERSION(a, b, c) > LINUX_..."
# is "LINUX_... < KERNEL_VERSION(a, b, c)"): sets TOP and TVER; false for
# anything else.
function version_term(s,   t, m, kv, op) {
	s = strip_outer(s)
	if (s ~ /^KERNEL_VERSION[ \t]*\([ \t]*[0-9]+[ \t]*,[ \t]*[0-9]+[ \t]*,[ \t]*[0-9]+[ \t]*\)[ \t]*(<|<=|>=|>)[ \t]*LINUX_VERSION_CODE$/) {
		match(s, /\)/)
		kv = substr(s, 1, RSTART)
		t = trim(substr(s, RSTART + 1))
		match(t, /^(<=|>=|<|>)/)
		op = substr(t, 1, RLENGTH)
		op = op == "<" ? ">" : op == ">" ? "<" : op == "<=" ? ">=" : "<="
		s = "LINUX_VERSION_CODE " op " " kv
	}
	if (s !~ /^LINUX_VERSION_CODE[ \t]*(<|<=|>=|>)[ \t]*KERNEL_VERSION[ \t]*\([ \t]*[0-9]+[ \t]*,[ \t]*[0-9]+[ \t]*,[ \t]*[0-9]+[ \t]*\)$/)
		return 0
	t = s
	sub(/^LINUX_VERSION_CODE[ \t]*/, "", t)
	match(t, /^(<=|>=|<|>)/)
	TOP = substr(t, 1, RLENGTH)
	t = substr(t, RLENGTH + 1)
	gsub(/[^0-9,]/, "", t)
	m = split(t, p, ",")
	TVER = p[1] "." p[2] "." p[3]
	return 1
}

# classify(cond): sets DEAD (the branch only compiles below version),
# ALL (it compiles on every kernel from version on, so the branches after
# it never do there) and MAC/MPOS (a test of the one macro MAC, positive
# or negated).
function classify(cond,   s, n, i, terms, neg) {
	DEAD = 0; ALL = 0; MAC = ""; MPOS = 1
	s = strip_outer(cond)
	# An || of version tests that each only hold below version.
	if (s ~ /\|\|/ && s !~ /&&/) {
		n = split(s, terms, /\|\|/)
		DEAD = 1
		for (i = 1; i <= n && DEAD; i++)
			if (!version_term(terms[i]) ||
			    !((TOP == "<" && vcmp(TVER, version) <= 0) ||
			      (TOP == "<=" && vcmp(TVER, version) < 0)))
				DEAD = 0
	}
	if (s !~ /\|\|/) {
		n = split(s, terms, /&&/)
		for (i = 1; i <= n; i++) {
			if (!version_term(terms[i])) continue
			if ((TOP == "<" && vcmp(TVER, version) <= 0) ||
			    (TOP == "<=" && vcmp(TVER, version) < 0))
				DEAD = 1
			if (n == 1 && ((TOP == ">=" && vcmp(TVER, version) <= 0) ||
				       (TOP == ">" && vcmp(TVER, version) < 0)))
				ALL = 1
		}
	}
	neg = 0
	while (substr(s, 1, 1) == "!") { neg = !neg; s = strip_outer(substr(s, 2)) }
	if (s ~ /^(defined|IS_ENABLED|IS_BUILTIN)[ \t]*\(?[ \t]*[A-Za-z_][A-Za-z0-9_]*[ \t]*\)?$/) {
		sub(/^(defined|IS_ENABLED|IS_BUILTIN)[ \t]*\(?[ \t]*/, "", s)
		sub(/[ \t]*\)?$/, "", s)
	}
	if (s ~ /^[A-Za-z_][A-Za-z0-9_]*$/ && s != "LINUX_VERSION_CODE") {
		MAC = s; MPOS = !neg
	}
}

# has_word(line, re): line holds a word of the alternation re.
function has_word(line, re) {
	return re != "" && line ~ ("(^|[^A-Za-z0-9_])(" re ")([^A-Za-z0-9_]|$)")
}

function words_re(list,   n, i, w, r) {
	n = split(list, w, /[ \t\n]+/)
	r = ""
	for (i = 1; i <= n; i++)
		if (w[i] ~ /^[A-Za-z_][A-Za-z0-9_]*$/) r = r (r == "" ? "" : "|") w[i]
	return r
}

# Open a branch at depth d from directive line ln.
function branch(d, cond, how, ln,   b) {
	b = ++NB[d]
	BFIRST[d, b] = ln + 1
	BHOW[d, b] = how
	classify(cond)
	BMAC[d, b] = MAC; BPOS[d, b] = MPOS
	BDEAD[d, b] = DEAD || LATER[d]
	if (ALL) LATER[d] = 1
	BNEW[d, b] = 0; BOLD[d, b] = 0
}

function close_branch(d, ln) { BLAST[d, NB[d]] = ln - 1 }

function close_group(d,   b, anynew, why) {
	anynew = 0
	for (b = 1; b <= NB[d]; b++) if (BNEW[d, b]) anynew = 1
	for (b = 1; b <= NB[d]; b++) {
		why = ""
		if (BDEAD[d, b])
			why = (BHOW[d, b] == "#else" ? "#else of " OPEN[d] : BHOW[d, b])
		else if (anynew && !BNEW[d, b] && BMAC[d, 1] != "")
			why = (BHOW[d, b] == "#else" ? "#else of " OPEN[d] : BHOW[d, b]) \
				" (the other branch has the new form)"
		if (why != "" && BFIRST[d, b] <= BLAST[d, b] && !macros)
			print BFIRST[d, b], BLAST[d, b], why
	}
	if (macros && NB[d] == 2 && BMAC[d, 1] != "" && BHOW[d, 2] == "#else") {
		if (BNEW[d, 1] && !BNEW[d, 2] && BOLD[d, 2])
			print BMAC[d, 1], (BPOS[d, 1] ? "ifdef" : "ifndef")
		else if (BNEW[d, 2] && !BNEW[d, 1] && BOLD[d, 1])
			print BMAC[d, 1], (BPOS[d, 1] ? "ifndef" : "ifdef")
	}
	delete_level(d)
}

function delete_level(d,   b) {
	for (b = 1; b <= NB[d]; b++) {
		delete BFIRST[d, b]; delete BLAST[d, b]; delete BHOW[d, b]
		delete BMAC[d, b]; delete BPOS[d, b]; delete BDEAD[d, b]
		delete BNEW[d, b]; delete BOLD[d, b]
	}
	NB[d] = 0; LATER[d] = 0; OPEN[d] = ""
}

BEGIN {
	newre = words_re(new); oldre = words_re(old)
	depth = 0; incomment = 0; cont = ""
}

{
	line = $0
	# A directive continued over several lines is read as one.
	if (cont != "") {
		cont = cont " " line
		if (line ~ /\\$/) { sub(/\\$/, "", cont); next }
		line = cont; cont = ""; ln = contln
	} else {
		ln = NR
		if (!incomment && line ~ /^[ \t]*#/ && line ~ /\\$/) {
			cont = line; sub(/\\$/, "", cont); contln = NR; next
		}
	}
	startcomment = incomment
	# Block comments: a directive inside one is no directive.
	s = line; code = ""
	while (s != "") {
		if (incomment) {
			i = index(s, "*/")
			if (!i) { s = ""; break }
			s = substr(s, i + 2); incomment = 0; code = code " "
		} else {
			i = index(s, "/*")
			if (!i) { code = code s; break }
			code = code substr(s, 1, i - 1); s = substr(s, i + 2); incomment = 1
		}
	}
	sub(/\/\/.*/, "", code)
	if (!startcomment && code ~ /^[ \t]*#[ \t]*(if|ifdef|ifndef|elif|else|endif)([^A-Za-z0-9_]|$)/) {
		d = code
		sub(/^[ \t]*#[ \t]*/, "", d)
		kw = d; sub(/[^A-Za-z].*/, "", kw)
		arg = trim(substr(d, length(kw) + 1))
		text = "#" kw (arg != "" ? " " arg : "")
		gsub(/[ \t]+/, " ", text)
		if (kw == "if" || kw == "ifdef" || kw == "ifndef") {
			depth++
			delete_level(depth)
			OPEN[depth] = text
			cond = arg
			if (kw == "ifdef") cond = "defined(" arg ")"
			else if (kw == "ifndef") cond = "!defined(" arg ")"
			branch(depth, cond, text, NR)
		} else if (depth > 0 && kw == "elif") {
			close_branch(depth, ln)
			branch(depth, arg, text, NR)
		} else if (depth > 0 && kw == "else") {
			close_branch(depth, ln)
			branch(depth, "", "#else", NR)
		} else if (depth > 0 && kw == "endif") {
			close_branch(depth, ln)
			close_group(depth)
			depth--
		}
		next
	}
	hn = has_word(code, newre); ho = has_word(code, oldre)
	for (d = 1; d <= depth; d++) {
		if (hn) BNEW[d, NB[d]] = 1
		if (ho) BOLD[d, NB[d]] = 1
	}
}
