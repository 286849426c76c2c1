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
/// pgmap_owner = NULL (or the driver's owner, below) plus
/// flags = MIGRATE_VMA_SELECT_SYSTEM; a struct
/// migrate_vma filled in a function and passed there to
/// migrate_vma_setup() with no owner at all gets
/// flags = MIGRATE_VMA_SELECT_SYSTEM, in its designated initializer, or as
/// an assignment after the field assignment just before the call (just
/// before the call otherwise).  Both the designated-initializer and the
/// assignment forms (args.src_owner, mig->src_owner) are converted; a
/// struct that already has flags or pgmap_owner is left alone.
///
/// A system-to-device migration (src_owner NULL or absent) also gets
/// pgmap_owner = the owner of the driver's device-to-system migrations,
/// as upstream did for nouveau and the HMM test driver in 5.9, so that the
/// driver's notifier can recognise its own MMU_NOTIFY_MIGRATE: when every
/// src_owner = X (X not NULL) of the same file gives one expression that is
/// valid there: X itself when it is a file-scope variable (&pgmap) not
/// hidden at the site, or a member path (drm->dev) from a local or
/// parameter of type struct S * written from the one parameter of type
/// struct S * of the site's function.  spatch sees one file at a time: an
/// owner in another file is not guessed, nor one written otherwise (a
/// call, a macro), nor one of several different owners; report mode says
/// which and why.  Report and org modes also point at the invalidate
/// callback of the file's mmu_interval_notifier_ops or mmu_notifier_ops:
/// it could skip the driver's own MMU_NOTIFY_MIGRATE invalidations by
/// checking range->migrate_pgmap_owner, which is only safe when the driver
/// invalidates its device mappings itself during migration.
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
/// system-to-device migration, with the owner it got or why it got none.
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
let msg_null_owned =
  "src_owner = NULL is gone in 5.9: use pgmap_owner and flags = MIGRATE_VMA_SELECT_SYSTEM"
let msg_none v =
  Printf.sprintf "struct migrate_vma %s has no owner: 5.9 collects nothing without flags, use flags = MIGRATE_VMA_SELECT_SYSTEM" v
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


(* The owner of the driver's device-to-system migrations, for its
   system-to-device ones (upstream gave both the same pgmap_owner, so that
   the driver's notifier can recognise its own MMU_NOTIFY_MIGRATE).  Found
   in the same file only: spatch sees one file at a time, and a guess
   across files could name another driver's owner.
   ram_owners: base -> (function, owner as written, spaces removed), every
   src_owner = X with X not NULL; globals: (base, name), file-scope
   variables; locals: ((base, function), name) -> type; params: (base,
   function) -> (name, type), all parameters. *)
let ram_owners : (string, string * string) Hashtbl.t = Hashtbl.create 7
let globals : (string * string, unit) Hashtbl.t = Hashtbl.create 17
let locals : ((string * string) * string, string) Hashtbl.t = Hashtbl.create 17
let params : (string * string, string * string) Hashtbl.t = Hashtbl.create 17

let no_space s =
  let b = Buffer.create (String.length s) in
  String.iter (fun c -> if c <> ' ' then Buffer.add_char b c) s;
  Buffer.contents b

(* "&b->f.g" -> Some ("&", "b", "->f.g"): a variable, then members only. *)
let owner_path = Str.regexp
  "^\\(&?\\)\\([A-Za-z_][A-Za-z0-9_]*\\)\\(\\(\\(->\\|\\.\\)[A-Za-z_][A-Za-z0-9_]*\\)*\\)$"
let split_owner s =
  if Str.string_match owner_path s 0 then
    Some (Str.matched_group 1 s, Str.matched_group 2 s, Str.matched_group 3 s)
  else None

let var_type b fn x =
  match Hashtbl.find_opt locals ((b, fn), x) with
  | Some t -> Some t
  | None ->
    (try Some (List.assoc x (Hashtbl.find_all params (b, fn)))
     with Not_found -> None)

let struct_ptr t =
  let t = String.trim t in
  let n = String.length t in
  n > 8 && String.sub t 0 7 = "struct " && t.[n - 1] = '*'

type owner =
  | Own of string                 (* the owner, written for this function *)
  | Unwritable of string          (* why it cannot be written here *)

(* The to-RAM owner s of function f, written for function w. *)
let owner_for b w (f, s) =
  let from = Printf.sprintf "%s (in %s())" s f in
  match split_owner s with
  | None ->
    Unwritable (from ^ " is not a variable or a member of one")
  | Some (_, x, _) when f = w ->
    (* Both directions in one function: the owner as written, when its
       variable is the function's parameter or the file's, visible in
       the whole body; a local may be out of scope here. *)
    if Hashtbl.mem locals ((b, w), x) then
      Unwritable (Printf.sprintf "%s starts from %s, a local of %s() that may be out of scope here" from x w)
    else if List.mem_assoc x (Hashtbl.find_all params (b, w)) || Hashtbl.mem globals (b, x) then
      Own s
    else
      Unwritable (Printf.sprintf "%s starts from %s, neither a variable of the file nor of %s()" from x w)
  | Some (amp, x, path) ->
    match var_type b f x with
    | Some t when not (struct_ptr t) ->
      Unwritable (Printf.sprintf "%s starts from %s, a %s local to %s()" from x t f)
    | Some t ->
      (match List.filter (fun (_, t') -> t' = t) (Hashtbl.find_all params (b, w)) with
       | [(p, _)] -> Own (amp ^ p ^ path)
       | [] -> Unwritable (Printf.sprintf "%s starts from a %s, and %s() has no parameter of that type" from t w)
       | _ -> Unwritable (Printf.sprintf "%s starts from a %s, and %s() has several parameters of that type" from t w))
    | None when not (Hashtbl.mem globals (b, x)) ->
      Unwritable (Printf.sprintf "%s starts from %s, neither a variable of the file nor of %s()" from x f)
    | None when var_type b w x <> None ->
      Unwritable (Printf.sprintf "%s starts from the file's %s, which a variable of %s() hides" from x w)
    | None -> Own s

(* What a system-to-device migration in function w of file b gets:
   None when no device-to-system migration of the file names an owner,
   Some (Own e) when every one gives e here, Some (Unwritable why)
   otherwise. *)
let owners_of b = List.sort_uniq compare (Hashtbl.find_all ram_owners b)
let owner_at ps =
  let (b, w) = where ps in
  match owners_of b with
  | [] -> None
  | os ->
    let rs = List.map (fun o -> (o, owner_for b w o)) os in
    match List.sort_uniq compare (List.map snd rs) with
    | [Own e] -> Some (Own e)
    | _ ->
      let why = List.map (function
          | ((f, s), Own e) when e = s -> Printf.sprintf "%s (in %s())" s f
          | ((f, s), Own e) -> Printf.sprintf "%s (in %s(), %s here)" s f e
          | (_, Unwritable why) -> why) rs in
      let owns = List.sort_uniq compare
          (List.filter_map (function (_, Own e) -> Some e | _ -> None) rs) in
      if List.length owns > 1 then
        Some (Unwritable ("the driver's device-to-system migrations use different owners: " ^ String.concat "; " why ^ "; set pgmap_owner to this device's one by hand"))
      else
        Some (Unwritable ("the owner of the driver's device-to-system migrations cannot be written here: " ^ String.concat "; " why ^ "; set pgmap_owner to it by hand"))
let own_expr ps =
  match owner_at ps with Some (Own e) -> e | _ -> failwith "no owner"
let owned ps = match owner_at ps with Some (Own _) -> true | _ -> false

let ram_names b =
  String.concat ", " (List.map (fun (f, s) -> Printf.sprintf "%s in %s()" s f) (owners_of b))

(* Files with a system-to-device migration told about its owner (report
   and org): their notifier callbacks are pointed at.  true while every
   such migration of the file gets the owner from this step. *)
let todev_files : (string, bool) Hashtbl.t = Hashtbl.create 7
let note_todev ps written =
  let b = base ps in
  let all = try Hashtbl.find todev_files b with Not_found -> true in
  Hashtbl.replace todev_files b (all && written)

let msg_sys2dev ps =
  match owner_at ps with
  | Some (Own e) ->
    note_todev ps true;
    Printf.sprintf "system-to-device migration: pgmap_owner = %s, the owner of the driver's device-to-system migrations (%s), as upstream did, so that its notifier can recognise its own MMU_NOTIFY_MIGRATE" e (ram_names (base ps))
  | Some (Unwritable why) ->
    note_todev ps false;
    Printf.sprintf "system-to-device migration left without pgmap_owner: %s, so that the driver's notifier can recognise its own MMU_NOTIFY_MIGRATE" why
  | None ->
    "system-to-device migration left without pgmap_owner: no device-to-system migration in this file names the driver's owner; if it has one (its dev_pagemap.owner, maybe in another file), set pgmap_owner to it so that its notifier can recognise its own MMU_NOTIFY_MIGRATE"

let msg_notifier ps ops =
  let now =
    if Hashtbl.find todev_files (base ps) then "all of this driver's migrations now carry"
    else "once the system-to-device migrations reported here get it by hand, all of this driver's migrations carry" in
  Printf.sprintf "%s(), the invalidate callback of %s: %s its owner (%s), so it could skip its own MMU_NOTIFY_MIGRATE invalidations by returning early when range->event == MMU_NOTIFY_MIGRATE && range->migrate_pgmap_owner is that owner; only safe when the driver invalidates its device mappings itself during migration"
    (fn_of ps) ops now (ram_names (base ps))

(* The patch rules for a system-to-device migration: with the owner found
   (the own_ predicates) or without it (the plain_ ones). *)
let own_desig v ps = to_system_desig v ps && owned ps
let own_assign v ps = to_system_assign v ps && owned ps
let own_before v ps = to_system_before v ps && owned ps
let plain_desig v ps = to_system_desig v ps && not (owned ps)
let plain_assign v ps = to_system_assign v ps && not (owned ps)
let plain_before v ps = to_system_before v ps && not (owned ps)

let say_owner out p e =
  if e = "NULL" then begin
    out p (if owned p then msg_null_owned else msg_null);
    out p (msg_sys2dev p)
  end else out p msg_owner
let say_none out p v = out p (msg_none v); out p (msg_sys2dev p)

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

(* Every table is keyed by base name (see base): a file of another folder
   with the same base name that the same spatch processed before must not
   leave its facts behind (its owners would be written into this file, its
   selected structs left without flags).  The first rule of every file
   claims the base for it, before any rewrite renames the file. *)
let base_file : (string, string) Hashtbl.t = Hashtbl.create 7
let forget b =
  let by_where tbl = Hashtbl.filter_map_inplace
      (fun ((k, _), _) v -> if k = b then None else Some v) tbl in
  let by_base tbl = Hashtbl.filter_map_inplace
      (fun (k, _) v -> if k = b then None else Some v) tbl in
  by_where selected; by_where desig; by_where setup; by_where assigned;
  by_where locals;
  by_base ram_root; by_base ram_ops; by_base ops_pgmap; by_base globals;
  by_base params; by_base wrappers; by_base wrapper_static;
  by_base wrapper_calls;
  Hashtbl.filter_map_inplace
    (fun ((k, _), _, _) v -> if k = b then None else Some v) fields;
  Hashtbl.filter_map_inplace
    (fun (k, _, _) v -> if k = b then None else Some v) amp_calls;
  Hashtbl.filter_map_inplace
    (fun k v -> if k = b then None else Some v) ram_owners;
  Hashtbl.remove todev_files b
let claim ps =
  let b = base ps and f = (List.hd ps).Coccilib.file in
  (* a rewritten file (a temporary name) was claimed before *)
  if b = Filename.basename f && Hashtbl.find_opt base_file b <> Some f then begin
    Hashtbl.replace base_file b f;
    forget b
  end

//----------------------------------------------------------------
//  What the file holds (all modes, before any rewrite)
//----------------------------------------------------------------

// Every file the step reads, first: its base name is its own from now on.
@fileseen@
expression e;
position p;
@@
(
migrate_vma_setup@p(...)
|
e.src_owner@p
|
e->src_owner@p
)

@script:ocaml@
p << fileseen.p;
@@
claim p

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


// The owner of the driver's device-to-system migrations (src_owner = X,
// X not NULL), and what the functions of the file can name: file-scope
// variables, each function's locals and parameters with their types.
@ramowner depends on hassetup@
identifier v;
struct migrate_vma s;
struct migrate_vma *m;
expression e;
position p : script:ocaml() { not (api_file p) };
@@
(
struct migrate_vma v = { ..., .src_owner@p = e, ... };
|
s.src_owner@p = e
|
m->src_owner@p = e
)

@script:ocaml@
p << ramowner.p;
e << ramowner.e;
@@
if e <> "NULL" then
  Hashtbl.add ram_owners (base p) (fn_of p, no_space e)

@vardecl depends on ramowner@
type T;
identifier x;
position p;
@@
(
T x@p;
|
T x@p = ...;
)

@script:ocaml@
p << vardecl.p;
x << vardecl.x;
t << vardecl.T;
@@
(* A file-scope declaration is its own current element. *)
if fn_of p = x then Hashtbl.replace globals (base p, x) ()
else Hashtbl.replace locals (where p, x) t

@funparam depends on ramowner@
type T;
identifier F, x;
position p;
@@
F@p(..., T x, ...) { ... }

@script:ocaml@
p << funparam.p;
f << funparam.F;
x << funparam.x;
t << funparam.T;
@@
Hashtbl.add params (base p, f) (x, t)

//----------------------------------------------------------------
//  patch mode
//----------------------------------------------------------------


// A system-to-device migration of a driver whose device-to-system ones
// name an owner that can be written here gets it as pgmap_owner, as
// upstream did: src_owner = NULL, then no owner at all.
@ownnulld depends on patch && !context && !org && !report@
identifier v;
position q : script:ocaml() { not (api_file q) && owned q };
@@
struct migrate_vma v@q = { ..., .src_owner = NULL, ... };

@script:ocaml ownnulld_e@
q << ownnulld.q;
own;
@@
own := make_expr (own_expr q)

@depends on patch && !context && !org && !report@
identifier ownnulld.v;
position ownnulld.q;
expression ownnulld_e.own;
@@
struct migrate_vma v@q = {
  ...,
  .
- src_owner
+ pgmap_owner
  =
- NULL
+ own
  ,
+ .flags = MIGRATE_VMA_SELECT_SYSTEM,
  ...
};

@ownnulla depends on patch && !context && !org && !report@
struct migrate_vma s;
struct migrate_vma *m;
position q : script:ocaml() { not (api_file q) && owned q };
@@
(
  s.src_owner@q = NULL
|
  m->src_owner@q = NULL
)

@script:ocaml ownnulla_e@
q << ownnulla.q;
own;
@@
own := make_expr (own_expr q)

@depends on patch && !context && !org && !report@
struct migrate_vma s;
struct migrate_vma *m;
position ownnulla.q;
expression ownnulla_e.own;
@@
(
  s.
- src_owner@q
+ pgmap_owner
  =
- NULL
+ own
  ;
+ s.flags = MIGRATE_VMA_SELECT_SYSTEM;
|
  m->
- src_owner@q
+ pgmap_owner
  =
- NULL
+ own
  ;
+ m->flags = MIGRATE_VMA_SELECT_SYSTEM;
)

@owndesig depends on patch && !context && !org && !report@
identifier v;
position p : script:ocaml(v) { own_desig v p };
@@
struct migrate_vma v@p = { ... };

@script:ocaml owndesig_e@
p << owndesig.p;
own;
@@
own := make_expr (own_expr p)

@depends on patch && !context && !org && !report@
identifier owndesig.v;
position owndesig.p;
expression owndesig_e.own;
@@
struct migrate_vma v@p = {
  ...,
+ .pgmap_owner = own,
+ .flags = MIGRATE_VMA_SELECT_SYSTEM,
};

@ownassign depends on patch && !context && !org && !report@
identifier v;
position p : script:ocaml(v) { own_assign v p };
@@
migrate_vma_setup@p(&v)

@script:ocaml ownassign_e@
p << ownassign.p;
own;
@@
own := make_expr (own_expr p)

@ownassigned depends on patch && !context && !org && !report@
identifier ownassign.v, fld;
position ownassign.p;
expression ownassign_e.own;
expression e, r;
statement S1, S2;
@@
  v.fld = e;
+ v.pgmap_owner = own;
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
p << ownassign.p;
v << ownassign.v;
x << ownassigned.fld;
@@
ignore x;
note assigned p v

@ownbefore depends on patch && !context && !org && !report@
identifier v;
position p : script:ocaml(v) { own_before v p };
@@
migrate_vma_setup@p(&v)

@script:ocaml ownbefore_e@
p << ownbefore.p;
own;
@@
own := make_expr (own_expr p)

@depends on patch && !context && !org && !report@
identifier ownbefore.v;
position ownbefore.p;
expression ownbefore_e.own;
expression r;
statement S1, S2;
@@
(
+ v.pgmap_owner = own;
+ v.flags = MIGRATE_VMA_SELECT_SYSTEM;
  migrate_vma_setup@p(&v);
|
+ v.pgmap_owner = own;
+ v.flags = MIGRATE_VMA_SELECT_SYSTEM;
  r = migrate_vma_setup@p(&v);
|
+ v.pgmap_owner = own;
+ v.flags = MIGRATE_VMA_SELECT_SYSTEM;
  return migrate_vma_setup@p(&v);
|
+ v.pgmap_owner = own;
+ v.flags = MIGRATE_VMA_SELECT_SYSTEM;
  if (<+... migrate_vma_setup@p(&v) ...+>) S1 else S2
|
+ v.pgmap_owner = own;
+ v.flags = MIGRATE_VMA_SELECT_SYSTEM;
  if (<+... migrate_vma_setup@p(&v) ...+>) S1
)

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
position p : script:ocaml(v) { plain_desig v p };
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
position p : script:ocaml(v) { plain_assign v p };
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
position p : script:ocaml(v) { plain_before v p };
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

// The driver's notifier callbacks, in a file whose system-to-device
// migrations were told about the owner: they could now skip the driver's
// own migrations (report and org modes only: a human must check that the
// driver invalidates its device mappings during migration).
@notifops depends on !patch && (org || report) && ramowner@
identifier ops, fn;
// Named by a constraint, not in the pattern: a bare field name would be a
// word of the grep query, and "invalidate" is in most files of a tree.
identifier inv = {invalidate};
@@
(
struct mmu_interval_notifier_ops ops = { ..., .inv = fn, ... };
|
struct mmu_notifier_ops ops = { ..., .invalidate_range_start = fn, ... };
)

@notifcb depends on notifops@
identifier notifops.fn;
type T;
position p : script:ocaml() { Hashtbl.mem todev_files (base p) };
@@
T fn@p(...) { ... }

@script:ocaml depends on report@
p << notifcb.p;
ops << notifops.ops;
@@
report p (msg_notifier p ops)

@script:ocaml depends on org@
p << notifcb.p;
ops << notifops.ops;
@@
todo p (msg_notifier p ops)
