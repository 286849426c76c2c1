// SPDX-License-Identifier: GPL-2.0-only
/// mm/mmu_notifier: rename migrate_pgmap_owner to owner
///
/// Linux 5.14 gave the owner of a range a general name, so that device
/// exclusive access (MMU_NOTIFY_EXCLUSIVE) can carry one too.  The field
/// migrate_pgmap_owner of struct mmu_notifier_range becomes owner, and
/// mmu_notifier_range_init_migrate(range, flags, vma, mm, start, end, owner),
/// whose event was implicitly MMU_NOTIFY_MIGRATE, becomes
/// mmu_notifier_range_init_owner(range, MMU_NOTIFY_MIGRATE, flags, vma, mm,
/// start, end, owner).  Only members of struct mmu_notifier_range are
/// renamed; a member of that name read through an expression whose type
/// spatch cannot see is reported for a human.
///
// Confidence: High
// Options: --no-includes --include-headers
// Keywords: mmu_notifier, mmu_notifier_range, migrate_pgmap_owner, owner
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

let step = "range_owner_rename"

let report ps msg =
  let p = List.hd ps in
  Printf.printf "%s:%d:%d: %s [%s]\n" p.Coccilib.file p.Coccilib.line
    (p.Coccilib.col + 1) msg step

let todo ps msg =
  let p = List.hd ps in
  let esc = String.map (function '[' -> '(' | ']' -> ')' | c -> c) msg in
  Printf.printf "* TODO [[view:%s::face=ovl-face1::linb=%d::colb=%d::cole=%d][%s (%s)]]\n"
    p.Coccilib.file p.Coccilib.line p.Coccilib.col p.Coccilib.col_end esc step

let msg_init =
  "mmu_notifier_range_init_migrate() is gone in 5.14: use mmu_notifier_range_init_owner() with MMU_NOTIFY_MIGRATE"
let msg_field =
  "migrate_pgmap_owner of struct mmu_notifier_range is owner since 5.14"
let msg_unknown =
  "migrate_pgmap_owner on an expression whose type spatch cannot see: if it is a struct mmu_notifier_range, rename it to owner by hand"

(* Positions of migrate_pgmap_owner members read through a struct
   mmu_notifier_range, pointer or not (the typed rule below).  The type is
   compared in a script, not matched with a typed metavariable, so that the
   struct's name stays out of spatch's grep query: a file that uses ranges
   but not this member is not even parsed. *)
let range_member = Hashtbl.create 17
let pos_key ps =
  let p = List.hd ps in
  (p.Coccilib.file, p.Coccilib.line, p.Coccilib.col)
let is_range_type t =
  let words = String.split_on_char ' ' t in
  let t = String.concat "" (List.filter (fun w -> w <> "const" && w <> "") words) in
  t = "structmmu_notifier_range*" || t = "structmmu_notifier_range"
let range_member_at ps = Hashtbl.mem range_member (pos_key ps)

// Members of that name whose type is known: the range ones are renamed,
// the others (a driver's own struct) are left alone.  What remains has a
// type spatch does not know and is only reported.
@typed@
type T;
T E;
position p;
@@
(
  E->migrate_pgmap_owner@p
|
  E.migrate_pgmap_owner@p
)

@script:ocaml@
t << typed.T;
p << typed.p;
@@
if is_range_type t then Hashtbl.replace range_member (pos_key p) ()

//----------------------------------------------------------------
//  patch mode
//----------------------------------------------------------------

@depends on patch && !context && !org && !report@
expression R, F, V, M, S, E, O;
position q : script:ocaml() { not (api_file q) };
@@
- mmu_notifier_range_init_migrate@q(R, F, V, M, S, E, O)
+ mmu_notifier_range_init_owner(R, MMU_NOTIFY_MIGRATE, F, V, M, S, E, O)

@depends on patch && !context && !org && !report@
expression R;
position q : script:ocaml() { range_member_at q && not (api_file q) };
@@
(
  R->
- migrate_pgmap_owner@q
+ owner
|
  R.
- migrate_pgmap_owner@q
+ owner
)

//----------------------------------------------------------------
//  context, report and org modes
//----------------------------------------------------------------

@oldinit depends on !patch && (context || org || report)@
expression R, F, V, M, S, E, O;
position p : script:ocaml() { not (api_file p) };
@@
* mmu_notifier_range_init_migrate@p(R, F, V, M, S, E, O)

@rangefld depends on !patch && (context || org || report)@
expression R;
position p : script:ocaml() { range_member_at p && not (api_file p) };
@@
(
* R->migrate_pgmap_owner@p
|
* R.migrate_pgmap_owner@p
)

@untyped depends on !patch && (context || org || report)@
expression E;
position p != typed.p;
position q : script:ocaml() { not (api_file q) };
@@
(
* E->migrate_pgmap_owner@p@q
|
* E.migrate_pgmap_owner@p@q
)

@script:ocaml depends on report@
p << oldinit.p;
@@
report p msg_init

@script:ocaml depends on org@
p << oldinit.p;
@@
todo p msg_init

@script:ocaml depends on report@
p << rangefld.p;
@@
report p msg_field

@script:ocaml depends on org@
p << rangefld.p;
@@
todo p msg_field

@script:ocaml depends on report@
p << untyped.p;
@@
report p msg_unknown

@script:ocaml depends on org@
p << untyped.p;
@@
todo p msg_unknown
