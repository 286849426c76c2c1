// SPDX-License-Identifier: GPL-2.0-only
/// mm/mmu_notifier: remove the change_pte callback
///
/// The change_pte() notifier, called through set_pte_at_notify() when KSM
/// or a COW fault replaced a PTE, let a secondary MMU (KVM) install the
/// new page without a fault.  It had long been useless, since every
/// change_pte() sits between invalidate_range_start() and _end(), which
/// already drop the secondary mapping.  Paolo Bonzini's series "KVM, mm:
/// remove the .change_pte() MMU notifier and set_pte_at_notify()" (April
/// 2024) removed both in Linux 6.10.  How sure that release is: the op is
/// still in 6.8, and the series was posted after the 6.9 merge window had
/// closed (6.9-rc1, March 2024), which rules out 6.9; that it went into
/// 6.10 (the KVM pull of May 2024) is from recollection, with no primary
/// source at hand.  Moderately sure, not certain.
///
/// The .change_pte entry of a struct mmu_notifier_ops initializer (also in
/// arrays of ops) and a run-time ops->change_pte assignment are removed
/// (with the if that guards it alone, when its condition has no call or
/// assignment).
/// The callback they named goes too, with its forward declarations, when
/// it is a static function of the file that nothing else mentions; so
/// does a static, non-inline function of the file that only that callback
/// mentioned (one level: it would be left unused).  A callback used
/// elsewhere, or not static, keeps its definition and is reported.
/// set_pte_at_notify(mm, addr, ptep, pte) becomes set_pte_at(mm, addr,
/// ptep, pte) in every caller, as upstream did (uprobes, KSM, the COW
/// fault, migrate_vma): its callers already sit between
/// invalidate_range_start() and _end(), which drop the secondary mappings.
///
// Confidence: High
// Options: --no-includes --include-headers
// Keywords: mmu_notifier, change_pte, set_pte_at_notify, KVM, KSM
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

let step = "change_pte_removed"

let report ps msg =
  let p = List.hd ps in
  Printf.printf "%s:%d:%d: %s [%s]\n" p.Coccilib.file p.Coccilib.line
    (p.Coccilib.col + 1) msg step

let todo ps msg =
  let p = List.hd ps in
  let esc = String.map (function '[' -> '(' | ']' -> ')' | c -> c) msg in
  Printf.printf "* TODO [[view:%s::face=ovl-face1::linb=%d::colb=%d::cole=%d][%s (%s)]]\n"
    p.Coccilib.file p.Coccilib.line p.Coccilib.col p.Coccilib.col_end esc step

let entry_msg =
  "change_pte op removed: 6.10 dropped it, secondary MMUs see PTE changes through invalidate_range_start/end"

let read_msg =
  "change_pte op is gone in 6.10: drop this use by hand"

let cb_msg fn =
  Printf.sprintf "change_pte callback %s removed with its op" fn

let cb_used_msg fn =
  Printf.sprintf "change_pte callback %s is used elsewhere: only its op is removed, drop the function by hand once unused" fn

let cb_extern_msg fn =
  Printf.sprintf "change_pte callback %s is not static: only its op is removed, drop the function by hand if no other file uses it" fn

let helper_msg h fn =
  Printf.sprintf "%s only served the change_pte callback %s: removed with it" h fn

let notify_msg =
  "set_pte_at_notify() becomes set_pte_at() (6.10): the invalidate_range_start/end around it already drop the secondary mappings"

//----------------------------------------------------------------
//  the ops entries and the callbacks they name
//----------------------------------------------------------------

@entry@
identifier I;
expression E, X, N;
position p : script:ocaml() { not (api_file p) };
position pe;
@@
(
struct mmu_notifier_ops I = {
 .change_pte@p = E@pe,
};
|
struct mmu_notifier_ops I[] = {
 [X] = {
 .change_pte@p = E@pe,
 },
};
|
struct mmu_notifier_ops I[N] = {
 [X] = {
 .change_pte@p = E@pe,
 },
};
)

@asgentry@
struct mmu_notifier_ops *O;
struct mmu_notifier_ops S;
expression E;
position p : script:ocaml() { not (api_file p) };
position pe;
@@
(
 O->change_pte@p = E@pe;
|
 S.change_pte@p = E@pe;
)

// Any other use of the member (a test, a call through it).
@rd@
struct mmu_notifier_ops *O;
struct mmu_notifier_ops S;
position p != asgentry.p;
position q : script:ocaml() { not (api_file q) };
@@
(
 O->change_pte@p@q
|
 S.change_pte@p@q
)

@cb depends on entry || asgentry@
identifier fn;
position pe = {entry.pe, asgentry.pe};
@@
fn@pe

// The callback named anywhere else in the file.
@used@
identifier cb.fn;
position q != {entry.pe, asgentry.pe};
@@
fn@q

@cbdef@
identifier cb.fn;
type T;
position pd;
@@
T fn@pd(...) { ... }

@cbstatic@
identifier cb.fn;
type T;
position cbdef.pd;
@@
static T fn@pd(...) { ... }

// Functions the removed callback mentions, and whether anything else does.
@helper depends on !used && cbstatic@
identifier cb.fn, h;
position ph;
@@
fn(...) { <+... h@ph ...+> }

@hdef@
identifier helper.h;
type T;
position pd;
@@
static T h@pd(...) { ... }

@hinline@
identifier helper.h;
type T;
@@
static inline T h(...) { ... }

@hused@
identifier helper.h;
position q != helper.ph;
@@
h@q

@notify@
expression M, A, P, V;
position p : script:ocaml() { not (api_file p) };
@@
set_pte_at_notify@p(M, A, P, V)

//----------------------------------------------------------------
//  patch mode
//----------------------------------------------------------------

@depends on patch && !context && !org && !report@
identifier I;
expression E, X, N;
position p : script:ocaml() { not (api_file p) };
@@
(
struct mmu_notifier_ops I = {
- .change_pte@p = E,
};
|
struct mmu_notifier_ops I[] = {
 [X] = {
- .change_pte@p = E,
 },
};
|
struct mmu_notifier_ops I[N] = {
 [X] = {
- .change_pte@p = E,
 },
};
)

// An assignment that is the whole branch of an if without else takes the
// if along, unless the condition has a call or an assignment in it.
@impure_if@
struct mmu_notifier_ops *O;
struct mmu_notifier_ops S;
expression E, E1, E2;
position p;
@@
if (<+... \(E1(...)\|E1 = E2\|E1 += E2\|E1 -= E2\|E1++\|E1--\|++E1\|--E1\) ...+>)
\(O->change_pte@p = E;\|S.change_pte@p = E;\|{ O->change_pte@p = E; }\|{ S.change_pte@p = E; }\)

@depends on patch && !context && !org && !report@
struct mmu_notifier_ops *O;
struct mmu_notifier_ops S;
expression C, E;
position p != impure_if.p;
position q : script:ocaml() { not (api_file q) };
@@
(
- if (C)
- O->change_pte@p@q = E;
|
- if (C)
- S.change_pte@p@q = E;
|
- if (C) {
- O->change_pte@p@q = E;
- }
|
- if (C) {
- S.change_pte@p@q = E;
- }
)

@depends on patch && !context && !org && !report@
struct mmu_notifier_ops *O;
struct mmu_notifier_ops S;
expression E;
position p : script:ocaml() { not (api_file p) };
@@
(
- O->change_pte@p = E;
|
- S.change_pte@p = E;
)

@depends on patch && !context && !org && !report && !used && cbstatic@
identifier cb.fn;
type T;
@@
- T fn(...) { ... }

@depends on patch && !context && !org && !report && !used && cbstatic@
identifier cb.fn;
type T;
@@
- T fn(...);

@depends on patch && !context && !org && !report && hdef && !hinline && !hused@
identifier helper.h;
type T;
@@
- T h(...) { ... }

@depends on patch && !context && !org && !report && hdef && !hinline && !hused@
identifier helper.h;
type T;
@@
- T h(...);

@depends on patch && !context && !org && !report@
position p : script:ocaml() { not (api_file p) };
@@
- set_pte_at_notify@p
+ set_pte_at
 (...)

//----------------------------------------------------------------
//  context, report and org modes
//----------------------------------------------------------------

@depends on context && !patch && !org && !report@
identifier I;
expression E, X, N;
position entry.p;
@@
(
struct mmu_notifier_ops I = {
* .change_pte@p = E,
};
|
struct mmu_notifier_ops I[] = {
 [X] = {
* .change_pte@p = E,
 },
};
|
struct mmu_notifier_ops I[N] = {
 [X] = {
* .change_pte@p = E,
 },
};
)

@depends on context && !patch && !org && !report@
struct mmu_notifier_ops *O;
struct mmu_notifier_ops S;
position p : script:ocaml() { not (api_file p) };
@@
(
* O->change_pte@p
|
* S.change_pte@p
|
* set_pte_at_notify@p(...)
)

@depends on context && !patch && !org && !report && !used && cbstatic@
identifier cb.fn;
type T;
@@
* T fn(...) { ... }

@depends on context && !patch && !org && !report && hdef && !hinline && !hused@
identifier helper.h;
type T;
@@
* T h(...) { ... }

@script:ocaml depends on report@
p << entry.p;
@@
report p entry_msg

@script:ocaml depends on org@
p << entry.p;
@@
todo p entry_msg

@script:ocaml depends on report@
p << asgentry.p;
@@
report p entry_msg

@script:ocaml depends on org@
p << asgentry.p;
@@
todo p entry_msg

@script:ocaml depends on report@
p << rd.p;
@@
report p read_msg

@script:ocaml depends on org@
p << rd.p;
@@
todo p read_msg

@script:ocaml depends on report && !used && cbstatic@
fn << cb.fn;
p << cbdef.pd;
@@
report p (cb_msg fn)

@script:ocaml depends on org && !used && cbstatic@
fn << cb.fn;
p << cbdef.pd;
@@
todo p (cb_msg fn)

@script:ocaml depends on report && used@
fn << cb.fn;
p << cbdef.pd;
@@
report p (cb_used_msg fn)

@script:ocaml depends on org && used@
fn << cb.fn;
p << cbdef.pd;
@@
todo p (cb_used_msg fn)

@script:ocaml depends on report && !used && !cbstatic@
fn << cb.fn;
p << cbdef.pd;
@@
report p (cb_extern_msg fn)

@script:ocaml depends on org && !used && !cbstatic@
fn << cb.fn;
p << cbdef.pd;
@@
todo p (cb_extern_msg fn)

@script:ocaml depends on report && !hinline && !hused@
h << helper.h;
fn << cb.fn;
p << hdef.pd;
@@
report p (helper_msg h fn)

@script:ocaml depends on org && !hinline && !hused@
h << helper.h;
fn << cb.fn;
p << hdef.pd;
@@
todo p (helper_msg h fn)

@script:ocaml depends on report@
p << notify.p;
@@
report p notify_msg

@script:ocaml depends on org@
p << notify.p;
@@
todo p notify_msg
