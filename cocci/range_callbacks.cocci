// SPDX-License-Identifier: GPL-2.0-only
/// mm/mmu_notifier: pass struct mmu_notifier_range to the range callbacks
///
/// Linux 5.0 (5d6527a784f7) changed the invalidate_range_start and
/// invalidate_range_end callbacks of struct mmu_notifier_ops to
/// (struct mmu_notifier *mn, const struct mmu_notifier_range *range).
/// Every callback that a struct mmu_notifier_ops names (designated
/// initializer, array of ops, or run-time assignment) is converted, from
/// the 4.19/4.20 form and from the void form of 4.14-4.18:
/// - the old parameters go, the body reads range->mm, range->start,
///   range->end and range->blockable instead; a parameter the body writes
///   to becomes a local initialised from the range, as the range is const;
/// - a void start callback returns int, 0 on every path, and the ops lose
///   their .flags = MMU_INVALIDATE_DOES_NOT_BLOCK;
/// - prototypes follow, helpers called with the old parameters get the
///   range fields.
/// The new parameter is called range, or nrange when the function already
/// uses that name.  A static callback that is also called directly is
/// converted with its direct callers, each of which then builds a range
/// (mmu_notifier_range_init() and its blockable field) and passes it; when
/// a direct call cannot be converted (a function pointer, a macro, a caller
/// that is itself a range callback, no free name) nothing in the group
/// changes and every site is reported.  A callback is left alone and
/// reported when it is also used other than through the ops (named in another
/// struct or as the TLB hook), named as both start and end, redeclares a
/// parameter in an inner block, returns a void expression, has a
/// prototype of another form, uses both range and nrange, or is not static
/// with no prototype in sight.
///
// Confidence: High
// Comments: --local-includes (not --no-includes) so that the prototype of a
//  non-static callback in the driver's own header ("foo.h") is converted
//  with the definition; <linux/...> headers are still not parsed.
// Options: --local-includes --include-headers
// Keywords: mmu_notifier, mmu_notifier_ops, invalidate_range_start, invalidate_range_end
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

let step = "range_callbacks"

let report ps msg =
  let p = List.hd ps in
  Printf.printf "%s:%d:%d: %s [%s]\n" p.Coccilib.file p.Coccilib.line
    (p.Coccilib.col + 1) msg step

let todo ps msg =
  let p = List.hd ps in
  let esc = String.map (function '[' -> '(' | ']' -> ')' | c -> c) msg in
  Printf.printf "* TODO [[view:%s::face=ovl-face1::linb=%d::colb=%d::cole=%d][%s (%s)]]\n"
    p.Coccilib.file p.Coccilib.line p.Coccilib.col p.Coccilib.col_end esc step

(* Callbacks that already use the name range, keyed by the position of the
   callback's name in its definition: the new parameter is nrange there. *)
let range_taken : (string * int * int, unit) Hashtbl.t = Hashtbl.create 17

let key ps =
  let p = List.hd ps in
  (p.Coccilib.file, p.Coccilib.line, p.Coccilib.col)

(* Report and org modes print the same messages. *)
let org_mode = ref false

let out ps msg = if !org_mode then todo ps msg else report ps msg

(* The range callbacks of each file, by (file, name): a direct call from
   one of them is not rewritten (its own parameters change in the same
   run). *)
let callbacks : (string * string, unit) Hashtbl.t = Hashtbl.create 17

let in_callback ps =
  let p = List.hd ps in
  Hashtbl.mem callbacks (p.Coccilib.file, p.Coccilib.current_element)

(* Functions that already use the names range or nrange, by (file,
   function, name): a direct caller declares the first name it does not
   use. *)
let mentions : (string * string * string, unit) Hashtbl.t = Hashtbl.create 17

let local_name file caller =
  List.find_opt (fun n -> not (Hashtbl.mem mentions (file, caller, n)))
    ["range"; "nrange"]

(* The positions of the direct calls dcall matched. *)
let direct_pos : (string * int * int, unit) Hashtbl.t = Hashtbl.create 17

(* The callers of each callback's direct calls, by (file, callback). *)
let callers : (string * string, string) Hashtbl.t = Hashtbl.create 17

let name_free file fn =
  List.for_all (fun c -> local_name file c <> None)
    (Hashtbl.find_all callers (file, fn))

(* spatch parses only some #define bodies and rewrites none: a callback
   named in one (a call through a macro) has a use no rule can rewrite.  The lines of the
   #define directives of the file that name fn, by (file, fn). *)
let macro_memo : (string * string, int list) Hashtbl.t = Hashtbl.create 17

let is_word_char c =
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
  (c >= '0' && c <= '9') || c = '_'

let names_word s w =
  let n = String.length s and m = String.length w in
  let rec from i =
    i + m <= n &&
    ((String.sub s i m = w &&
      (i = 0 || not (is_word_char s.[i - 1])) &&
      (i + m = n || not (is_word_char s.[i + m]))) || from (i + 1)) in
  m > 0 && from 0

let is_define l =
  let l = String.trim l in
  String.length l > 0 && l.[0] = Char.chr 35 (* # *) &&
  (let r = String.trim (String.sub l 1 (String.length l - 1)) in
   String.length r >= 6 && String.sub r 0 6 = "define")

let continued l =
  let n = String.length l in n > 0 && l.[n - 1] = '\\'

let scan_macros file fn =
  let found = ref [] in
  (try
     let ic = open_in file in
     let rec loop lno inmac =
       match input_line ic with
       | l ->
         let start = is_define l in
         let inside = inmac <> None || start in
         let first = if start && inmac = None then Some lno else inmac in
         (match first with
          | Some f when inside && names_word l fn && not (List.mem f !found) ->
            found := f :: !found
          | _ -> ());
         loop (lno + 1) (if inside && continued l then first else None)
       | exception End_of_file -> close_in ic in
     loop 1 None
   with Sys_error _ -> ());
  List.rev !found

let macro_lines file fn =
  match Hashtbl.find_opt macro_memo (file, fn) with
  | Some l -> l
  | None -> let l = scan_macros file fn in Hashtbl.replace macro_memo (file, fn) l; l

(* Never half: a callback named in a #define, or called directly from a
   function with no free name for the range, stays with all its calls. *)
let refused ps fn =
  let f = (List.hd ps).Coccilib.file in
  macro_lines f fn <> [] || not (name_free f fn)

(* A site that is only a line (a #define): printed like the others. *)
let out_line file line msg =
  if !org_mode then
    Printf.printf "* TODO [[view:%s::face=ovl-face1::linb=%d::colb=0::cole=0][%s (%s)]]\n"
      file line (String.map (function '[' -> '(' | ']' -> ')' | c -> c) msg) step
  else Printf.printf "%s:%d:1: %s [%s]\n" file line msg step

(* The last leading declaration of each direct caller, by (file, caller):
   the first declaration the body has that a statement follows. *)
let last_decl : (string * string, int * int) Hashtbl.t = Hashtbl.create 17

let is_last_decl ps =
  let p = List.hd ps in
  Hashtbl.find_opt last_decl (p.Coccilib.file, p.Coccilib.current_element)
  = Some (p.Coccilib.line, p.Coccilib.col)

(* Callbacks converted with their direct callers, by (file, name). *)
let converted : (string * string, unit) Hashtbl.t = Hashtbl.create 17

//----------------------------------------------------------------
//  The callbacks: functions a struct mmu_notifier_ops names
//----------------------------------------------------------------

// Every site that names a callback, with its position, so that any other
// use of the function can be told apart.  One rule per member: a
// disjunction of the two would bind only one member per initializer.
@ops_ps@
identifier fn, I;
expression IDX, N;
struct mmu_notifier_ops E;
struct mmu_notifier_ops *P;
position p;
@@
(
struct mmu_notifier_ops I = { ..., .invalidate_range_start = fn@p, ... };
|
struct mmu_notifier_ops I[] = { ..., [IDX] = { ..., .invalidate_range_start = fn@p, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., [IDX] = { ..., .invalidate_range_start = fn@p, ... }, ... };
|
struct mmu_notifier_ops I[] = { ..., { ..., .invalidate_range_start = fn@p, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., { ..., .invalidate_range_start = fn@p, ... }, ... };
|
E.invalidate_range_start = fn@p
|
P->invalidate_range_start = fn@p
)

@ops_pe@
identifier fn, I;
expression IDX, N;
struct mmu_notifier_ops E;
struct mmu_notifier_ops *P;
position p;
@@
(
struct mmu_notifier_ops I = { ..., .invalidate_range_end = fn@p, ... };
|
struct mmu_notifier_ops I[] = { ..., [IDX] = { ..., .invalidate_range_end = fn@p, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., [IDX] = { ..., .invalidate_range_end = fn@p, ... }, ... };
|
struct mmu_notifier_ops I[] = { ..., { ..., .invalidate_range_end = fn@p, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., { ..., .invalidate_range_end = fn@p, ... }, ... };
|
E.invalidate_range_end = fn@p
|
P->invalidate_range_end = fn@p
)



@script:ocaml@
fn << ops_ps.fn;
p << ops_ps.p;
@@
Hashtbl.replace callbacks ((List.hd p).Coccilib.file, fn) ()

@script:ocaml@
fn << ops_pe.fn;
p << ops_pe.p;
@@
Hashtbl.replace callbacks ((List.hd p).Coccilib.file, fn) ()

// The same, one environment per callback (no position: a callback named by
// several ops is converted once).
@ops@
identifier fn, I;
expression IDX, N;
struct mmu_notifier_ops E;
struct mmu_notifier_ops *P;
@@
(
struct mmu_notifier_ops I = { ..., .invalidate_range_start = fn, ... };
|
struct mmu_notifier_ops I = { ..., .invalidate_range_end = fn, ... };
|
struct mmu_notifier_ops I[] = { ..., [IDX] = { ..., .invalidate_range_start = fn, ... }, ... };
|
struct mmu_notifier_ops I[] = { ..., [IDX] = { ..., .invalidate_range_end = fn, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., [IDX] = { ..., .invalidate_range_start = fn, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., [IDX] = { ..., .invalidate_range_end = fn, ... }, ... };
|
struct mmu_notifier_ops I[] = { ..., { ..., .invalidate_range_start = fn, ... }, ... };
|
struct mmu_notifier_ops I[] = { ..., { ..., .invalidate_range_end = fn, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., { ..., .invalidate_range_start = fn, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., { ..., .invalidate_range_end = fn, ... }, ... };
|
E.invalidate_range_start = fn
|
E.invalidate_range_end = fn
|
P->invalidate_range_start = fn
|
P->invalidate_range_end = fn
)

// Named as a start callback.
@is_s@
identifier ops.fn, I;
expression IDX, N;
struct mmu_notifier_ops E;
struct mmu_notifier_ops *P;
@@
(
struct mmu_notifier_ops I = { ..., .invalidate_range_start = fn, ... };
|
struct mmu_notifier_ops I[] = { ..., [IDX] = { ..., .invalidate_range_start = fn, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., [IDX] = { ..., .invalidate_range_start = fn, ... }, ... };
|
struct mmu_notifier_ops I[] = { ..., { ..., .invalidate_range_start = fn, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., { ..., .invalidate_range_start = fn, ... }, ... };
|
E.invalidate_range_start = fn
|
P->invalidate_range_start = fn
)

// Named as an end callback.
@is_e@
identifier ops.fn, I;
expression IDX, N;
struct mmu_notifier_ops E;
struct mmu_notifier_ops *P;
@@
(
struct mmu_notifier_ops I = { ..., .invalidate_range_end = fn, ... };
|
struct mmu_notifier_ops I[] = { ..., [IDX] = { ..., .invalidate_range_end = fn, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., [IDX] = { ..., .invalidate_range_end = fn, ... }, ... };
|
struct mmu_notifier_ops I[] = { ..., { ..., .invalidate_range_end = fn, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., { ..., .invalidate_range_end = fn, ... }, ... };
|
E.invalidate_range_end = fn
|
P->invalidate_range_end = fn
)

// Files that declare an ops object: the run-time flags rules need one
// (they apply also to ops that name no range callback).
@ops_decl@
identifier I;
@@
(
struct mmu_notifier_ops I;
|
struct mmu_notifier_ops *I;
)

@ops_param@
identifier I, f;
type T;
@@
T f(..., struct mmu_notifier_ops *I, ...) {...}

// The definition, in the 4.19/4.20 start form or the void form (every end
// callback, and start callbacks before 4.19).  B and T5 are bound only in
// the 4.19 form.  The parameter types are metavariables, checked by the
// script below, and later rules reuse them: spelled out in the rules they
// would make spatch's file prefilter (and the candidate grep of
// scripts/coccicheck) take every file that mentions mm_struct or bool.
@def@
identifier ops.fn, MN, MM, S, E, B;
type T1, T2, T3, T5;
position d : script:ocaml() { not (api_file d) };
@@
(
int fn@d(T1 MN, T2 MM, T3 S, T3 E, T5 B) {...}
|
void fn@d(T1 MN, T2 MM, T3 S, T3 E) {...}
)

@script:ocaml@
t1 << def.T1;
t2 << def.T2;
t3 << def.T3;
t5 << def.T5 = "bool";
@@
let ulong = ["unsigned long"; "unsigned long int"; "long unsigned int"] in
if not (t1 = "struct mmu_notifier *" && t2 = "struct mm_struct *" &&
	List.mem t3 ulong && t5 = "bool") then
  Coccilib.include_match false

// The 4.19 form.
@f19@
identifier ops.fn, def.B;
type def.T5;
position def.d;
@@
fn@d(..., T5 B) {...}

@is_static@
identifier ops.fn;
position def.d;
type T;
@@
static T fn@d(...) {...}

@proto@
identifier ops.fn;
type T;
@@
T fn(...);

// A prototype in a form the patch rules do not rewrite (parameters named
// in part, other spellings): converting the definition would leave it
// conflicting.
@proto_ok5@
identifier ops.fn, MN, MM, S, E, B;
type def.T1, def.T2, def.T3, def.T5;
position pp;
@@
(
int fn@pp(T1 MN, T2 MM, T3 S, T3 E, T5 B);
|
int fn@pp(T1, T2, T3, T3, T5);
)

@proto_ok4@
identifier ops.fn, MN, MM, S, E;
type def.T1, def.T2, def.T3;
position pp;
@@
(
void fn@pp(T1 MN, T2 MM, T3 S, T3 E);
|
void fn@pp(T1, T2, T3, T3);
)

@proto_odd@
identifier ops.fn;
position pp != {proto_ok5.pp, proto_ok4.pp};
type T;
@@
T fn@pp(...);


// A void start callback that returns a (void) expression cannot simply
// return int.
@ret_expr@
identifier ops.fn;
position def.d;
expression R;
@@
void fn@d(...) { <+... return R; ...+> }

//----------------------------------------------------------------
//  What makes a callback unsafe to convert
//----------------------------------------------------------------

// Direct calls converted with the callback: the call is a statement of its
// own, the value of an assignment or of a return, or an if condition, so
// that the range can be built right before that statement; the caller is
// not itself a range callback.  A direct call of any other shape is an
// "other" use below, and keeps the callback (and its calls) as they are.
@dcall depends on def@
identifier ops.fn;
expression MN, MM, S, E, B, X;
statement S1, S2;
position q : script:ocaml() { not (in_callback q) };
@@
(
  fn@q(MN, MM, S, E, B);
|
  fn@q(MN, MM, S, E);
|
  X = fn@q(MN, MM, S, E, B);
|
  return fn@q(MN, MM, S, E, B);
|
  if (fn@q(MN, MM, S, E, B)) S1 else S2
|
  if (fn@q(MN, MM, S, E, B)) S1
|
  if (!fn@q(MN, MM, S, E, B)) S1 else S2
|
  if (!fn@q(MN, MM, S, E, B)) S1
)

@script:ocaml@
fn << ops.fn;
q << dcall.q;
@@
let p = List.hd q in
Hashtbl.add callers (p.Coccilib.file, fn) p.Coccilib.current_element;
Hashtbl.replace direct_pos (key q) ()

// The direct callers that already use range or nrange.
@dmention depends on dcall@
identifier F;
identifier R = {range, nrange};
type T;
position pf;
@@
F@pf(...) { <+...
(
 T R;
|
 R
)
...+> }

@dmention_p depends on dcall@
identifier F;
identifier R = {range, nrange};
type T;
position pf;
@@
F@pf(..., T R, ...) {...}

@script:ocaml@
f << dmention.F;
r << dmention.R;
pf << dmention.pf;
@@
Hashtbl.replace mentions ((List.hd pf).Coccilib.file, f, r) ()

@script:ocaml@
f << dmention_p.F;
r << dmention_p.R;
pf << dmention_p.pf;
@@
Hashtbl.replace mentions ((List.hd pf).Coccilib.file, f, r) ()

// Used other than through the ops: called directly, named by another
// struct (or by the TLB hook), its address stored somewhere.
@other@
identifier ops.fn;
position q != {ops_ps.p, ops_pe.p};
position q2 : script:ocaml() { not (Hashtbl.mem direct_pos (key q2)) };
@@
fn@q@q2

// A parameter redeclared in an inner block: its uses cannot be told apart.
@shadow@
identifier ops.fn;
position def.d;
identifier X = {def.MM, def.S, def.E};
type T;
@@
fn@d(...) { <+... T X; ...+> }

@shadow_b@
identifier ops.fn, def.B;
position def.d;
type T;
@@
fn@d(...) { <+... T B; ...+> }

// Names the new parameter must not take: range, else nrange.
@clash_r@
identifier ops.fn;
identifier R = {range};
position def.d;
type T;
@@
fn@d(...) { <+...
(
 T R;
|
 R
)
...+> }

@clash_rp@
identifier ops.fn;
identifier R = {range};
position def.d;
type T;
@@
fn@d(..., T R, ...) {...}

@clash_n@
identifier ops.fn;
identifier R = {nrange};
position def.d;
type T;
@@
fn@d(...) { <+...
(
 T R;
|
 R
)
...+> }

@clash_np@
identifier ops.fn;
identifier R = {nrange};
position def.d;
type T;
@@
fn@d(..., T R, ...) {...}

@script:ocaml depends on clash_r || clash_rp@
d << def.d;
@@
Hashtbl.replace range_taken (key d) ()

// See refused.
@drefuse@
identifier ops.fn;
position def.d;
position r : script:ocaml(fn) { refused r fn };
@@
fn@d@r(...) {...}

// The gate: a callback is converted only when it is safe.  cb is the
// callback, rn the name of the new parameter.
@script:ocaml g depends on !other && !shadow && !shadow_b && !proto_odd && !(is_s && ret_expr) && !(is_s && is_e) && !(is_e && f19) && (is_static || proto) && !((clash_r || clash_rp) && (clash_n || clash_np)) && !(dcall && !is_static) && !drefuse@
fn << ops.fn;
d << def.d;
cb;
rn;
@@
Hashtbl.replace converted ((List.hd d).Coccilib.file, fn) ();
cb := Coccilib.make_ident fn;
rn := Coccilib.make_ident (if Hashtbl.mem range_taken (key d) then "nrange" else "range")

//----------------------------------------------------------------
//  Parameters the body writes to
//----------------------------------------------------------------

@w_mm@
identifier ops.fn, def.MM;
position def.d;
identifier SW = {swap};
assignment operator aop;
expression V;
@@
fn@d(...) { <+...
(
 MM aop V
|
 MM++
|
 MM--
|
 ++MM
|
 --MM
|
 &MM
|
 SW(MM, V)
|
 SW(V, MM)
)
...+> }

@w_s@
identifier ops.fn, def.S;
position def.d;
identifier SW = {swap};
assignment operator aop;
expression V;
@@
fn@d(...) { <+...
(
 S aop V
|
 S++
|
 S--
|
 ++S
|
 --S
|
 &S
|
 SW(S, V)
|
 SW(V, S)
)
...+> }

@w_e@
identifier ops.fn, def.E;
position def.d;
identifier SW = {swap};
assignment operator aop;
expression V;
@@
fn@d(...) { <+...
(
 E aop V
|
 E++
|
 E--
|
 ++E
|
 --E
|
 &E
|
 SW(E, V)
|
 SW(V, E)
)
...+> }

@w_b@
identifier ops.fn, def.B;
position def.d;
identifier SW = {swap};
assignment operator aop;
expression V;
@@
fn@d(...) { <+...
(
 B aop V
|
 &B
|
 SW(B, V)
|
 SW(V, B)
)
...+> }

//----------------------------------------------------------------
//  patch mode
//----------------------------------------------------------------

// Direct calls: the caller builds the range right before the statement of
// the call, in a local of its own (range, else nrange): the 5.0 range has
// mm, start, end and blockable, and blockable is true for a callback of
// the void form, which had no such argument.
@script:ocaml dn depends on patch && !context && !org && !report && dcall@
cb << g.cb;
q << dcall.q;
caller;
lname;
@@
ignore cb;
let p = List.hd q in
let f = p.Coccilib.current_element in
caller := Coccilib.make_ident f;
lname := Coccilib.make_ident
  (match local_name p.Coccilib.file f with Some n -> n | None -> "range")

@depends on patch && !context && !org && !report && dcall@
identifier g.cb, dn.caller, dn.lname;
position dcall.q;
expression MN, MM, S, E, B, X;
statement S1, S2;
@@
caller(...) { <...
(
+ mmu_notifier_range_init(&lname, MM, S, E);
+ lname.blockable = B;
- cb@q(MN, MM, S, E, B)
+ cb(MN, &lname)
  ;
|
+ mmu_notifier_range_init(&lname, MM, S, E);
+ lname.blockable = true;
- cb@q(MN, MM, S, E)
+ cb(MN, &lname)
  ;
|
+ mmu_notifier_range_init(&lname, MM, S, E);
+ lname.blockable = B;
  X =
- cb@q(MN, MM, S, E, B)
+ cb(MN, &lname)
  ;
|
+ mmu_notifier_range_init(&lname, MM, S, E);
+ lname.blockable = B;
  return
- cb@q(MN, MM, S, E, B)
+ cb(MN, &lname)
  ;
|
+ mmu_notifier_range_init(&lname, MM, S, E);
+ lname.blockable = B;
  if (
- cb@q(MN, MM, S, E, B)
+ cb(MN, &lname)
  ) S1 else S2
|
+ mmu_notifier_range_init(&lname, MM, S, E);
+ lname.blockable = B;
  if (
- cb@q(MN, MM, S, E, B)
+ cb(MN, &lname)
  ) S1
|
+ mmu_notifier_range_init(&lname, MM, S, E);
+ lname.blockable = B;
  if (!
- cb@q(MN, MM, S, E, B)
+ cb(MN, &lname)
  ) S1 else S2
|
+ mmu_notifier_range_init(&lname, MM, S, E);
+ lname.blockable = B;
  if (!
- cb@q(MN, MM, S, E, B)
+ cb(MN, &lname)
  ) S1
)
...> }

// The declaration, once per caller: after the last leading declaration,
// or first with a blank line when the body starts with a statement.
@dlast depends on patch && !context && !org && !report && dcall@
identifier dn.caller;
declaration D;
statement S;
position pd;
@@
caller(...) {
  ... when any
  D@pd
  S
  ... when any
}

@dlead depends on patch && !context && !org && !report && dcall@
identifier dn.caller;
declaration D;
@@
caller(...) {
  D
  ... when any
}

@script:ocaml depends on dlead@
pd << dlast.pd;
@@
let p = List.hd pd in
let k = (p.Coccilib.file, p.Coccilib.current_element) in
let here = (p.Coccilib.line, p.Coccilib.col) in
match Hashtbl.find_opt last_decl k with
| Some l when compare l here <= 0 -> ()
| _ -> Hashtbl.replace last_decl k here

@depends on patch && !context && !org && !report && dlead && dcall@
identifier dn.caller, dn.lname;
declaration D;
position dlast.pd : script:ocaml() { is_last_decl pd };
@@
caller(...) {
  ... when any
  D@pd
+ struct mmu_notifier_range lname;
  ... when any
}

@depends on patch && !context && !org && !report && dcall@
identifier dn.caller, dn.lname;
statement S;
@@
caller(...) {
+ struct mmu_notifier_range lname;
+
  S
  ...
}

// Body uses of the old parameters read the range.
@depends on patch && !context && !org && !report && !w_mm@
identifier g.cb, def.MM, g.rn;
@@
cb(...) { <...
- MM
+ rn->mm
...> }

@depends on patch && !context && !org && !report && !w_s@
identifier g.cb, def.S, g.rn;
@@
cb(...) { <...
- S
+ rn->start
...> }

@depends on patch && !context && !org && !report && !w_e@
identifier g.cb, def.E, g.rn;
@@
cb(...) { <...
- E
+ rn->end
...> }

@depends on patch && !context && !org && !report && !w_b@
identifier g.cb, def.B, g.rn;
@@
cb(...) { <...
- B
+ rn->blockable
...> }

// A blank line between the new locals and a first statement.
@depends on patch && !context && !org && !report && (w_mm || w_s || w_e || w_b)@
identifier g.cb, def.MN, def.MM, def.S, def.E;
type def.T1, def.T2, def.T3;
statement S0;
@@
cb(T1 MN, T2 MM, T3 S, T3 E, ...) {
+
S0
...
}

// Written parameters become locals initialised from the range.  spatch
// puts each addition before the previous ones, hence the reverse order.
@depends on patch && !context && !org && !report && w_b@
identifier g.cb, def.B, g.rn;
@@
cb(...) {
+ bool B = rn->blockable;
...
}

@depends on patch && !context && !org && !report && w_e@
identifier g.cb, def.E, g.rn;
@@
cb(...) {
+ unsigned long E = rn->end;
...
}

@depends on patch && !context && !org && !report && w_s@
identifier g.cb, def.S, g.rn;
@@
cb(...) {
+ unsigned long S = rn->start;
...
}

@depends on patch && !context && !org && !report && w_mm@
identifier g.cb, def.MM, g.rn;
@@
cb(...) {
+ struct mm_struct *MM = rn->mm;
...
}

// A void start callback returns 0 on every path.
@depends on patch && !context && !org && !report && is_s && !f19@
identifier g.cb;
statement S0;
expression C;
@@
cb(...) {
...
(
return ...;
|
if (C) { ... return ...; } else { ... return ...; }
|
S0
+ return 0;
)
}

@depends on patch && !context && !org && !report && is_s && !f19@
identifier g.cb;
@@
cb(...) { <...
- return;
+ return 0;
...> }

// The headers.  Only the parameters after the first change, so that the
// driver's own layout stays; a void start callback also changes its return
// type, which moves the opening parenthesis: such a header is printed anew
// (aligned on the parenthesis), unless the name starts its own line.
@depends on patch && !context && !org && !report@
identifier g.cb, def.MN, def.MM, def.S, def.E, def.B, g.rn;
type def.T1, def.T2, def.T3, def.T5;
@@
int cb(T1 MN,
-	 T2 MM, T3 S, T3 E, T5 B
+	 const struct mmu_notifier_range *rn
	 ) {...}

@depends on patch && !context && !org && !report && is_e@
identifier g.cb, def.MN, def.MM, def.S, def.E, g.rn;
type def.T1, def.T2, def.T3;
@@
void cb(T1 MN,
-	 T2 MM, T3 S, T3 E
+	 const struct mmu_notifier_range *rn
	 ) {...}

@depends on patch && !context && !org && !report && is_s@
identifier g.cb, def.MN, def.MM, def.S, def.E, g.rn;
type def.T1, def.T2, def.T3;
position p : script:ocaml() { (List.hd p).Coccilib.col > 0 };
@@
- void cb@p(T1 MN, T2 MM, T3 S, T3 E)
+ int cb(T1 MN, const struct mmu_notifier_range *rn)
  {...}

@depends on patch && !context && !org && !report && is_s@
identifier g.cb, def.MN, def.MM, def.S, def.E, g.rn;
type def.T1, def.T2, def.T3;
position p : script:ocaml() { (List.hd p).Coccilib.col = 0 };
@@
- void
+ int
  cb@p(T1 MN,
-	 T2 MM, T3 S, T3 E
+	 const struct mmu_notifier_range *rn
	 ) {...}

// Prototypes, with or without parameter names.
@depends on patch && !context && !org && !report@
identifier g.cb, g.rn, MN, MM, S, E, B;
type def.T1, def.T2, def.T3, def.T5;
@@
(
int cb(T1 MN,
-	 T2 MM, T3 S, T3 E, T5 B
+	 const struct mmu_notifier_range *rn
	 );
|
int cb(T1,
-	 T2, T3, T3, T5
+	 const struct mmu_notifier_range *
	 );
)

@depends on patch && !context && !org && !report && is_e@
identifier g.cb, g.rn, MN, MM, S, E;
type def.T1, def.T2, def.T3;
@@
(
void cb(T1 MN,
-	 T2 MM, T3 S, T3 E
+	 const struct mmu_notifier_range *rn
	 );
|
void cb(T1,
-	 T2, T3, T3
+	 const struct mmu_notifier_range *
	 );
)

@depends on patch && !context && !org && !report && is_s@
identifier g.cb, g.rn, MN, MM, S, E;
type def.T1, def.T2, def.T3;
position p : script:ocaml() { (List.hd p).Coccilib.col > 0 };
@@
(
- void cb@p(T1 MN, T2 MM, T3 S, T3 E);
+ int cb(T1 MN, const struct mmu_notifier_range *rn);
|
- void cb@p(T1, T2, T3, T3);
+ int cb(T1, const struct mmu_notifier_range *);
)

@depends on patch && !context && !org && !report && is_s@
identifier g.cb, g.rn, MN, MM, S, E;
type def.T1, def.T2, def.T3;
position p : script:ocaml() { (List.hd p).Coccilib.col = 0 };
@@
(
- void
+ int
  cb@p(T1 MN,
-	 T2 MM, T3 S, T3 E
+	 const struct mmu_notifier_range *rn
	 );
|
- void
+ int
  cb@p(T1,
-	 T2, T3, T3
+	 const struct mmu_notifier_range *
	 );
)

// The ops lose the 4.16-4.18 flags field.
@depends on patch && !context && !org && !report@
identifier I;
expression IDX, N, F;
identifier FL = {flags};
position p : script:ocaml() { not (api_file p) };
@@
(
struct mmu_notifier_ops I@p = { ...,
- .FL = F,
  ... };
|
struct mmu_notifier_ops I@p[] = { ..., [IDX] = { ...,
- .FL = F,
  ... }, ... };
|
struct mmu_notifier_ops I@p[N] = { ..., [IDX] = { ...,
- .FL = F,
  ... }, ... };
|
struct mmu_notifier_ops I@p[] = { ..., { ...,
- .FL = F,
  ... }, ... };
|
struct mmu_notifier_ops I@p[N] = { ..., { ...,
- .FL = F,
  ... }, ... };
)

@depends on patch && !context && !org && !report && (ops || ops_decl || ops_param)@
identifier FL = {flags};
expression F;
struct mmu_notifier_ops E;
struct mmu_notifier_ops *P;
position p : script:ocaml() { not (api_file p) };
@@
(
- E@p.FL = F;
|
- P@p->FL = F;
)

//----------------------------------------------------------------
//  context mode
//----------------------------------------------------------------

// Converted callbacks: their old parameters.
@depends on context && !patch && !org && !report@
identifier g.cb, def.MM;
type def.T2;
@@
cb(...,
*   T2 MM
  , ...) {...}

// Callbacks left alone: the other uses, the shadowing declarations, the
// callbacks themselves.
@depends on context && !patch && !org && !report && def@
identifier ops.fn;
position proto_odd.pp;
type T;
@@
* T fn@pp(...);

@depends on context && !patch && !org && !report && def@
position other.q;
identifier ops.fn;
@@
* fn@q

@depends on context && !patch && !org && !report@
position dcall.q;
identifier ops.fn;
@@
* fn@q

@depends on context && !patch && !org && !report@
identifier ops.fn, shadow.X;
position def.d;
type T;
@@
fn@d(...) { <+...
* T X;
...+> }

@depends on context && !patch && !org && !report && shadow_b@
identifier ops.fn, def.B;
position def.d;
type T;
@@
fn@d(...) { <+...
* T B;
...+> }

@depends on context && !patch && !org && !report && ((is_s && is_e) || (is_s && ret_expr) || (is_e && f19) || !(is_static || proto) || ((clash_r || clash_rp) && (clash_n || clash_np)))@
identifier ops.fn, def.MM;
type def.T2;
position def.d;
@@
fn@d(...,
*   T2 MM
  , ...) {...}

@depends on context && !patch && !org && !report@
identifier I;
expression IDX, N, F;
identifier FL = {flags};
position p : script:ocaml() { not (api_file p) };
@@
(
struct mmu_notifier_ops I@p = { ...,
* .FL = F,
  ... };
|
struct mmu_notifier_ops I@p[] = { ..., [IDX] = { ...,
* .FL = F,
  ... }, ... };
|
struct mmu_notifier_ops I@p[N] = { ..., [IDX] = { ...,
* .FL = F,
  ... }, ... };
|
struct mmu_notifier_ops I@p[] = { ..., { ...,
* .FL = F,
  ... }, ... };
|
struct mmu_notifier_ops I@p[N] = { ..., { ...,
* .FL = F,
  ... }, ... };
)

@depends on context && !patch && !org && !report && (ops || ops_decl || ops_param)@
identifier FL = {flags};
expression F;
struct mmu_notifier_ops E;
struct mmu_notifier_ops *P;
position p : script:ocaml() { not (api_file p) };
@@
(
* E@p.FL = F;
|
* P@p->FL = F;
)

//----------------------------------------------------------------
//  report and org modes
//----------------------------------------------------------------

@protopos depends on !patch && (org || report)@
identifier g.cb;
type T;
position pp;
@@
T cb@pp(...);

@flagspos depends on !patch && (org || report)@
identifier I;
expression IDX, N, F;
identifier FL = {flags};
position p : script:ocaml() { not (api_file p) };
@@
(
struct mmu_notifier_ops I = { ..., .FL = F@p, ... };
|
struct mmu_notifier_ops I[] = { ..., [IDX] = { ..., .FL = F@p, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., [IDX] = { ..., .FL = F@p, ... }, ... };
|
struct mmu_notifier_ops I[] = { ..., { ..., .FL = F@p, ... }, ... };
|
struct mmu_notifier_ops I[N] = { ..., { ..., .FL = F@p, ... }, ... };
)

@flagspos_rt depends on !patch && (org || report) && (ops || ops_decl || ops_param)@
identifier FL = {flags};
expression F;
struct mmu_notifier_ops E;
struct mmu_notifier_ops *P;
position p : script:ocaml() { not (api_file p) };
@@
(
E.FL = F@p
|
P->FL = F@p
)

// Org mode prints the messages as TODO items.  (Depending on the match
// rules keeps --use-gitgrep's file selection: a rule without any would
// make spatch read every file of the tree.)
@script:ocaml depends on org && (ops || flagspos || flagspos_rt)@
@@
org_mode := true

@script:ocaml depends on (org || report) && is_s && f19@
fn << ops.fn;
d << def.d;
rn << g.rn;
@@
out d (Printf.sprintf "%s: invalidate_range_start callback in the 4.19 form: since 5.0 it takes (struct mmu_notifier *, const struct mmu_notifier_range *%s) and reads %s->start, ->end, ->mm, ->blockable" fn rn rn)

@script:ocaml depends on (org || report) && is_s && !f19@
fn << ops.fn;
d << def.d;
rn << g.rn;
@@
out d (Printf.sprintf "%s: invalidate_range_start callback in the pre-4.19 void form: since 5.0 it returns int (0) and takes (struct mmu_notifier *, const struct mmu_notifier_range *%s)" fn rn)

@script:ocaml depends on (org || report) && is_e@
fn << ops.fn;
d << def.d;
rn << g.rn;
@@
out d (Printf.sprintf "%s: invalidate_range_end callback: since 5.0 it takes (struct mmu_notifier *, const struct mmu_notifier_range *%s)" fn rn)

@script:ocaml depends on (org || report) && !is_static@
fn << ops.fn;
d << def.d;
rn << g.rn;
@@
ignore rn;
out d (Printf.sprintf "%s: not static: callers in other files that call it directly, if any, need converting by hand" fn)

@script:ocaml depends on org || report@
fn << ops.fn;
rn << g.rn;
pp << protopos.pp;
@@
ignore rn;
out pp (Printf.sprintf "%s: prototype of a range callback: it follows the callback's new parameters" fn)

@script:ocaml depends on org || report@
p << flagspos.p;
@@
out p "mmu_notifier_ops.flags is gone since 4.19 (MMU_INVALIDATE_DOES_NOT_BLOCK became the blockable argument): drop it"

@script:ocaml depends on org || report@
p << flagspos_rt.p;
@@
out p "mmu_notifier_ops.flags is gone since 4.19 (MMU_INVALIDATE_DOES_NOT_BLOCK became the blockable argument): drop it"

// Direct calls: converted with their callback, or left with it.
@script:ocaml depends on org || report@
fn << ops.fn;
q << dcall.q;
@@
let p = List.hd q in
if Hashtbl.mem converted (p.Coccilib.file, fn) then
  out q (Printf.sprintf "%s: range callback called directly: since 5.0 the caller builds a struct mmu_notifier_range (mmu_notifier_range_init() and .blockable) and passes its address" fn)
else
  out q (Printf.sprintf "%s: range callback called directly here: left in the old form with its callback, which is not converted; convert both by hand" fn)

@script:ocaml depends on (org || report) && dcall && !is_static@
fn << ops.fn;
d << def.d;
@@
out d (Printf.sprintf "%s: range callback not converted: it is called directly and not static, so it may have direct callers in files not scanned here; convert it and all its callers by hand" fn)

@script:ocaml depends on org || report@
fn << ops.fn;
d << def.d;
@@
let file = (List.hd d).Coccilib.file in
let lines = macro_lines file fn in
if lines <> [] then begin
  out d (Printf.sprintf "%s: range callback not converted: a #define names it (a call through a macro), which this step cannot rewrite; convert it, the macro and its other uses by hand" fn);
  List.iter (fun l ->
    out_line file l (Printf.sprintf "%s: range callback named in this macro: left in the old form, convert it by hand" fn))
    lines
end;
List.iter (fun c ->
  if local_name file c = None then
    out d (Printf.sprintf "%s: range callback not converted: its direct caller %s already uses both range and nrange, no name is free for the range it must build; convert it by hand" fn c))
  (List.sort_uniq compare (Hashtbl.find_all callers (file, fn)))

// Left alone.
@script:ocaml depends on org || report@
fn << ops.fn;
d << def.d;
q << other.q;
@@
ignore d;
out q (Printf.sprintf "%s: range callback used here other than as invalidate_range_start/end of a struct mmu_notifier_ops: it is left in the old form, convert it and this use by hand" fn)

@script:ocaml depends on (org || report) && other@
fn << ops.fn;
d << def.d;
@@
out d (Printf.sprintf "%s: range callback not converted: it is also used other than as invalidate_range_start/end of a struct mmu_notifier_ops (a direct call, another struct, the TLB hook); convert it and those uses by hand" fn)

@script:ocaml depends on (org || report) && is_s && is_e@
fn << ops.fn;
d << def.d;
@@
out d (Printf.sprintf "%s: range callback not converted: named as both invalidate_range_start and invalidate_range_end, whose return types differ since 4.19; split it by hand" fn)

@script:ocaml depends on (org || report) && is_e && f19@
fn << ops.fn;
d << def.d;
@@
out d (Printf.sprintf "%s: range callback not converted: it has the 4.19 invalidate_range_start form but is named as invalidate_range_end; fix it by hand" fn)

@script:ocaml depends on (org || report) && !is_static && !proto@
fn << ops.fn;
d << def.d;
@@
out d (Printf.sprintf "%s: range callback not converted: it is not static and no prototype of it is visible here, its declaration and callers may be in other files; convert it by hand" fn)

@script:ocaml depends on org || report@
fn << ops.fn;
d << def.d;
x << shadow.X;
@@
out d (Printf.sprintf "%s: range callback not converted: its parameter %s is redeclared in an inner block; convert it by hand" fn x)

@script:ocaml depends on (org || report) && shadow_b@
fn << ops.fn;
d << def.d;
x << def.B;
@@
out d (Printf.sprintf "%s: range callback not converted: its parameter %s is redeclared in an inner block; convert it by hand" fn x)

@script:ocaml depends on (org || report) && (clash_r || clash_rp) && (clash_n || clash_np)@
fn << ops.fn;
d << def.d;
@@
out d (Printf.sprintf "%s: range callback not converted: it already uses both range and nrange, no name is free for the new parameter; convert it by hand" fn)

@script:ocaml depends on org || report@
fn << ops.fn;
d << def.d;
pp << proto_odd.pp;
@@
ignore d;
out pp (Printf.sprintf "%s: range callback not converted: this prototype of it has a form this step does not rewrite; convert the callback and its prototypes by hand" fn)

@script:ocaml depends on (org || report) && is_s && ret_expr@
fn << ops.fn;
d << def.d;
@@
out d (Printf.sprintf "%s: range callback not converted: a void start callback that returns an expression cannot simply return int; convert it by hand" fn)
