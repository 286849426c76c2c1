# SPDX-License-Identifier: GPL-2.0-only
#
# compat-merge.awk: the --compat form of one file converted by driver-patch.
#
#   awk -f compat-merge.awk -v vers="V1 V2 ..." [-v schemes=FILE] \
#       ORIG FILE1 FILE2 ... DIFF1 DIFF2 ...
#
# ORIG is the file before the conversion, FILEk the file after the last
# step of API version Vk (versions in series order), DIFFk the output of
# `diff FILE(k-1) FILEk` (normal format; FILE0 is ORIG).  It prints one
# file where every changed group of lines is an #if chain, newest first,
# on LINUX_VERSION_CODE >= KERNEL_VERSION(x, y, 0).  The merge goes
# version by version over the diff hunks; groups never split a comment or
# a backslash-continued line, and an internal check proves that each
# branch selection gives back exactly the file of that version (else exit
# 3).  <linux/version.h> is included when a LINUX_VERSION_CODE test is
# written and no version of the file includes it.
#
# The module's own scheme: each line "VERSION MACRO ifdef|ifndef WORD..."
# of the file SCHEMES says that the module tests MACRO around the step of
# VERSION, its new form (which holds a WORD) under defined(MACRO) (ifndef:
# under !defined(MACRO)).  A branch of version VERSION holding a WORD is
# then tested on the macro, never on LINUX_VERSION_CODE.
function readfile(path, k,   line, n) {
	n = 0
	while ((getline line < path) > 0) L[k, ++n] = line
	close(path)
	N[k] = n
}
# CS[k, i]: line i of version k starts inside a block comment.
function comments(k,   i, j, n, s, c, q, line) {
	s = 0
	for (i = 1; i <= N[k]; i++) {
		CS[k, i] = s
		line = L[k, i]; n = length(line); q = ""
		for (j = 1; j <= n; j++) {
			c = substr(line, j, 1)
			if (s) {
				if (c == "*" && substr(line, j + 1, 1) == "/") { s = 0; j++ }
				continue
			}
			if (q != "") {
				if (c == "\\") j++
				else if (c == q) q = ""
				continue
			}
			if (c == "\"" || c == "\047") q = c
			else if (c == "/" && substr(line, j + 1, 1) == "*") { s = 1; j++ }
			else if (c == "/" && substr(line, j + 1, 1) == "/") break
		}
	}
	CS[k, N[k] + 1] = s
}
# A directive may go before line p of version k.
function safe(k, p) {
	if (p < 1 || p > N[k] + 1) return 1
	if (CS[k, p]) return 0
	if (p > 1 && L[k, p - 1] ~ /\\$/) return 0
	return 1
}
function width(e) { return ET[e] == "c" ? 1 : GN[e, GB[e] - 1] }
# text_of(e, x): the lines element e has at version x, joined by "\n",
# with their count in TN.
function text_of(e, x,   j) {
	if (ET[e] == "c") { TN = 1; return EC[e] }
	for (j = GB[e] - 1; j > 0 && GV[e, j] > x; j--) ;
	TN = GN[e, j]
	return GT[e, j]
}
function join(t, n, line) {
	if (n == 0) return line
	return t "\n" line
}
# Append to the new element list (prefix N_).
function keep(e,   j) {
	ne2++
	N_ET[ne2] = ET[e]
	if (ET[e] == "c") { N_EC[ne2] = EC[e]; return }
	N_GB[ne2] = GB[e]
	for (j = 0; j < GB[e]; j++) {
		N_GV[ne2, j] = GV[e, j]; N_GT[ne2, j] = GT[e, j]; N_GN[ne2, j] = GN[e, j]
	}
}
function newline(s) { ne2++; N_ET[ne2] = "c"; N_EC[ne2] = s }
# A group from elements ef..el (none when el < ef) and lines b1..b2 of
# version k.
function group(ef, el, b1, b2, k,   x, e, t, n, pt, pn, nb, i, m) {
	nb = 0
	for (x = 0; x <= k; x++) {
		t = ""; n = 0
		if (x == k) {
			for (i = b1; i <= b2; i++) { t = join(t, n, L[k, i]); n++ }
		} else {
			for (e = ef; e <= el; e++) {
				s = text_of(e, x)
				if (TN > 0) { t = (n == 0 ? s : t "\n" s); n += TN }
			}
		}
		if (x == 0 || n != pn || t != pt) {
			BV[nb] = x; BT[nb] = t; BN[nb] = n; nb++
		}
		pt = t; pn = n
	}
	if (nb == 1) {	# the same at every version: plain lines
		m = split(BT[0], parts, "\n")
		for (i = 1; i <= BN[0]; i++) newline(i <= m ? parts[i] : "")
		return
	}
	ne2++
	N_ET[ne2] = "g"; N_GB[ne2] = nb
	for (i = 0; i < nb; i++) {
		N_GV[ne2, i] = BV[i]; N_GT[ne2, i] = BT[i]; N_GN[ne2, i] = BN[i]
	}
}
function install(   e, j) {
	for (e = 1; e <= ne2; e++) {
		ET[e] = N_ET[e]
		if (ET[e] == "c") { EC[e] = N_EC[e]; continue }
		GB[e] = N_GB[e]
		for (j = 0; j < GB[e]; j++) {
			GV[e, j] = N_GV[e, j]; GT[e, j] = N_GT[e, j]; GN[e, j] = N_GN[e, j]
		}
	}
	ne = ne2
}
# Merge version k (its diff from version k-1 in file df) into the elements.
function merge(k, df,   line, nh, a, b, op, i, e, a1, a2, ef, fh, w, more) {
	nh = 0
	while ((getline line < df) > 0) {
		if (line !~ /^[0-9]+(,[0-9]+)?[acd][0-9]+(,[0-9]+)?$/) continue
		op = line; sub(/^[0-9,]+/, "", op); op = substr(op, 1, 1)
		split(line, parts, /[acd]/)
		a = split(parts[1], A, ","); b = split(parts[2], B, ",")
		if (a == 1) A[2] = A[1]
		if (b == 1) B[2] = B[1]
		nh++
		if (op == "a") { H1[nh] = A[1] + 1; H2[nh] = A[1]; K1[nh] = B[1]; K2[nh] = B[2] }
		else if (op == "d") { H1[nh] = A[1]; H2[nh] = A[2]; K1[nh] = B[1] + 1; K2[nh] = B[1] }
		else { H1[nh] = A[1]; H2[nh] = A[2]; K1[nh] = B[1]; K2[nh] = B[2] }
		# Never start or end a group inside a comment or a continued line.
		while (H1[nh] > 1 && K1[nh] > 1 && (!safe(k - 1, H1[nh]) || !safe(k, K1[nh]))) {
			H1[nh]--; K1[nh]--
		}
		while (H2[nh] < N[k - 1] && K2[nh] < N[k] &&
		       (!safe(k - 1, H2[nh] + 1) || !safe(k, K2[nh] + 1))) {
			H2[nh]++; K2[nh]++
		}
	}
	close(df)
	# Line span of each element in version k-1.
	a = 1
	for (e = 1; e <= ne; e++) { ES[e] = a; a += width(e); EE[e] = a - 1 }
	ne2 = 0
	e = 1
	for (i = 1; i <= nh; i++) {
		fh = i
		a1 = H1[i]; a2 = H2[i]
		# Elements wholly before the hunk.
		while (e <= ne && ((width(e) > 0 && EE[e] < a1) || (width(e) == 0 && ES[e] < a1))) {
			keep(e); e++
		}
		ef = e
		# A group straddling the start joins: the group starts with it.
		if (e <= ne && width(e) > 0 && ES[e] < a1) a1 = ES[e]
		more = 1
		while (more) {
			while (e <= ne) {
				w = width(e)
				if (w > 0 && ES[e] > a2) break
				if (w == 0 && ES[e] > a2 + 1) break
				if (w > 0 && EE[e] > a2) a2 = EE[e]
				e++
			}
			more = 0
			# A later hunk now touching this one joins it.
			if (i < nh && H1[i + 1] <= a2 + 1) {
				i++
				if (H2[i] > a2) a2 = H2[i]
				more = 1
			}
		}
		# Lines outside the hunks are the same in both versions, shifted
		# by what the hunks before them added or removed.
		group(ef, e - 1, a1 + K1[fh] - H1[fh], a2 + K2[i] - H2[i], k)
	}
	while (e <= ne) { keep(e); e++ }
	install()
}
function kv(v,   p, n) {
	n = split(v, p, ".")
	return "KERNEL_VERSION(" p[1] ", " (n > 1 ? p[2] : 0) ", " (n > 2 ? p[3] : 0) ")"
}
function emit_lines(t, n,   m, i, parts2) {
	if (n == 0) return
	m = split(t, parts2, "\n")
	for (i = 1; i <= n; i++) print (i <= m ? parts2[i] : "")
}
# read_schemes: the lines "VERSION MACRO ifdef|ifndef WORD..." of the file
# schemes (none when not given).
function read_schemes(   l, f, n, i) {
	ns = 0
	if (schemes == "") return
	while ((getline l < schemes) > 0) {
		n = split(l, f, " ")
		if (n < 4) continue
		ns++
		SV[ns] = f[1]
		SC[ns] = (f[3] == "ifndef" ? "!" : "") "defined(" f[2] ")"
		SW[ns] = f[4]
		for (i = 5; i <= n; i++) SW[ns] = SW[ns] "|" f[i]
	}
	close(schemes)
}
# scheme(e, j): the module's own test for branch j of group e (its version's
# macro, when the branch holds one of the macro's new-form words), or "".
function scheme(e, j,   s) {
	for (s = 1; s <= ns; s++)
		if (SV[s] == V[GV[e, j]] &&
		    GT[e, j] ~ ("(^|[^A-Za-z0-9_])(" SW[s] ")([^A-Za-z0-9_]|$)"))
			return SC[s]
	return ""
}
BEGIN {
	nv = split(vers, V, " ")	# V[1..nv]: the API version of each file after the first
	for (k = 0; k <= nv; k++) readfile(ARGV[k + 1], k)
	for (k = 0; k <= nv; k++) comments(k)
	ne = N[0]
	for (e = 1; e <= ne; e++) { ET[e] = "c"; EC[e] = L[0, e] }
	for (k = 1; k <= nv; k++) merge(k, ARGV[nv + 1 + k])
	# Self-check: selecting the branches of version x gives file x.
	for (x = 0; x <= nv; x++) {
		t = ""; n = 0
		for (e = 1; e <= ne; e++) {
			s = text_of(e, x)
			if (TN > 0) { t = (n == 0 ? s : t "\n" s); n += TN }
		}
		u = ""
		for (i = 1; i <= N[x]; i++) u = (i == 1 ? L[x, i] : u "\n" L[x, i])
		if (n != N[x] || t != u) {
			print "compat merge does not give back version " (x ? V[x] : "0") > "/dev/stderr"
			exit 3
		}
	}
	# <linux/version.h>, unless some version includes it already: after
	# the first unchanged #include <linux/...>, else the first unchanged
	# #include, else after an include guard, else at the top (after a
	# leading // comment line).
	read_schemes()
	# Needed only when some branch is tested on LINUX_VERSION_CODE.
	need = 0
	for (e = 1; e <= ne && !need; e++) {
		if (ET[e] != "g") continue
		if (GB[e] == 2 && GN[e, 1] == 0) need = 1
		for (j = 1; j < GB[e]; j++) if (scheme(e, j) == "") need = 1
	}
	for (k = 0; k <= nv && need; k++)
		for (i = 1; i <= N[k]; i++)
			if (L[k, i] ~ /^[ \t]*#[ \t]*include[ \t]*<linux\/version\.h>/) { need = 0; break }
	at = -1
	if (need) {
		for (e = 1; e <= ne && at < 0; e++)
			if (ET[e] == "c" && EC[e] ~ /^[ \t]*#[ \t]*include[ \t]*<linux\//) at = e
		for (e = 1; e <= ne && at < 0; e++)
			if (ET[e] == "c" && EC[e] ~ /^[ \t]*#[ \t]*include[ \t]*[<"]/) at = e
		if (at < 0 && ne >= 2 && ET[1] == "c" && ET[2] == "c" &&
		    EC[1] ~ /^#[ \t]*ifndef[ \t]/ && EC[2] ~ /^#[ \t]*define[ \t]/) at = 2
		if (at < 0) at = (ET[1] == "c" && EC[1] ~ /^\/\//) ? 1 : 0
	}
	if (at == 0) print "#include <linux/version.h>"
	for (e = 1; e <= ne; e++) {
		if (ET[e] == "c") print EC[e]
		else {
			nb = GB[e]
			if (nb == 2 && GN[e, 1] > 0 && (c = scheme(e, 1)) != "") {
				# One branch on the module's own macro: #ifdef M or #ifndef M.
				m = c; sub(/^!?defined\(/, "", m); sub(/\)$/, "", m)
				print (c ~ /^!/ ? "#ifndef " : "#ifdef ") m
				emit_lines(GT[e, 1], GN[e, 1])
				if (GN[e, 0] > 0) {
					print "#else"
					emit_lines(GT[e, 0], GN[e, 0])
				}
			} else if (nb == 2 && GN[e, 1] == 0) {
				print "#if LINUX_VERSION_CODE < " kv(V[GV[e, 1]])
				emit_lines(GT[e, 0], GN[e, 0])
			} else {
				for (j = nb - 1; j >= 1; j--) {
					c = scheme(e, j)
					print (j == nb - 1 ? "#if" : "#elif") " " \
						(c != "" ? c : "LINUX_VERSION_CODE >= " kv(V[GV[e, j]]))
					emit_lines(GT[e, j], GN[e, j])
				}
				if (GN[e, 0] > 0) {
					print "#else"
					emit_lines(GT[e, 0], GN[e, 0])
				}
			}
			print "#endif"
		}
		if (e == at) print "#include <linux/version.h>"
	}
}
