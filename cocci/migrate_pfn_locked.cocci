// SPDX-License-Identifier: GPL-2.0-only
/// mm/migrate: stop setting MIGRATE_PFN_LOCKED in dst entries
///
/// Linux 5.16 removed MIGRATE_PFN_LOCKED: migrate_vma_setup() locks every
/// page it collects, and the page a driver allocates for a dst entry is
/// locked by the driver itself (lock_page()), so the bit carried no
/// information.  The values drivers store into dst entries lose it:
/// migrate_pfn(pfn) | MIGRATE_PFN_LOCKED becomes migrate_pfn(pfn), in any
/// order and in or-chains with other flags, and a statement that only sets
/// the bit on a dst entry (dst[i] |= MIGRATE_PFN_LOCKED) is removed, unless
/// it is the whole body of a branch or loop.  That one, and any other use
/// (a test of the bit, a mask, a value not stored into a dst entry), has no
/// mechanical equivalent and is reported.
///
// Confidence: High
// Options: --no-includes --include-headers
// Keywords: migrate_vma, MIGRATE_PFN_LOCKED, migrate_pfn
// Requires: 1.1.1

virtual patch
virtual context
virtual org
virtual report

@initialize:ocaml@
@@
(* The files that define the API get their new form from the core commits:
   never rewrite or report them.  The defines= fact of cocci/series;
   mk/step-facts.sh checks this copy against it. *)
let api_file ps =
  let f = (List.hd ps).Coccilib.file in
  List.exists (fun s -> Filename.check_suffix f s)
    ["include/linux/migrate.h"; "mm/migrate.c"; "mm/migrate_device.c"]

let step = "migrate_pfn_locked"

let report ps msg =
  let p = List.hd ps in
  Printf.printf "%s:%d:%d: %s [%s]\n" p.Coccilib.file p.Coccilib.line
    (p.Coccilib.col + 1) msg step

let todo ps msg =
  let p = List.hd ps in
  let esc = String.map (function '[' -> '(' | ']' -> ')' | c -> c) msg in
  Printf.printf "* TODO [[view:%s::face=ovl-face1::linb=%d::colb=%d::cole=%d][%s (%s)]]\n"
    p.Coccilib.file p.Coccilib.line p.Coccilib.col p.Coccilib.col_end esc step

let msg_value =
  "MIGRATE_PFN_LOCKED is gone in 5.16 (migrate_vma_setup() locks the pages itself): drop it from the dst entry value"
let msg_stmt =
  "MIGRATE_PFN_LOCKED is gone in 5.16: a dst entry needs no lock bit, drop this statement"
let msg_lonely =
  "MIGRATE_PFN_LOCKED is gone in 5.16: this statement is the whole body of a branch or loop, drop it together with what is left empty by hand"
let msg_other =
  "MIGRATE_PFN_LOCKED is gone in 5.16 and this is not a value stored into a dst entry (test, mask or other use): rework it by hand, every collected page is locked now"

// A migrate pfn being built: the bit is dropped wherever the value goes.
@lockor@
expression X, F;
position p : script:ocaml() { not (api_file p) };
@@
(
  migrate_pfn(X) | MIGRATE_PFN_LOCKED@p
|
  MIGRATE_PFN_LOCKED@p | migrate_pfn(X)
|
  migrate_pfn(X) | F | MIGRATE_PFN_LOCKED@p
|
  F | migrate_pfn(X) | MIGRATE_PFN_LOCKED@p
|
  F | MIGRATE_PFN_LOCKED@p | migrate_pfn(X)
|
  MIGRATE_PFN_LOCKED@p | F | migrate_pfn(X)
)

// Any value stored into a dst entry: args->dst[i], mig.dst[i], *mig.dst,
// or a driver's own cursor or array named after dst (dst[i], *dst,
// dst_pfns[i]).
@lockdst@
expression E, I, V;
identifier D =~ "dst";
position p : script:ocaml() { not (api_file p) };
@@
(
  \( E->dst[I] \| E.dst[I] \| *E->dst \| *E.dst \| D[I] \| *D \)
  = <+... \( V | MIGRATE_PFN_LOCKED@p \| MIGRATE_PFN_LOCKED@p | V \) ...+>
|
  \( E->dst[I] \| E.dst[I] \| *E->dst \| *E.dst \| D[I] \| *D \)
  |= <+... \( V | MIGRATE_PFN_LOCKED@p \| MIGRATE_PFN_LOCKED@p | V \) ...+>
)

// The only statement of a branch or loop body: removing it would leave an
// empty body, so it is left for a human.
@lonely@
expression E, I, C, E1, E2, E3;
identifier D =~ "dst";
statement S;
position p : script:ocaml() { not (api_file p) };
@@
(
  if (C)
    \( E->dst[I] \| E.dst[I] \| *E->dst \| *E.dst \| D[I] \| *D \)
    |= MIGRATE_PFN_LOCKED@p;
  else S
|
  if (C)
    \( E->dst[I] \| E.dst[I] \| *E->dst \| *E.dst \| D[I] \| *D \)
    |= MIGRATE_PFN_LOCKED@p;
|
  if (C) S else
    \( E->dst[I] \| E.dst[I] \| *E->dst \| *E.dst \| D[I] \| *D \)
    |= MIGRATE_PFN_LOCKED@p;
|
  for (E1; E2; E3)
    \( E->dst[I] \| E.dst[I] \| *E->dst \| *E.dst \| D[I] \| *D \)
    |= MIGRATE_PFN_LOCKED@p;
|
  while (C)
    \( E->dst[I] \| E.dst[I] \| *E->dst \| *E.dst \| D[I] \| *D \)
    |= MIGRATE_PFN_LOCKED@p;
)

// A statement that only marks a dst entry locked.
@lockset@
expression E, I;
identifier D =~ "dst";
position p != lonely.p;
position q : script:ocaml() { not (api_file q) };
@@
  \( E->dst[I] \| E.dst[I] \| *E->dst \| *E.dst \| D[I] \| *D \)
  |= MIGRATE_PFN_LOCKED@p@q;

// Everything else is for a human.
@other@
position p != {lockor.p, lockdst.p, lockset.p, lonely.p};
position q : script:ocaml() { not (api_file q) };
@@
MIGRATE_PFN_LOCKED@p@q

//----------------------------------------------------------------
//  patch mode
//----------------------------------------------------------------

// The statements first: the only rule that may inherit positions, since
// none is inherited over a rewrite.
@depends on patch && !context && !org && !report@
expression E;
position lockset.p;
@@
- E |= MIGRATE_PFN_LOCKED@p;

// Then the values, matched again the way lockor and lockdst match them.
// A parenthesised (migrate_pfn(x) | MIGRATE_PFN_LOCKED) loses its
// parentheses; a leading bit is dropped by reprinting the rest, which
// keeps its layout.
@depends on patch && !context && !org && !report@
expression X, F;
position q : script:ocaml() { not (api_file q) };
@@
(
- (
  migrate_pfn(X)
- | MIGRATE_PFN_LOCKED@q
- )
|
- (MIGRATE_PFN_LOCKED@q | migrate_pfn(X))
+ migrate_pfn(X)
|
  migrate_pfn(X)
- | MIGRATE_PFN_LOCKED@q
|
- MIGRATE_PFN_LOCKED@q | migrate_pfn(X)
+ migrate_pfn(X)
|
  migrate_pfn(X) | F
- | MIGRATE_PFN_LOCKED@q
|
  F | migrate_pfn(X)
- | MIGRATE_PFN_LOCKED@q
|
  F
- | MIGRATE_PFN_LOCKED@q
  | migrate_pfn(X)
|
- MIGRATE_PFN_LOCKED@q | F
+ F
  | migrate_pfn(X)
)

@depends on patch && !context && !org && !report@
expression E, I, V;
identifier D =~ "dst";
position q : script:ocaml() { not (api_file q) };
@@
(
  \( E->dst[I] \| E.dst[I] \| *E->dst \| *E.dst \| D[I] \| *D \)
  = <+...
(
  V
- | MIGRATE_PFN_LOCKED@q
|
- MIGRATE_PFN_LOCKED@q | V
+ V
)
  ...+>
|
  \( E->dst[I] \| E.dst[I] \| *E->dst \| *E.dst \| D[I] \| *D \)
  |= <+...
(
  V
- | MIGRATE_PFN_LOCKED@q
|
- MIGRATE_PFN_LOCKED@q | V
+ V
)
  ...+>
)


//----------------------------------------------------------------
//  context, report and org modes
//----------------------------------------------------------------

@depends on context && !patch && !org && !report@
position q : script:ocaml() { not (api_file q) };
@@
* MIGRATE_PFN_LOCKED@q

@value depends on !patch && (org || report)@
position p = {lockor.p, lockdst.p};
@@
MIGRATE_PFN_LOCKED@p

@script:ocaml depends on report@
p << value.p;
@@
report p msg_value

@script:ocaml depends on org@
p << value.p;
@@
todo p msg_value

@script:ocaml depends on report@
p << lockset.p;
@@
report p msg_stmt

@script:ocaml depends on org@
p << lockset.p;
@@
todo p msg_stmt

@script:ocaml depends on report@
p << other.p;
@@
report p msg_other

@script:ocaml depends on org@
p << other.p;
@@
todo p msg_other

@script:ocaml depends on report@
p << lonely.p;
@@
report p msg_lonely

@script:ocaml depends on org@
p << lonely.p;
@@
todo p msg_lonely
