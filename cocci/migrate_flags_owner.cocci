// SPDX-License-Identifier: GPL-2.0-only
/// mm/migrate: use migrate_vma flags and pgmap_owner instead of src_owner
///
/// Linux 5.9 replaced the src_owner field of struct migrate_vma (5.7) with
/// pgmap_owner and a flags field saying which pages migrate_vma_setup()
/// collects: MIGRATE_VMA_SELECT_SYSTEM for normal pages,
/// MIGRATE_VMA_SELECT_DEVICE_PRIVATE for device-private pages whose pgmap
/// owner is pgmap_owner.  A flags value of 0 selects nothing, silently.
///
/// As upstream did for nouveau, the HMM test driver and the powerpc
/// secure-guest code: a non-NULL src_owner = X becomes pgmap_owner = X plus
/// flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE; src_owner = NULL becomes
/// pgmap_owner = NULL plus flags = MIGRATE_VMA_SELECT_SYSTEM; a struct
/// migrate_vma filled in a function and passed there to
/// migrate_vma_setup() with no owner at all gets
/// flags = MIGRATE_VMA_SELECT_SYSTEM, in its designated initializer, or as
/// an assignment after the field assignment just before the call (just
/// before the call otherwise).  Both the designated-initializer and the
/// assignment forms (args.src_owner, mig->src_owner) are converted; a
/// struct that already has flags or pgmap_owner is left alone.
///
/// Reported, never rewritten: a struct without owner in a migrate_to_ram
/// handler (named by a struct dev_pagemap_ops in the file) or in a function
/// of the file it calls (two calls deep), written for 5.4-5.6 where setup
/// also collected device-private pages: SYSTEM would collect nothing there,
/// the owner must be filled in; a migrate_vma_setup() on a struct filled
/// elsewhere (through a pointer), unless it is a static wrapper every
/// caller of which passes its own struct with flags and pgmap_owner set
/// (the callers that do not are named); a src_owner reached through an expression
/// whose type spatch cannot see; and, in report mode, every
/// system-to-device migration left without a pgmap_owner: upstream gave
/// those the driver's own owner so that its notifier can recognise, and
/// skip, its own MMU_NOTIFY_MIGRATE invalidations.
///
// Confidence: Moderate
// Options: --no-includes --include-headers
// Keywords: migrate_vma, src_owner, pgmap_owner, MIGRATE_VMA_SELECT_SYSTEM, MIGRATE_VMA_SELECT_DEVICE_PRIVATE
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

let step = "migrate_flags_owner"

let report ps msg =
  let p = List.hd ps in
  Printf.printf "%s:%d:%d: %s [%s]\n" p.Coccilib.file p.Coccilib.line
    (p.Coccilib.col + 1) msg step

let todo ps msg =
  let p = List.hd ps in
  let esc = String.map (function '[' -> '(' | ']' -> ')' | c -> c) msg in
  Printf.printf "* TODO [[view:%s::face=ovl-face1::linb=%d::colb=%d::cole=%d][%s (%s)]]\n"
    p.Coccilib.file p.Coccilib.line p.Coccilib.col p.Coccilib.col_end esc step

(* Facts about the files being processed, keyed by file base name, function
   and variable names.  spatch reparses a file after each rewrite: the rules
   after a rewrite see new positions and a temporary file name
   (cocci_small_output-<pid>-<hash>-<base name>), but the names stay.  The
   collecting rules run before any rewrite. *)
(* (file, function), variable: typed, so that modes whose scripts never
   fill a table still compile. *)
type seen = ((string * string) * string, unit) Hashtbl.t
let selected : seen = Hashtbl.create 17  (* (where, v): flags, pgmap_owner or src_owner set *)
let desig : seen = Hashtbl.create 17     (* (where, v): designated initializer *)
let setup : seen = Hashtbl.create 17     (* (where, v): migrate_vma_setup(&v) there *)
let assigned : seen = Hashtbl.create 17  (* (where, v): flags added after a field assignment *)
let ram_root = Hashtbl.create 17  (* where -> the migrate_to_ram handler it serves *)
let ram_ops = Hashtbl.create 17   (* (base, handler) -> its struct dev_pagemap_ops *)
let ops_pgmap = Hashtbl.create 17 (* (base, ops) -> the pgmap using it, as written *)
(* (where, v, field): which of flags, pgmap_owner, src_owner a struct sets *)
let fields : ((string * string) * string * string, unit) Hashtbl.t = Hashtbl.create 17

let base ps =
  let b = Filename.basename (List.hd ps).Coccilib.file in
  let pre = "cocci_small_output-" in
  let n = String.length pre in
  if String.length b > n && String.sub b 0 n = pre then
    (* skip "<pid>-<hash>-" *)
    let i = String.index_from b n '-' in
    let j = String.index_from b (i + 1) '-' in
    String.sub b (j + 1) (String.length b - j - 1)
  else b
let fn_of ps = (List.hd ps).Coccilib.current_element
let where ps = (base ps, fn_of ps)
let note tbl ps v = Hashtbl.replace tbl (where ps, v) ()

(* The migrate_to_ram paths, two calls deep: a handler, then every function
   a function already on the path calls.  Matching calls by position, not
   the callers' bodies with <+... ...+>, keeps this cheap on big files. *)
let is_ram_handler ps =
  match Hashtbl.find_opt ram_root (where ps) with
  | Some root -> root = fn_of ps
  | None -> false
let note_ram_callee ps callee =
  let k = (base ps, callee) in
  if not (Hashtbl.mem ram_root k) then
    Hashtbl.replace ram_root k (Hashtbl.find ram_root (where ps))

let ram_fn ps = Hashtbl.mem ram_root (where ps)
let unselected v ps =
  Hashtbl.mem setup (where ps, v) && not (Hashtbl.mem selected (where ps, v))
(* A struct with no owner at all that a plain SYSTEM selection fits. *)
let to_system v ps = unselected v ps && not (ram_fn ps)
let to_system_desig v ps = to_system v ps && Hashtbl.mem desig (where ps, v)
let to_system_assign v ps =
  to_system v ps && not (Hashtbl.mem desig (where ps, v))
let to_system_before v ps =
  to_system_assign v ps && not (Hashtbl.mem assigned (where ps, v))
(* The same in a migrate_to_ram path: for a human. *)
let owner_missing v ps = unselected v ps && ram_fn ps

let msg_owner =
  "src_owner is gone in 5.9: use pgmap_owner and flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE"
let msg_null =
  "src_owner = NULL is gone in 5.9: use pgmap_owner = NULL and flags = MIGRATE_VMA_SELECT_SYSTEM"
let msg_none v =
  Printf.sprintf "struct migrate_vma %s has no owner: 5.9 collects nothing without flags, use flags = MIGRATE_VMA_SELECT_SYSTEM" v
let msg_sys2dev =
  "system-to-device migration left without pgmap_owner: upstream set it to the driver's device-private owner (its dev_pagemap.owner) so the driver's notifier can skip its own MMU_NOTIFY_MIGRATE invalidations"
let msg_ram v ps =
  let fn = fn_of ps in
  let root = try Hashtbl.find ram_root (where ps) with Not_found -> fn in
  let place =
    if root = fn then Printf.sprintf "migrate_to_ram handler %s()" fn
    else Printf.sprintf "%s() (called from migrate_to_ram handler %s())" fn root in
  let owner =
    try
      let ops = Hashtbl.find ram_ops (base ps, root) in
      let pg = Hashtbl.find ops_pgmap (base ps, ops) in
      let n = String.length pg in
      if n > 5 && String.sub pg (n - 5) 5 = "->ops" then
        "the value stored in " ^ String.sub pg 0 (n - 5) ^ "->owner"
      else if n > 4 && String.sub pg (n - 4) 4 = ".ops" then
        "the value stored in " ^ String.sub pg 0 (n - 4) ^ ".owner"
      else "the owner of the device-private pgmap using " ^ ops
    with Not_found -> "the owner of the device-private pgmap" in
  Printf.sprintf "struct migrate_vma %s in %s has no owner: 5.4-5.6 collected device-private pages without one and SYSTEM would collect nothing, fill in pgmap_owner with %s (5.7 requires the pgmap to have one) and flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE by hand" v place owner
let msg_ptr =
  "migrate_vma_setup() on a struct migrate_vma filled outside this function and given no flags here: where it is filled, set flags = MIGRATE_VMA_SELECT_SYSTEM (system to device) or pgmap_owner plus MIGRATE_VMA_SELECT_DEVICE_PRIVATE (device to system)"
let msg_untyped =
  "src_owner on an expression whose type spatch cannot see: if it is a struct migrate_vma, convert it to pgmap_owner plus flags by hand"

let say_owner out p e =
  if e = "NULL" then (out p msg_null; out p msg_sys2dev) else out p msg_owner
let say_none out p v = out p (msg_none v); out p msg_sys2dev

(* Wrappers: functions that run migrate_vma_setup() on a struct
   migrate_vma * they take as a parameter, by (base, function): the
   parameter's index and name.  Their calls in the file, by (base,
   wrapper): caller, line and the struct the caller passes (&v), if it
   passes one of its own. *)
let wrappers : (string * string, int * string) Hashtbl.t = Hashtbl.create 17
let wrapper_static : (string * string, unit) Hashtbl.t = Hashtbl.create 17
let wrapper_calls : (string * string, string * int * string option) Hashtbl.t =
  Hashtbl.create 17
let amp_calls : (string * int * int, string) Hashtbl.t = Hashtbl.create 17
let call_key ps =
  let p = List.hd ps in (base ps, p.Coccilib.line, p.Coccilib.col)

(* A caller's own struct selects pages: flags and pgmap_owner, or a
   src_owner this step turns into both. *)
let caller_sets b c v =
  let has f = Hashtbl.mem fields ((b, c), v, f) in
  has "src_owner" || (has "flags" && has "pgmap_owner")

(* The calls of the wrapper holding the setup at ps, whose parameter m it
   sets up, that give it a struct without flags and pgmap_owner; None when
   it is no such wrapper or has no call in the file. *)
let bad_calls ps m =
  let (b, w) = where ps in
  match Hashtbl.find_opt wrappers (b, w) with
  | Some (_, m') when m' = m ->
    let calls = List.rev (Hashtbl.find_all wrapper_calls (b, w)) in
    if calls = [] then None
    else Some (List.filter (fun (c, _, a) -> match a with
        | Some v -> not (caller_sets b c v)
        | None -> true) calls)
  | _ -> None

(* Every caller sets flags and pgmap_owner, and no caller can hide in
   another file: nothing to say. *)
let wrapper_ok ps m =
  bad_calls ps m = Some [] && Hashtbl.mem wrapper_static (where ps)

let msg_wrapper ps m =
  let w = fn_of ps in
  match bad_calls ps m with
  | Some [] ->
    Printf.sprintf "migrate_vma_setup() on the struct migrate_vma that %s() takes from its callers: every caller here sets flags and pgmap_owner, but %s() is not static and callers in other files are not seen; check that they set them" w w
  | Some bad ->
    let names = String.concat ", "
        (List.map (fun (c, l, _) -> Printf.sprintf "%s() (line %d)" c l) bad) in
    Printf.sprintf "migrate_vma_setup() on the struct migrate_vma that %s() takes from its callers: %s %s not set flags and pgmap_owner on the struct it passes; set them there (MIGRATE_VMA_SELECT_SYSTEM for system to device, pgmap_owner plus MIGRATE_VMA_SELECT_DEVICE_PRIVATE for device to system)"
      w names (if List.length bad = 1 then "does" else "do")
  | None -> msg_ptr

//----------------------------------------------------------------
//  What the file holds (all modes, before any rewrite)
//----------------------------------------------------------------

// migrate_to_ram handlers, the functions they call, and those functions'
// callees: the paths that migrate device memory back to the system.
@ramops@
identifier ops, fn;
position p;
@@
struct dev_pagemap_ops ops@p = { ..., .migrate_to_ram = fn, ... };

@script:ocaml@
p << ramops.p;
ops << ramops.ops;
fn << ramops.fn;
@@
Hashtbl.replace ram_root (base p, fn) fn;
Hashtbl.replace ram_ops (base p, fn) ops

@ramcall1 depends on ramops@
identifier g;
position p : script:ocaml() { is_ram_handler p };
@@
g@p(...)

@script:ocaml@
p << ramcall1.p;
g << ramcall1.g;
@@
note_ram_callee p g

@ramcall2 depends on ramops@
identifier h;
position p : script:ocaml() { ram_fn p };
@@
h@p(...)

@script:ocaml@
p << ramcall2.p;
h << ramcall2.h;
@@
note_ram_callee p h

@rampgmap@
identifier ramops.ops;
expression lv;
position p;
@@
lv = &ops@p

@script:ocaml@
p << rampgmap.p;
ops << ramops.ops;
lv << rampgmap.lv;
@@
let b = Buffer.create 32 in
String.iter (fun c -> if c <> ' ' then Buffer.add_char b c) lv;
Hashtbl.replace ops_pgmap (base p, ops) (Buffer.contents b)

// Only files that set up migrations: flags is a common member name.
@hassetup@
@@
migrate_vma_setup(...)

// Structs that already select something (or will, from src_owner).
@selassign depends on hassetup@
identifier v;
identifier fld = {flags, pgmap_owner, src_owner};
expression e;
position p;
@@
(
  v.fld@p = e
|
  v->fld@p = e
)

@script:ocaml@
p << selassign.p;
v << selassign.v;
fld << selassign.fld;
@@
note selected p v;
Hashtbl.replace fields (where p, v, fld) ()

@selinit@
identifier v;
identifier fld = {flags, pgmap_owner, src_owner};
expression e;
position p;
@@
struct migrate_vma v@p = { ..., .fld = e, ... };

@script:ocaml@
p << selinit.p;
v << selinit.v;
fld << selinit.fld;
@@
note selected p v;
Hashtbl.replace fields (where p, v, fld) ()

@desiginit@
identifier v, fld;
expression e;
position p;
@@
struct migrate_vma v@p = { ..., .fld = e, ... };

@script:ocaml@
p << desiginit.p;
v << desiginit.v;
@@
note desig p v

// Structs filled in a function and passed there to migrate_vma_setup().
@setupcall@
identifier v;
position p;
@@
migrate_vma_setup@p(&v)

@script:ocaml@
p << setupcall.p;
v << setupcall.v;
@@
note setup p v

// src_owner members whose type spatch knows: the struct migrate_vma ones
// are converted, the others (a driver's own struct) left alone.
@typed@
type T;
T e;
position p;
@@
(
  e.src_owner@p
|
  e->src_owner@p
)

//----------------------------------------------------------------
//  patch mode
//----------------------------------------------------------------

@depends on patch && !context && !org && !report@
identifier v;
position q : script:ocaml() { not (api_file q) };
@@
struct migrate_vma v@q = {
  ...,
  .
- src_owner
+ pgmap_owner
  = NULL,
+ .flags = MIGRATE_VMA_SELECT_SYSTEM,
  ...
};

@depends on patch && !context && !org && !report@
identifier v;
expression e;
position q : script:ocaml() { not (api_file q) };
@@
struct migrate_vma v@q = {
  ...,
  .
- src_owner
+ pgmap_owner
  = e,
+ .flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE,
  ...
};

@depends on patch && !context && !org && !report@
struct migrate_vma s;
struct migrate_vma *m;
position q : script:ocaml() { not (api_file q) };
@@
(
  s.
- src_owner@q
+ pgmap_owner
  = NULL;
+ s.flags = MIGRATE_VMA_SELECT_SYSTEM;
|
  m->
- src_owner@q
+ pgmap_owner
  = NULL;
+ m->flags = MIGRATE_VMA_SELECT_SYSTEM;
)

@depends on patch && !context && !org && !report@
struct migrate_vma s;
struct migrate_vma *m;
expression e;
position q : script:ocaml() { not (api_file q) };
@@
(
  s.
- src_owner@q
+ pgmap_owner
  = e;
+ s.flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;
|
  m->
- src_owner@q
+ pgmap_owner
  = e;
+ m->flags = MIGRATE_VMA_SELECT_DEVICE_PRIVATE;
)

// No owner at all: a designated initializer gets the flags last.
@depends on patch && !context && !org && !report@
identifier v;
position p : script:ocaml(v) { to_system_desig v p };
@@
struct migrate_vma v@p = {
  ...,
+ .flags = MIGRATE_VMA_SELECT_SYSTEM,
};

// Otherwise after the field assignment right before the call, in the
// same block...
@sysassign depends on patch && !context && !org && !report@
identifier v, fld;
expression e, r;
statement S1, S2;
position p : script:ocaml(v) { to_system_assign v p };
@@
  v.fld = e;
+ v.flags = MIGRATE_VMA_SELECT_SYSTEM;
(
  migrate_vma_setup@p(&v);
|
  r = migrate_vma_setup@p(&v);
|
  return migrate_vma_setup@p(&v);
|
  if (<+... migrate_vma_setup@p(&v) ...+>) S1 else S2
|
  if (<+... migrate_vma_setup@p(&v) ...+>) S1
)

@script:ocaml@
p << sysassign.p;
v << sysassign.v;
@@
note assigned p v

// ... or right before the statement holding the call.
@depends on patch && !context && !org && !report@
identifier v;
expression r;
statement S1, S2;
position p : script:ocaml(v) { to_system_before v p };
@@
(
+ v.flags = MIGRATE_VMA_SELECT_SYSTEM;
  migrate_vma_setup@p(&v);
|
+ v.flags = MIGRATE_VMA_SELECT_SYSTEM;
  r = migrate_vma_setup@p(&v);
|
+ v.flags = MIGRATE_VMA_SELECT_SYSTEM;
  return migrate_vma_setup@p(&v);
|
+ v.flags = MIGRATE_VMA_SELECT_SYSTEM;
  if (<+... migrate_vma_setup@p(&v) ...+>) S1 else S2
|
+ v.flags = MIGRATE_VMA_SELECT_SYSTEM;
  if (<+... migrate_vma_setup@p(&v) ...+>) S1
)

//----------------------------------------------------------------
//  context, report and org modes
//----------------------------------------------------------------

@ownerinit depends on !patch && (context || org || report)@
identifier v;
expression e;
position p : script:ocaml() { not (api_file p) };
@@
struct migrate_vma v = {
  ...,
* .src_owner@p = e,
  ...
};

@ownerset depends on !patch && (context || org || report)@
struct migrate_vma s;
struct migrate_vma *m;
expression e;
position p : script:ocaml() { not (api_file p) };
@@
(
* s.src_owner@p = e
|
* m->src_owner@p = e
)

@noowner depends on !patch && (context || org || report)@
identifier v;
position p : script:ocaml(v) { to_system v p };
@@
* migrate_vma_setup@p(&v)

@ramnoowner depends on !patch && (context || org || report)@
identifier v;
position p : script:ocaml(v) { owner_missing v p };
@@
* migrate_vma_setup@p(&v)

// Wrappers: a function that sets up a struct migrate_vma * parameter is
// told by its callers what to select.  Its calls in the file, and which of
// them pass a struct of the caller's own (&v).
@wparam depends on !patch && (context || org || report) && hassetup@
identifier W, m;
type T;
parameter list[i] ps;
position p;
@@
T W@p(ps, struct migrate_vma *m, ...) { <+... migrate_vma_setup(m) ...+> }

@script:ocaml@
p << wparam.p;
w << wparam.W;
m << wparam.m;
i << wparam.i;
@@
Hashtbl.replace wrappers (base p, w) (i, m)

@wstatic depends on wparam@
identifier wparam.W;
type T;
position wparam.p;
@@
static T W@p(...) {...}

@script:ocaml depends on wstatic@
p << wparam.p;
w << wparam.W;
@@
Hashtbl.replace wrapper_static (base p, w) ()

@wamp depends on wparam@
identifier wparam.W, v;
expression list[wparam.i] es;
position pc;
@@
W@pc(es, &v, ...)

@script:ocaml@
pc << wamp.pc;
v << wamp.v;
@@
Hashtbl.replace amp_calls (call_key pc) v

@wcall depends on wparam@
identifier wparam.W;
position pc;
@@
W@pc(...)

@script:ocaml@
pc << wcall.pc;
w << wparam.W;
@@
let c = fn_of pc in
if c <> w then
  Hashtbl.add wrapper_calls (base pc, w)
    (c, (List.hd pc).Coccilib.line, Hashtbl.find_opt amp_calls (call_key pc))

@viaptr depends on !patch && (context || org || report)@
identifier m;
position p : script:ocaml(m) { not (api_file p) && not (Hashtbl.mem selected (where p, m)) && not (wrapper_ok p m) };
@@
* migrate_vma_setup@p(m)

@untyped depends on !patch && (context || org || report)@
expression e;
position p != typed.p;
position q : script:ocaml() { not (api_file q) };
@@
(
* e.src_owner@p@q
|
* e->src_owner@p@q
)

@script:ocaml depends on report@
p << ownerinit.p;
e << ownerinit.e;
@@
say_owner report p e

@script:ocaml depends on org@
p << ownerinit.p;
e << ownerinit.e;
@@
say_owner todo p e

@script:ocaml depends on report@
p << ownerset.p;
e << ownerset.e;
@@
say_owner report p e

@script:ocaml depends on org@
p << ownerset.p;
e << ownerset.e;
@@
say_owner todo p e

@script:ocaml depends on report@
p << noowner.p;
v << noowner.v;
@@
say_none report p v

@script:ocaml depends on org@
p << noowner.p;
v << noowner.v;
@@
say_none todo p v

@script:ocaml depends on report@
p << ramnoowner.p;
v << ramnoowner.v;
@@
report p (msg_ram v p)

@script:ocaml depends on org@
p << ramnoowner.p;
v << ramnoowner.v;
@@
todo p (msg_ram v p)

@script:ocaml depends on report@
p << viaptr.p;
m << viaptr.m;
@@
report p (msg_wrapper p m)

@script:ocaml depends on org@
p << viaptr.p;
m << viaptr.m;
@@
todo p (msg_wrapper p m)

@script:ocaml depends on report@
p << untyped.p;
@@
report p msg_untyped

@script:ocaml depends on org@
p << untyped.p;
@@
todo p msg_untyped
