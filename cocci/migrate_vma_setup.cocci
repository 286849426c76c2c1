// SPDX-License-Identifier: GPL-2.0-only
/// mm/migrate: convert migrate_vma() callers to migrate_vma_setup()
///
/// Linux 5.4 removed the callback form of device-memory migration,
/// migrate_vma(&ops, vma, start, end, src, dst, private) with its
/// struct migrate_vma_ops { alloc_and_copy, finalize_and_map }.  The driver
/// now fills a struct migrate_vma (vma, start, end, src, dst), calls
/// migrate_vma_setup(), and, when args.cpages is non-zero, runs the steps the
/// core used to run around its callbacks itself: its own alloc-and-copy
/// function, migrate_vma_pages(), its own finalize function and
/// migrate_vma_finalize().
///
/// A call is converted when its ops is &OPS with OPS a static struct
/// migrate_vma_ops of the same file, defined before the call, whose
/// designated initializer names both callbacks, and the call is one of
///   ret = migrate_vma(...); if (ret) return/goto ...;
///   ret = migrate_vma(...);       (any other use of ret follows)
///   return migrate_vma(...);
///   migrate_vma(...);
///   if (migrate_vma(...)) return/goto ...;   (also "< 0")
/// The struct is declared once at the top of the function as
/// "struct migrate_vma args = {};" and filled field by field at the
/// call, so it also works in loops; a return-form site also gets "int ret;".
/// Both callbacks get (args.vma, args.src, args.dst, args.start, args.end,
/// private) and keep their parameter lists: they are plain functions now.
/// The ops struct is removed once no use of it is left.
///
/// Semantics, for the reviewer of every converted site: migrate_vma()
/// returned -EINVAL for bad arguments and 0 otherwise, whether or not
/// anything migrated; migrate_vma_setup() rejects the same bad arguments
/// with -EINVAL, but its 0 means that args.cpages pages are now collected,
/// locked and unmapped, and they stay so until migrate_vma_pages() and
/// migrate_vma_finalize() run: no early return may be added between them.
/// args.cpages == 0 means nothing to migrate (the old call skipped the
/// callbacks and returned 0 then; the conversion does the same).  The
/// callbacks get the page-aligned start and end, as before.  Later steps
/// add the fields 5.7 and 5.9 need (src_owner, then flags and pgmap_owner).
///
/// Left untouched and reported (context, org and report modes): an ops
/// chosen at run time, an ops that is not a static struct of the file, has
/// no designated .alloc_and_copy and .finalize_and_map, is defined after the
/// call, is not const and used elsewhere, or is shared by calls with
/// different private pointers; a private argument with side effects; a
/// result used inside an expression; a function that already uses the name
/// args (or ret for the return form).
///
// Confidence: Moderate
// Options: --no-includes --include-headers
// Keywords: migrate_vma, migrate_vma_ops, migrate_vma_setup, HMM
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

let step = "migrate_vma_setup"

let report ps msg =
  let p = List.hd ps in
  Printf.printf "%s:%d:%d: %s [%s]\n" p.Coccilib.file p.Coccilib.line
    (p.Coccilib.col + 1) msg step

let todo ps msg =
  let p = List.hd ps in
  let esc = String.map (function '[' -> '(' | ']' -> ')' | c -> c) msg in
  Printf.printf "* TODO [[view:%s::face=ovl-face1::linb=%d::colb=%d::cole=%d][%s (%s)]]\n"
    p.Coccilib.file p.Coccilib.line p.Coccilib.col p.Coccilib.col_end esc step

(* Facts of the file, keyed by file so that a spatch process handling
   several files never mixes them up. *)
let pos ps = let p = List.hd ps in (p.Coccilib.file, p.Coccilib.line, p.Coccilib.col)
let fileof ps = (List.hd ps).Coccilib.file
let lineof ps = (List.hd ps).Coccilib.line
let fnof ps = (List.hd ps).Coccilib.current_element

(* ops definitions: (file, name) -> line, and their properties *)
let ops_def : (string * string, int) Hashtbl.t = Hashtbl.create 17
let ops_static : (string * string, unit) Hashtbl.t = Hashtbl.create 17
let ops_const : (string * string, unit) Hashtbl.t = Hashtbl.create 17
let ops_cb : (string * string, string * string) Hashtbl.t = Hashtbl.create 17
let ops_other : (string * string, int) Hashtbl.t = Hashtbl.create 17
(* designated callback fields: (file, ops, field) -> value *)
let ops_field : (string * string * string, string) Hashtbl.t = Hashtbl.create 17
(* ops defined inside a function *)
let ops_local : (string * string, unit) Hashtbl.t = Hashtbl.create 17
(* private arguments of the &OPS calls: (file, ops) -> text, several *)
let ops_priv : (string * string, string) Hashtbl.t = Hashtbl.create 17
(* call sites: position -> ops name (only for &OPS), shape, impure private *)
let site_ops : (string * int * int, string) Hashtbl.t = Hashtbl.create 17
let site_shape : (string * int * int, string) Hashtbl.t = Hashtbl.create 17
let site_impure : (string * int * int, unit) Hashtbl.t = Hashtbl.create 17
(* names args / ret already used: (file, function) -> name, several *)
let fn_name : (string * string, string) Hashtbl.t = Hashtbl.create 17
(* verdict: position -> None (convert) or Some message *)
let verdict : (string * int * int, string option) Hashtbl.t = Hashtbl.create 17
(* patch mode: functions that got a converted site (and need "int ret") *)
let conv_fn : (string, unit) Hashtbl.t = Hashtbl.create 17
let conv_ret_fn : (string, unit) Hashtbl.t = Hashtbl.create 17
let conv_ops : (string, unit) Hashtbl.t = Hashtbl.create 17
let decl_fn : (string, unit) Hashtbl.t = Hashtbl.create 17
let still_used : (string, unit) Hashtbl.t = Hashtbl.create 17

let set_shape ps s =
  if not (Hashtbl.mem site_shape (pos ps)) then Hashtbl.replace site_shape (pos ps) s

let site_ok ps =
  match Hashtbl.find_opt verdict (pos ps) with Some None -> true | _ -> false

let shape_is ps s =
  site_ok ps && Hashtbl.find_opt site_shape (pos ps) = Some s

(* the function at ps still needs its declarations: "ret" (args and ret)
   or "args" (args only) *)
let needs_decl ps what =
  let fn = fnof ps in
  Hashtbl.mem conv_fn fn && not (Hashtbl.mem decl_fn fn) &&
  Hashtbl.mem conv_ret_fn fn = (what = "ret")

let decl_done ps = Hashtbl.replace decl_fn (fnof ps) ()

let uniq l = List.sort_uniq compare l

let reset_patch_tables () =
  Hashtbl.reset conv_fn; Hashtbl.reset conv_ret_fn; Hashtbl.reset conv_ops;
  Hashtbl.reset decl_fn; Hashtbl.reset still_used

(* patch mode: record a converted call of ops i *)
let converted pc i with_ret =
  Hashtbl.replace conv_fn (fnof pc) ();
  if with_ret then Hashtbl.replace conv_ret_fn (fnof pc) ();
  Hashtbl.replace conv_ops i ()

(* an ops struct that lost a use to a conversion and has no use left *)
let removable i = Hashtbl.mem conv_ops i && not (Hashtbl.mem still_used i)

(* Expressions as spatch prints them ("f ( x )"), made compact. *)
let tidy s =
  let b = Buffer.create (String.length s) in
  let n = String.length s in
  String.iteri (fun j c ->
      let prev = if j > 0 then s.[j - 1] else 'x' in
      let next = if j + 1 < n then s.[j + 1] else 'x' in
      if c = ' ' && (next = '(' || next = ')' || next = ',' || next = '['
                     || next = ']' || prev = '(' || prev = '[')
      then ()
      else Buffer.add_char b c)
    s;
  Buffer.contents b

let field_problem file i =
  let get f = Hashtbl.find_opt ops_field (file, i, f) in
  match get "alloc_and_copy", get "finalize_and_map" with
  | None, None ->
      Printf.sprintf "whose initializer does not name .alloc_and_copy and .finalize_and_map with designators: rewrite it as { .alloc_and_copy = ..., .finalize_and_map = ... } and rerun"
  | a, f ->
      let bad = List.filter (fun (_, v) -> v = None || v = Some "NULL")
          [("alloc_and_copy", a); ("finalize_and_map", f)] in
      (match bad with
       | (name, _) :: _ ->
           Printf.sprintf "which has no .%s callback (the 4.x core called both unconditionally): convert by hand, leaving out that step" name
       | [] ->
           Printf.sprintf "whose callbacks are not plain function names: name the functions in the initializer and rerun, or convert by hand")

(* Why a call cannot be converted, or None. *)
let judge ps =
  let k = pos ps and file = fileof ps and fn = fnof ps in
  let names = Hashtbl.find_all fn_name (file, fn) in
  let m i rest = Some (Printf.sprintf "migrate_vma() with ops %s, %s" i rest) in
  match Hashtbl.find_opt site_ops k with
  | None ->
      Some "migrate_vma() with an ops chosen at run time: 5.4 has no callbacks; for each possible ops call its alloc-and-copy and finalize functions directly between migrate_vma_setup(), migrate_vma_pages() and migrate_vma_finalize(), by hand"
  | Some i ->
      let o = (file, i) in
      let privs = uniq (List.map tidy (Hashtbl.find_all ops_priv o)) in
      if not (Hashtbl.mem ops_def o) then
        m i "which is not defined in this file: its callbacks are unknown here; call them directly around migrate_vma_setup(), migrate_vma_pages() and migrate_vma_finalize() by hand"
      else if not (Hashtbl.mem ops_static o) && Hashtbl.mem ops_local o then
        m i "a local variable filled at run time: call the callbacks it holds directly around migrate_vma_setup(), migrate_vma_pages() and migrate_vma_finalize() by hand"
      else if not (Hashtbl.mem ops_static o) then
        m i "which is not static (other files may use or change it): make it static const and rerun, or convert by hand"
      else if not (Hashtbl.mem ops_cb o) then
        m i (field_problem file i)
      else if Hashtbl.find ops_def o > lineof ps then
        m i (Printf.sprintf "which is defined after this call: move it (or declare its callbacks) above %s() and rerun" fn)
      else if not (Hashtbl.mem ops_const o) && Hashtbl.mem ops_other o then
        m i (Printf.sprintf "which is not const and is also used on line %d: its callbacks may change at run time, convert by hand" (Hashtbl.find ops_other o))
      else if List.length privs > 1 then
        m i (Printf.sprintf "shared by calls with different private pointers (%s): convert them by hand, giving the callbacks one private type each" (String.concat ", " privs))
      else if Hashtbl.mem site_impure k then
        Some (Printf.sprintf "migrate_vma() private argument %s has side effects and would be evaluated twice (alloc-and-copy and finalize): store it in a local variable and rerun" (List.hd privs))
      else match Hashtbl.find_opt site_shape k with
      | None ->
          Some "migrate_vma() result used inside an expression: write it as \"ret = migrate_vma(...);\" (or a plain call or return) and rerun, or convert by hand to migrate_vma_setup() with the args.cpages check"
      | Some s ->
          if List.mem "args" names then
            Some (Printf.sprintf "migrate_vma() in %s(), which already uses the name args: rename it and rerun, or convert by hand" fn)
          else if s = "return" && List.mem "ret" names then
            Some (Printf.sprintf "return migrate_vma() in %s(), which already uses the name ret: rename it and rerun, or convert by hand" fn)
          else None

let converted_msg ps =
  match Hashtbl.find_opt site_ops (pos ps) with
  | None -> ""
  | Some i ->
      let (a, f) = Hashtbl.find ops_cb (fileof ps, i) in
      Printf.sprintf "migrate_vma() with ops %s converted to migrate_vma_setup(), then %s(), migrate_vma_pages(), %s() and migrate_vma_finalize() when args.cpages != 0: review the error path, -EINVAL still means bad arguments but 0 now means args.cpages pages are locked and unmapped until migrate_vma_finalize(), and args.cpages == 0 means nothing to migrate" i a f

(* The ops definitions that stay after the conversion, and why. *)
let def_msg pd i =
  let o = (fileof pd, i) in
  let mine = Hashtbl.fold (fun ((f, _, _) as k) j acc ->
      if f = fileof pd && j = i then k :: acc else acc) site_ops [] in
  let sites = List.length mine in
  let ok = List.length (List.filter (fun k -> Hashtbl.find_opt verdict k = Some None) mine) in
  match Hashtbl.find_opt ops_other o with
  | Some l ->
      Some (Printf.sprintf "struct migrate_vma_ops %s is used outside migrate_vma() calls (line %d): the type is gone in 5.4, rework that use by hand" i l)
  | None when sites = 0 ->
      Some (Printf.sprintf "struct migrate_vma_ops %s is not used by any migrate_vma() call: the type is gone in 5.4, remove it (and its callbacks if nothing else uses them)" i)
  | None when ok > 0 && ok < sites ->
      Some (Printf.sprintf "struct migrate_vma_ops %s stays for its %d call(s) left to convert by hand: the type is gone in 5.4, remove it after them" i (sites - ok))
  | None -> None

//----------------------------------------------------------------
//  facts: ops definitions, calls, other uses, shapes, names
//----------------------------------------------------------------

@odef@
identifier I;
position pd : script:ocaml() { not (api_file pd) };
@@
struct migrate_vma_ops I@pd = { ... };

@script:ocaml@
i << odef.I;
pd << odef.pd;
@@
if not (Hashtbl.mem ops_def (fileof pd, i)) then
  Hashtbl.replace ops_def (fileof pd, i) (lineof pd);
if fnof pd <> i then Hashtbl.replace ops_local (fileof pd, i) ()

@ostatic@
identifier odef.I;
position odef.pd;
position ps;
@@
static struct migrate_vma_ops I@pd@ps = { ... };

@script:ocaml@
i << odef.I;
pd << ostatic.ps;
@@
Hashtbl.replace ops_static (fileof pd, i) ()

@oconst@
identifier odef.I;
position odef.pd;
position ps;
@@
const struct migrate_vma_ops I@pd@ps = { ... };

@script:ocaml@
i << odef.I;
pd << oconst.ps;
@@
Hashtbl.replace ops_const (fileof pd, i) ()

@ocb@
identifier odef.I;
identifier A != NULL, F != NULL;
position odef.pd;
@@
struct migrate_vma_ops I@pd = { .alloc_and_copy = A, .finalize_and_map = F, };

@script:ocaml@
i << odef.I;
pd << odef.pd;
a << ocb.A;
f << ocb.F;
@@
Hashtbl.replace ops_cb (fileof pd, i) (a, f)

// What each designated callback field holds, for the messages.
@ofa@
identifier odef.I;
expression X;
position odef.pd;
@@
struct migrate_vma_ops I@pd = { ..., .alloc_and_copy = X, ... };

@script:ocaml@
i << odef.I;
pd << odef.pd;
x << ofa.X;
@@
Hashtbl.replace ops_field (fileof pd, i, "alloc_and_copy") x

@off@
identifier odef.I;
expression X;
position odef.pd;
@@
struct migrate_vma_ops I@pd = { ..., .finalize_and_map = X, ... };

@script:ocaml@
i << odef.I;
pd << odef.pd;
x << off.X;
@@
Hashtbl.replace ops_field (fileof pd, i, "finalize_and_map") x

@allsite@
expression list es;
position pc : script:ocaml() { not (api_file pc) };
@@
migrate_vma@pc(es)

@site@
identifier I;
expression V, S, E, SRC, DST, P;
position allsite.pc;
position pa;
position ps;
@@
migrate_vma@pc@ps(&I@pa, V, S, E, SRC, DST, P)

@script:ocaml@
i << site.I;
p << site.P;
pc << site.ps;
@@
Hashtbl.replace site_ops (pos pc) i;
Hashtbl.add ops_priv (fileof pc, i) p

@ouse@
identifier odef.I;
position pu != site.pa;
@@
I@pu

@script:ocaml@
i << odef.I;
pu << ouse.pu;
@@
if not (Hashtbl.mem ops_other (fileof pu, i)) then
  Hashtbl.replace ops_other (fileof pu, i) (lineof pu)

// A private argument evaluated twice after the conversion must be pure.
@impure depends on site@
position pc;
expression O, V, S, E, SRC, DST, E1, E2;
identifier fc;
@@
migrate_vma@pc(O, V, S, E, SRC, DST,
  <+... \( fc(...) \| E1 = E2 \| E1 += E2 \| E1 -= E2 \| E1 |= E2 \| E1 &= E2 \| E1++ \| E1-- \| ++E1 \| --E1 \) ...+>)

@script:ocaml@
pc << impure.pc;
@@
Hashtbl.replace site_impure (pos pc) ()

// The names the conversion introduces.
@nuse depends on allsite@
identifier x =~ "^(args|ret)$";
position pn;
@@
x@pn

@script:ocaml@
x << nuse.x;
pn << nuse.pn;
@@
Hashtbl.add fn_name (fileof pn, fnof pn) x

@ndecl depends on allsite@
identifier x =~ "^(args|ret)$";
type T;
position pn;
@@
T x@pn;

@script:ocaml@
x << ndecl.x;
pn << ndecl.pn;
@@
Hashtbl.add fn_name (fileof pn, fnof pn) x

@nparam depends on allsite@
identifier fn;
identifier x =~ "^(args|ret)$";
type T;
position pn;
@@
fn(..., T x@pn, ...) { ... }

@script:ocaml@
x << nparam.x;
fn << nparam.fn;
pn << nparam.pn;
@@
Hashtbl.add fn_name (fileof pn, fn) x

// The statement shapes that convert.
@sh_exit@
idexpression ret;
expression list es;
position pc;
identifier l;
@@
ret = migrate_vma@pc(es);
if (\(ret\|ret < 0\))
\( return ...; \| goto l; \| { ... return ...; } \| { ... goto l; } \)

@script:ocaml@
pc << sh_exit.pc;
@@
set_shape pc "exit"

@sh_ret@
idexpression ret;
expression list es;
position pc;
@@
ret = migrate_vma@pc(es);

@script:ocaml@
pc << sh_ret.pc;
@@
set_shape pc "ret"

@sh_return@
expression list es;
position pc;
@@
return migrate_vma@pc(es);

@script:ocaml@
pc << sh_return.pc;
@@
set_shape pc "return"

@sh_call@
expression list es;
position pc;
@@
migrate_vma@pc(es);

@script:ocaml@
pc << sh_call.pc;
@@
set_shape pc "call"

@sh_if@
expression list es;
position pc;
identifier l;
@@
if (\(migrate_vma@pc(es)\|migrate_vma@pc(es) < 0\))
\( return ...; \| goto l; \| { ... return ...; } \| { ... goto l; } \)

@script:ocaml@
pc << sh_if.pc;
@@
set_shape pc "if"

@script:ocaml@
pc << allsite.pc;
@@
reset_patch_tables ();
Hashtbl.replace verdict (pos pc) (judge pc)

//----------------------------------------------------------------
//  patch mode
//----------------------------------------------------------------

// One rule for every shape: after a rule has changed a function, spatch
// re-parses it and the positions of its other calls no longer match the
// verdicts, so all the sites of a function must be rewritten at once.
@conv depends on patch && !context && !org && !report@
identifier ocb.A, ocb.F, odef.I;
idexpression R;
expression V, S, E, SRC, DST, P;
identifier l;
statement X;
position p1 : script:ocaml() { shape_is p1 "exit" };
position p2 : script:ocaml() { shape_is p2 "ret" };
position p3 : script:ocaml() { shape_is p3 "return" };
position p4 : script:ocaml() { shape_is p4 "call" };
position p5 : script:ocaml() { shape_is p5 "if" };
@@
(
- R = migrate_vma@p1(&I, V, S, E, SRC, DST, P);
+ args.vma = V;
+ args.start = S;
+ args.end = E;
+ args.src = SRC;
+ args.dst = DST;
+ R = migrate_vma_setup(&args);
  if (\(R\|R < 0\))
  \( return ...; \| goto l; \| { ... return ...; } \| { ... goto l; } \)
+ if (args.cpages) {
+	A(args.vma, args.src, args.dst, args.start, args.end, P);
+	migrate_vma_pages(&args);
+	F(args.vma, args.src, args.dst, args.start, args.end, P);
+	migrate_vma_finalize(&args);
+ }
|
- R = migrate_vma@p2(&I, V, S, E, SRC, DST, P);
+ args.vma = V;
+ args.start = S;
+ args.end = E;
+ args.src = SRC;
+ args.dst = DST;
+ R = migrate_vma_setup(&args);
+ if (!R && args.cpages) {
+	A(args.vma, args.src, args.dst, args.start, args.end, P);
+	migrate_vma_pages(&args);
+	F(args.vma, args.src, args.dst, args.start, args.end, P);
+	migrate_vma_finalize(&args);
+ }
|
- return migrate_vma@p3(&I, V, S, E, SRC, DST, P);
+ args.vma = V;
+ args.start = S;
+ args.end = E;
+ args.src = SRC;
+ args.dst = DST;
+ ret = migrate_vma_setup(&args);
+ if (ret)
+	return ret;
+ if (args.cpages) {
+	A(args.vma, args.src, args.dst, args.start, args.end, P);
+	migrate_vma_pages(&args);
+	F(args.vma, args.src, args.dst, args.start, args.end, P);
+	migrate_vma_finalize(&args);
+ }
+ return 0;
|
- migrate_vma@p4(&I, V, S, E, SRC, DST, P);
+ args.vma = V;
+ args.start = S;
+ args.end = E;
+ args.src = SRC;
+ args.dst = DST;
+ if (!migrate_vma_setup(&args) && args.cpages) {
+	A(args.vma, args.src, args.dst, args.start, args.end, P);
+	migrate_vma_pages(&args);
+	F(args.vma, args.src, args.dst, args.start, args.end, P);
+	migrate_vma_finalize(&args);
+ }
|
+ args.vma = V;
+ args.start = S;
+ args.end = E;
+ args.src = SRC;
+ args.dst = DST;
  if (<+...
- migrate_vma@p5(&I, V, S, E, SRC, DST, P)
+ migrate_vma_setup(&args)
  ...+>) X
+ if (args.cpages) {
+	A(args.vma, args.src, args.dst, args.start, args.end, P);
+	migrate_vma_pages(&args);
+	F(args.vma, args.src, args.dst, args.start, args.end, P);
+	migrate_vma_finalize(&args);
+ }
)

@script:ocaml@
i << odef.I;
pc << conv.p1;
@@
converted pc i false

@script:ocaml@
i << odef.I;
pc << conv.p2;
@@
converted pc i false

@script:ocaml@
i << odef.I;
pc << conv.p3;
@@
converted pc i true

@script:ocaml@
i << odef.I;
pc << conv.p4;
@@
converted pc i false

@script:ocaml@
i << odef.I;
pc << conv.p5;
@@
converted pc i false

// Declarations at the top of each function that got a converted site
// (kernel style: a blank line after them when the body had none).  "= {}"
// zeroes the fields later kernels add (src_owner in 5.7, flags and
// pgmap_owner in 5.9, fault_page in 6.1) until the later steps fill them;
// spatch 1.1.1 prints an added "{ 0 }" over three lines.  The top of the
// function, not the call, because the call may sit in a loop or a branch
// and the kernel builds with -Wdeclaration-after-statement.
@d_ret_stmt depends on conv && patch && !context && !org && !report@
identifier fn;
statement S;
position pf : script:ocaml() { needs_decl pf "ret" };
@@
fn@pf(...) {
+ struct migrate_vma args = {};
+ int ret;
+
  S
  ...
}

@script:ocaml depends on conv@
pf << d_ret_stmt.pf;
@@
decl_done pf

@d_stmt depends on conv && patch && !context && !org && !report@
identifier fn;
statement S;
position pf : script:ocaml() { needs_decl pf "args" };
@@
fn@pf(...) {
+ struct migrate_vma args = {};
+
  S
  ...
}

@script:ocaml depends on conv@
pf << d_stmt.pf;
@@
decl_done pf

@d_ret depends on conv && patch && !context && !org && !report@
identifier fn;
position pf : script:ocaml() { needs_decl pf "ret" };
@@
fn@pf(...) {
+ struct migrate_vma args = {};
+ int ret;
  ...
}

@script:ocaml depends on conv@
pf << d_ret.pf;
@@
decl_done pf

@depends on conv && patch && !context && !org && !report@
identifier fn;
position pf : script:ocaml() { needs_decl pf "args" };
@@
fn@pf(...) {
+ struct migrate_vma args = {};
  ...
}

// The ops struct goes once nothing uses it any more.
@still depends on patch && !context && !org && !report@
identifier odef.I;
position q;
@@
I@q

@script:ocaml@
i << odef.I;
q << still.q;
@@
ignore q;
Hashtbl.replace still_used i ()

@depends on conv && patch && !context && !org && !report@
identifier ops : script:ocaml() { removable ops };
@@
- struct migrate_vma_ops ops = { ... };

//----------------------------------------------------------------
//  context, report and org modes
//----------------------------------------------------------------

@depends on context && !patch && !org && !report@
expression list es;
position allsite.pc;
@@
* migrate_vma@pc(es)

@depends on context && !patch && !org && !report@
identifier odef.I;
position odef.pd;
@@
* struct migrate_vma_ops I@pd = { ... };

@script:ocaml depends on report@
pc << allsite.pc;
@@
match Hashtbl.find_opt verdict (pos pc) with
| Some (Some msg) -> report pc msg
| _ -> report pc (converted_msg pc)

@script:ocaml depends on org@
pc << allsite.pc;
@@
match Hashtbl.find_opt verdict (pos pc) with
| Some (Some msg) -> todo pc msg
| _ -> todo pc (converted_msg pc)

@script:ocaml depends on report@
i << odef.I;
pd << odef.pd;
@@
match def_msg pd i with Some msg -> report pd msg | None -> ()

@script:ocaml depends on org@
i << odef.I;
pd << odef.pd;
@@
match def_msg pd i with Some msg -> todo pd msg | None -> ()
