// SPDX-License-Identifier: GPL-2.0-only
/// mm/mmu_notifier: use mmu_notifier_range_blockable() helper
///
/// Linux 5.2 turned the range's bool blockable field into a bit of
/// range->flags, read through mmu_notifier_range_blockable().  Every read
/// of ->blockable on a struct mmu_notifier_range becomes a call of the
/// helper, whatever the range variable is called.  A write to the field on
/// a range the function builds itself and does not pass to the core (the
/// ranges the 5.0 step gives a callback's direct callers) becomes a write of
/// flags (MMU_NOTIFIER_RANGE_BLOCKABLE or 0); any other write has no
/// mechanical equivalent (the core sets the flag) and is only reported.
///
// Confidence: High
// Options: --no-includes --include-headers
// Keywords: mmu_notifier, mmu_notifier_range, blockable
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

let step = "range_blockable"

let report ps msg =
  let p = List.hd ps in
  Printf.printf "%s:%d:%d: %s [%s]\n" p.Coccilib.file p.Coccilib.line
    (p.Coccilib.col + 1) msg step

let todo ps msg =
  let p = List.hd ps in
  let esc = String.map (function '[' -> '(' | ']' -> ')' | c -> c) msg in
  Printf.printf "* TODO [[view:%s::face=ovl-face1::linb=%d::colb=%d::cole=%d][%s (%s)]]\n"
    p.Coccilib.file p.Coccilib.line p.Coccilib.col p.Coccilib.col_end esc step

(* Ranges the function hands to a core start wrapper, by (file, function,
   range as written): the wrapper sets the blockable bit itself, so a write
   of the field there is left to a human. *)
let core_ranges : (string * string * string, unit) Hashtbl.t = Hashtbl.create 17

let at ps s =
  let p = List.hd ps in (p.Coccilib.file, p.Coccilib.current_element, s)

let own_range ps s = not (Hashtbl.mem core_ranges (at ps s))

(* The writes ownwrite found: converted, not left to a human. *)
let own_writes : (string * int * int, unit) Hashtbl.t = Hashtbl.create 17

let own_write ps =
  let p = List.hd ps in
  Hashtbl.mem own_writes (p.Coccilib.file, p.Coccilib.line, p.Coccilib.col)

// Writes cannot become a call: remember them so no rule rewrites them.
@write@
struct mmu_notifier_range *R;
struct mmu_notifier_range S;
expression E;
position p : script:ocaml() { not (api_file p) };
@@
(
  R->blockable@p = E
|
  S.blockable@p = E
)

// The ranges handed to a core start wrapper.
@corestart depends on write@
identifier fs =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
struct mmu_notifier_range S;
position p;
@@
fs@p(&S)

@script:ocaml@
p << corestart.p;
s << corestart.S;
@@
Hashtbl.replace core_ranges (at p s) ()

// A range the driver builds for its own use (its callback called
// directly): since 5.2 blockable is the MMU_NOTIFIER_RANGE_BLOCKABLE bit
// of flags, which mmu_notifier_range_init() clears.
@ownwrite depends on write@
struct mmu_notifier_range sr;
expression E;
position write.p;
position q : script:ocaml(sr) { own_range q sr };
@@
sr.blockable@p@q = E

@script:ocaml@
p << ownwrite.q;
@@
let x = List.hd p in
Hashtbl.replace own_writes (x.Coccilib.file, x.Coccilib.line, x.Coccilib.col) ()

//----------------------------------------------------------------
//  patch mode
//----------------------------------------------------------------

@depends on patch && !context && !org && !report@
struct mmu_notifier_range S;
expression E;
position ownwrite.q;
symbol true, false;
@@
(
- S.blockable@q = true;
+ S.flags = MMU_NOTIFIER_RANGE_BLOCKABLE;
|
- S.blockable@q = false;
+ S.flags = 0;
|
- S.blockable@q = E;
+ S.flags = E ? MMU_NOTIFIER_RANGE_BLOCKABLE : 0;
)

@depends on patch && !context && !org && !report@
struct mmu_notifier_range *R;
struct mmu_notifier_range S;
position p != write.p;
position q : script:ocaml() { not (api_file q) };
@@
(
- R->blockable@p@q
+ mmu_notifier_range_blockable(R)
|
- S.blockable@p@q
+ mmu_notifier_range_blockable(&S)
)

//----------------------------------------------------------------
//  context, report and org modes
//----------------------------------------------------------------

@read depends on !patch && (context || org || report)@
struct mmu_notifier_range *R;
struct mmu_notifier_range S;
position p != write.p;
position q : script:ocaml() { not (api_file q) };
@@
(
* R->blockable@p@q
|
* S.blockable@p@q
)

@depends on context && !patch && !org && !report@
struct mmu_notifier_range *R;
struct mmu_notifier_range S;
expression E;
position write.p;
@@
(
* R->blockable@p = E
|
* S.blockable@p = E
)

@script:ocaml depends on report@
p << read.p;
@@
report p "blockable field read: use mmu_notifier_range_blockable()"

@script:ocaml depends on org@
p << read.p;
@@
todo p "blockable field read: use mmu_notifier_range_blockable()"

@script:ocaml depends on report@
p << ownwrite.q;
@@
report p "blockable field written on a range built here: since 5.2 it is the MMU_NOTIFIER_RANGE_BLOCKABLE bit of range.flags"

@script:ocaml depends on org@
p << ownwrite.q;
@@
todo p "blockable field written on a range built here: since 5.2 it is the MMU_NOTIFIER_RANGE_BLOCKABLE bit of range.flags"

@script:ocaml depends on report@
p << write.p;
@@
if own_write p then () else report p "blockable field written: the 5.2 core sets MMU_NOTIFIER_RANGE_BLOCKABLE itself, drop or rework this by hand"

@script:ocaml depends on org@
p << write.p;
@@
if own_write p then () else todo p "blockable field written: the 5.2 core sets MMU_NOTIFIER_RANGE_BLOCKABLE itself, drop or rework this by hand"
