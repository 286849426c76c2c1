// SPDX-License-Identifier: GPL-2.0-only
/// mm/mmu_notifier: drop the vma argument of mmu_notifier_range_init()
///
/// Linux 6.3 removed the vma member of struct mmu_notifier_range: its only
/// reader was mmu_notifier_range_update_to_read_only(), which nobody called
/// and which went with it.  mmu_notifier_range_init(range, event, flags,
/// vma, mm, start, end) and mmu_notifier_range_init_owner(range, event,
/// flags, vma, mm, start, end, owner) lose their fourth argument; the other
/// arguments are kept as they are.
///
/// A local vma variable that served only as that argument would be left
/// unused: its declaration is removed when nothing else in the function
/// names it and its initializer, if any, is free of calls and assignments.
/// Otherwise (an initializer with a call, or assignments to it left) it is
/// kept and reported.  An argument with side effects is not dropped but
/// reported, as are range->vma uses and
/// mmu_notifier_range_update_to_read_only() calls: they need a human.
///
// Confidence: High
// Options: --no-includes --include-headers
// Keywords: mmu_notifier, mmu_notifier_range_init, mmu_notifier_range_init_owner, vma
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
    ["include/linux/mmu_notifier.h"; "mm/mmu_notifier.c"]

let step = "range_no_vma"

let report ps msg =
  let p = List.hd ps in
  Printf.printf "%s:%d:%d: %s [%s]\n" p.Coccilib.file p.Coccilib.line
    (p.Coccilib.col + 1) msg step

let todo ps msg =
  let p = List.hd ps in
  let esc = String.map (function '[' -> '(' | ']' -> ')' | c -> c) msg in
  Printf.printf "* TODO [[view:%s::face=ovl-face1::linb=%d::colb=%d::cole=%d][%s (%s)]]\n"
    p.Coccilib.file p.Coccilib.line p.Coccilib.col p.Coccilib.col_end esc step

let unused_msg v =
  Printf.sprintf "local %s only served as the vma argument: removed" v

let impure_init_msg v =
  Printf.sprintf "local %s is unused once the vma argument goes, but its initializer has a call or an assignment: remove it by hand, keeping any effect that matters" v

let written_msg v =
  Printf.sprintf "local %s is only written once the vma argument goes: remove it and its assignments by hand" v

// A vma argument with side effects (a call, an assignment, ++/--) is not
// dropped silently.
@impure@
expression R, Ev, Fl, M, S, E, O, E1, E2;
position p : script:ocaml() { not (api_file p) };
@@
(
 mmu_notifier_range_init@p(R, Ev, Fl,
   <+... \(E1(...)\|E1 = E2\|E1 += E2\|E1 -= E2\|E1++\|E1--\|++E1\|--E1\) ...+>,
   M, S, E)
|
 mmu_notifier_range_init_owner@p(R, Ev, Fl,
   <+... \(E1(...)\|E1 = E2\|E1 += E2\|E1 -= E2\|E1++\|E1--\|++E1\|--E1\) ...+>,
   M, S, E, O)
)

// Every call in the 5.2-6.2 form that loses its vma argument.
@call@
expression R, Ev, Fl, V, M, S, E, O;
position p != impure.p;
position q : script:ocaml() { not (api_file q) };
@@
(
 mmu_notifier_range_init@p@q(R, Ev, Fl, V, M, S, E)
|
 mmu_notifier_range_init_owner@p@q(R, Ev, Fl, V, M, S, E, O)
)

// The vma argument is a plain variable: where is it declared?
@site@
expression R, Ev, Fl, M, S, E, O;
identifier v;
position pv;
position call.p;
@@
(
 mmu_notifier_range_init@p(R, Ev, Fl, v@pv, M, S, E)
|
 mmu_notifier_range_init_owner@p(R, Ev, Fl, v@pv, M, S, E, O)
)

@decl exists@
identifier fn, site.v;
position site.pv, pd;
type T;
expression R, Ev, Fl, M, S, E, O, I;
@@
fn(...) {
 ... when any
(
 T v@pd;
|
 T v@pd = I;
)
 ... when any
(
 mmu_notifier_range_init(R, Ev, Fl, v@pv, M, S, E)
|
 mmu_notifier_range_init_owner(R, Ev, Fl, v@pv, M, S, E, O)
)
 ... when any
}

// Any other mention of the variable in the function (every vma argument
// being dropped is excluded, so two calls sharing one vma still count as
// unused).
@ref exists@
identifier decl.fn, site.v;
position q != site.pv;
@@
fn(...) { <+... v@q ...+> }

// Mentions that are only writes.
@wr exists@
identifier decl.fn, site.v;
position qw != {site.pv, decl.pd};
expression E;
@@
fn(...) { <+... v@qw = E ...+> }

@read exists@
identifier decl.fn, site.v;
position qr != {site.pv, wr.qw};
@@
fn(...) { <+... v@qr ...+> }

@impinit exists@
identifier decl.fn, site.v;
position decl.pd;
type T;
expression E1, E2;
@@
fn(...) {
 ... when any
 T v@pd = <+... \(E1(...)\|E1 = E2\|E1 += E2\|E1 -= E2\|E1++\|E1--\|++E1\|--E1\) ...+>;
 ... when any
}

//----------------------------------------------------------------
//  patch mode
//----------------------------------------------------------------

@depends on patch && !context && !org && !report@
expression R, Ev, Fl, V, M, S, E, O;
position call.p;
@@
(
 mmu_notifier_range_init@p(R, Ev, Fl,
- V,
 M, S, E)
|
 mmu_notifier_range_init_owner@p(R, Ev, Fl,
- V,
 M, S, E, O)
)

@depends on patch && !context && !org && !report && !ref && !impinit@
identifier decl.fn, site.v;
type T;
expression I;
@@
fn(...) {
 ... when any
(
- T v;
|
- T v = I;
)
 ... when any
}

//----------------------------------------------------------------
//  context, report and org modes
//----------------------------------------------------------------

@use depends on !patch && (context || org || report)@
struct mmu_notifier_range *R;
struct mmu_notifier_range S;
// A regular expression, not the name itself: spatch would take "vma" as
// a token of its own and read every file that has a vma.
identifier fld =~ "^vma$";
position p : script:ocaml() { not (api_file p) };
@@
(
* R->fld@p
|
* S.fld@p
)

@ro depends on !patch && (context || org || report)@
expression R;
position p : script:ocaml() { not (api_file p) };
@@
* mmu_notifier_range_update_to_read_only@p(R)

@depends on context && !patch && !org && !report@
expression R, Ev, Fl, V, M, S, E, O;
position p != impure.p;
position q : script:ocaml() { not (api_file q) };
@@
(
* mmu_notifier_range_init@p@q(R, Ev, Fl, V, M, S, E)
|
* mmu_notifier_range_init_owner@p@q(R, Ev, Fl, V, M, S, E, O)
)

@depends on context && !patch && !org && !report@
expression R, Ev, Fl, V, M, S, E, O;
position impure.p;
@@
(
* mmu_notifier_range_init@p(R, Ev, Fl, V, M, S, E)
|
* mmu_notifier_range_init_owner@p(R, Ev, Fl, V, M, S, E, O)
)

@depends on context && !patch && !org && !report@
identifier decl.fn, site.v;
position decl.pd;
type T;
expression I;
@@
fn(...) {
 ... when any
(
* T v@pd;
|
* T v@pd = I;
)
 ... when any
}

@script:ocaml depends on report@
p << call.p;
@@
report p "vma argument dropped: 6.3 ranges carry no vma"

@script:ocaml depends on org@
p << call.p;
@@
todo p "vma argument dropped: 6.3 ranges carry no vma"

@script:ocaml depends on report@
p << impure.p;
@@
report p "vma argument has a call or an assignment in it: drop it by hand, keeping any effect that matters (6.3 ranges carry no vma)"

@script:ocaml depends on org@
p << impure.p;
@@
todo p "vma argument has a call or an assignment in it: drop it by hand, keeping any effect that matters (6.3 ranges carry no vma)"

@script:ocaml depends on report@
p << use.p;
@@
report p "struct mmu_notifier_range has no vma member since 6.3: take the vma from the caller or drop this use by hand"

@script:ocaml depends on org@
p << use.p;
@@
todo p "struct mmu_notifier_range has no vma member since 6.3: take the vma from the caller or drop this use by hand"

@script:ocaml depends on report@
p << ro.p;
@@
report p "mmu_notifier_range_update_to_read_only() is gone since 6.3 (it read range->vma): drop this shortcut or test MMU_NOTIFY_PROTECTION_VMA against a vma of your own"

@script:ocaml depends on org@
p << ro.p;
@@
todo p "mmu_notifier_range_update_to_read_only() is gone since 6.3 (it read range->vma): drop this shortcut or test MMU_NOTIFY_PROTECTION_VMA against a vma of your own"

@script:ocaml depends on report && !ref && !impinit@
v << site.v;
p << decl.pd;
@@
report p (unused_msg v)

@script:ocaml depends on org && !ref && !impinit@
v << site.v;
p << decl.pd;
@@
todo p (unused_msg v)

@script:ocaml depends on report && !ref && impinit@
v << site.v;
p << decl.pd;
@@
report p (impure_init_msg v)

@script:ocaml depends on org && !ref && impinit@
v << site.v;
p << decl.pd;
@@
todo p (impure_init_msg v)

@script:ocaml depends on report && wr && !read@
v << site.v;
p << decl.pd;
@@
report p (written_msg v)

@script:ocaml depends on org && wr && !read@
v << site.v;
p << decl.pd;
@@
todo p (written_msg v)
