// SPDX-License-Identifier: GPL-2.0-only
/// mm/mmu_notifier: the CPU TLB flush flushes secondary TLBs (6.6)
///
/// Linux 6.6 made the architecture's TLB flush call the hook of the
/// mmu_notifiers that flush a secondary TLB (IOMMUs and other devices that
/// share the CPU page tables), and renamed the hook: the mmu_notifier_ops
/// member invalidate_range became arch_invalidate_secondary_tlbs, with the
/// same signature (mn, mm, start, end).
///
/// The explicit mmu_notifier_invalidate_range(mm, start, end) calls of the
/// generic kernel code (files under mm/, kernel/, include/linux/ and
/// include/asm-generic/) are deleted, as upstream deleted them: that code
/// flushes the CPU TLB only through the architecture's helpers, which call
/// the hook from 6.6 on.  The deletions rely on the architecture's flush
/// as 6.6 has it, in arch/x86/mm/tlb.c, arch/x86/include/asm/tlbflush.h,
/// arch/arm64/include/asm/tlbflush.h, arch/powerpc/mm/book3s64/radix_tlb.c
/// and arch/powerpc/mm/book3s64/radix_hugetlbpage.c: those files come with
/// the core commits of the 6.6 API, like include/linux/mmu_notifier.h and
/// mm/mmu_notifier.c, and this step never rewrites them.  An if without
/// else whose body is only the call goes with it when its condition has
/// no call or assignment.  A call that is the whole body of an if with an
/// else, of a loop or of a label, or one inside an expression, is renamed
/// mmu_notifier_arch_invalidate_secondary_tlbs() instead (a second flush,
/// harmless) and reported.
///
/// Anywhere else (drivers/, virt/, fs/, arch/, an external module) the call
/// is a hand flush of a device TLB that no CPU flush is known to cover: it
/// is renamed mmu_notifier_arch_invalidate_secondary_tlbs(), so that it
/// still builds and flushes, and reported, for a human to drop it where a
/// CPU flush of the same range sits beside it.  arch/ is among these: it
/// is where 6.6 calls the hook from, and an arch whose flush does not call
/// it may rely on its own call.  Report mode names the calls of the new
/// name outside arch/ and the core files too, so that what the step
/// renamed is still listed for a human once the conversion is in.
///
/// ptep_clear_flush_notify(), pmdp_huge_clear_flush_notify() and
/// pudp_huge_clear_flush_notify() become ptep_clear_flush(),
/// pmdp_huge_clear_flush() and pudp_huge_clear_flush(), with the same
/// arguments: their flush now notifies, and 6.6 defines the _notify names
/// only without CONFIG_MMU_NOTIFIER.
/// mmu_notifier_invalidate_range_only_end(range) becomes
/// mmu_notifier_invalidate_range_end(range), as the end no longer calls
/// the hook.
///
/// The member is renamed in struct mmu_notifier_ops initializers (also
/// arrays of ops) and in assignments.  A callback named after the op
/// (foo_invalidate_range) is renamed with it
/// (foo_arch_invalidate_secondary_tlbs) when nothing else uses the name:
/// a static function of the file that nothing else in it names, and no
/// other function of the new name there.  Otherwise it keeps its name, and
/// report mode says why.
///
/// 6.6 refuses to register a notifier that has the hook and
/// invalidate_range_start/end as well (WARN, -EINVAL).  Until 6.6 the core
/// called the hook right before invalidate_range_end on every range, so
/// where the ops has an end callback of its own (no other ops names it)
/// with a statement, and the hook is a function defined before it in the
/// file, the end callback now makes that call itself (after its
/// declarations) and the op goes; reported, as the hook's calls under the
/// page-table lock are gone (upstream moved KVM's hook work to its start
/// path in 6.5).  Other such notifiers (no end callback, one shared with
/// another ops, ops filled in at run time, the hook defined later) are
/// left untouched and reported, as is one that already has both under the
/// new name.  Members of that name in other structs are not touched.
///
// Confidence: High
// Options: --no-includes --include-headers
// Keywords: mmu_notifier, invalidate_range, arch_invalidate_secondary_tlbs, invalidate_range_only_end, ptep_clear_flush_notify
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
    ["include/linux/mmu_notifier.h"; "mm/mmu_notifier.c";
     "arch/x86/mm/tlb.c"; "arch/x86/include/asm/tlbflush.h";
     "arch/arm64/include/asm/tlbflush.h";
     "arch/powerpc/mm/book3s64/radix_tlb.c";
     "arch/powerpc/mm/book3s64/radix_hugetlbpage.c"]

let step = "secondary_tlbs"

let starts_with pre s =
  String.length s >= String.length pre &&
  String.sub s 0 (String.length pre) = pre

(* Paths are relative to the tree, as coccicheck gives them (./mm/rmap.c
   for the whole tree, mm/rmap.c for M=mm); an external module's are
   absolute or relative to the module, never generic code. *)
let rec tree_path f =
  if starts_with "./" f then tree_path (String.sub f 2 (String.length f - 2))
  else f

(* Generic code flushes the CPU TLB only through the architecture's
   helpers, which call the secondary-TLB hook from 6.6 on: its explicit
   calls go.  Anywhere else a call may be the only flush of a device TLB. *)
let generic_file ps =
  let f = tree_path (List.hd ps).Coccilib.file in
  List.exists (fun d -> starts_with d f)
    ["mm/"; "kernel/"; "include/linux/"; "include/asm-generic/"]

let op_name = "invalidate_range"
let new_op_name = "arch_invalidate_secondary_tlbs"

(* A callback named after the op, foo_invalidate_range (or just
   invalidate_range), renamed with it: foo_arch_invalidate_secondary_tlbs. *)
let renamed_callback fn =
  let n = String.length fn and k = String.length op_name in
  if fn = op_name then Some new_op_name
  else if n > k + 1 && String.sub fn (n - k - 1) (k + 1) = "_" ^ op_name then
    Some (String.sub fn 0 (n - k) ^ new_op_name)
  else None

let report ps msg =
  let p = List.hd ps in
  Printf.printf "%s:%d:%d: %s [%s]\n" p.Coccilib.file p.Coccilib.line
    (p.Coccilib.col + 1) msg step

let todo ps msg =
  let p = List.hd ps in
  let esc = String.map (function '[' -> '(' | ']' -> ')' | c -> c) msg in
  Printf.printf "* TODO [[view:%s::face=ovl-face1::linb=%d::colb=%d::cole=%d][%s (%s)]]\n"
    p.Coccilib.file p.Coccilib.line p.Coccilib.col p.Coccilib.col_end esc step

let op_msg =
  "invalidate_range op renamed arch_invalidate_secondary_tlbs (6.6)"

let both_msg =
  "invalidate_range op next to invalidate_range_start/end: 6.6 refuses to register a notifier with arch_invalidate_secondary_tlbs and start/end (WARN, -EINVAL); do the secondary TLB flush from start/end, or split the notifier, by hand"

(* The ops whose hook the step moves into their end callback, by file,
   line and column: the notifier is no longer one to leave alone. *)
let moved_ops = Hashtbl.create 7

let pos_key ps =
  let p = List.hd ps in (p.Coccilib.file, p.Coccilib.line, p.Coccilib.col)

let add_moved ps = Hashtbl.replace moved_ops (pos_key ps) ()

let is_moved ps = Hashtbl.mem moved_ops (pos_key ps)
let same_pos a b = pos_key a = pos_key b

(* The old hook's arguments taken from the range r: its mm, start, end
   (spelled out here, not in the pattern: field names are words of nearly
   every file, and would widen the step's grep query to them). *)
let range_args r e1 e2 e3 =
  let bare s = String.concat "" (String.split_on_char ' ' s) in
  bare e1 = r ^ "->mm" && bare e2 = r ^ "->start" && bare e3 = r ^ "->end"

let defined_before ph pe =
  let h = List.hd ph and e = List.hd pe in
  h.Coccilib.file = e.Coccilib.file && h.Coccilib.line < e.Coccilib.line

let moved_msg =
  "invalidate_range op next to invalidate_range_start/end (6.6 refuses to register such a notifier): the hook is now called at the top of the invalidate_range_end callback, where the core called it until 6.6, and the op is gone; its calls under the page-table lock are lost: check that the notifier needs nothing before the end (KVM moved this work to its start path in 6.5)"

let moved_after_msg =
  "the invalidate_range_end callback calls the old TLB hook itself (secondary_tlbs, 6.6, moved it there): check that the notifier needs nothing before the end"

let newboth_msg =
  "arch_invalidate_secondary_tlbs op next to invalidate_range_start/end: 6.6 refuses to register this notifier (WARN, -EINVAL); keep one of the two by hand"

let deleted_msg =
  "mmu_notifier_invalidate_range() deleted: from 6.6 the architecture's TLB flush calls the secondary TLB hook"

let kept_generic_msg =
  "mmu_notifier_invalidate_range() renamed mmu_notifier_arch_invalidate_secondary_tlbs(), not deleted: deleting it would leave an empty body (of an if with an else or with effects in its condition, of a loop or a label), or it is inside an expression; from 6.6 the architecture's TLB flush calls the hook: delete it by hand"

let hand_flush_msg =
  "mmu_notifier_invalidate_range() renamed mmu_notifier_arch_invalidate_secondary_tlbs() (6.6): a hand flush of secondary TLBs outside the generic mm code; drop it by hand where a CPU TLB flush of the same range sits beside it (from 6.6 that flush calls the hook)"

let arch_file ps = starts_with "arch/" (tree_path (List.hd ps).Coccilib.file)

(* Where a call of the new name is a hand flush for a human to check:
   not in generic code, the core files or arch/ (which calls the hook by
   design). *)
let hand_flush_file ps =
  not (generic_file ps) && not (api_file ps) && not (arch_file ps)

let new_generic_msg =
  "mmu_notifier_arch_invalidate_secondary_tlbs() in generic code: from 6.6 the architecture's TLB flush calls the hook; delete it by hand"

let new_hand_flush_msg =
  "mmu_notifier_arch_invalidate_secondary_tlbs(): a hand flush of secondary TLBs outside the generic mm code; drop it by hand where a CPU TLB flush of the same range sits beside it (from 6.6 that flush calls the hook)"

let only_end_msg =
  "mmu_notifier_invalidate_range_only_end() becomes mmu_notifier_invalidate_range_end(): since 6.6 the end never calls the secondary TLB hook"

let notify_msg fn =
  let plain = String.sub fn 0 (String.length fn - String.length "_notify") in
  Printf.sprintf "%s() becomes %s(): from 6.6 its TLB flush calls the secondary TLB hook" fn plain

let cb_msg fn nfn =
  Printf.sprintf "invalidate_range callback %s renamed %s with its op" fn nfn

let cb_used_msg fn nfn =
  Printf.sprintf "invalidate_range callback %s keeps its name: it is used elsewhere in the file; rename it %s with the op by hand if you want" fn nfn

let cb_extern_msg fn nfn =
  Printf.sprintf "invalidate_range callback %s keeps its name: it is not a static function of this file; rename it %s with the op by hand if you want" fn nfn

let cb_clash_msg fn nfn =
  Printf.sprintf "invalidate_range callback %s keeps its name: %s is taken in this file" fn nfn

// Initializers are spelled in three forms: a single ops, an array of ops
// without and with a size, elements given by designator ([X] = { ... }).

//----------------------------------------------------------------
//  notifiers that implement the hook and start/end: left alone
//----------------------------------------------------------------

@both@
identifier I;
expression E1, E2, X, N;
position p : script:ocaml() { not (api_file p) };
@@
(
struct mmu_notifier_ops I = {
 .invalidate_range@p = E1,
 .invalidate_range_start = E2,
};
|
struct mmu_notifier_ops I = {
 .invalidate_range@p = E1,
 .invalidate_range_end = E2,
};
|
struct mmu_notifier_ops I[] = {
 [X] = {
 .invalidate_range@p = E1,
 .invalidate_range_start = E2,
 },
};
|
struct mmu_notifier_ops I[] = {
 [X] = {
 .invalidate_range@p = E1,
 .invalidate_range_end = E2,
 },
};
|
struct mmu_notifier_ops I[N] = {
 [X] = {
 .invalidate_range@p = E1,
 .invalidate_range_start = E2,
 },
};
|
struct mmu_notifier_ops I[N] = {
 [X] = {
 .invalidate_range@p = E1,
 .invalidate_range_end = E2,
 },
};
)

// Ops filled in at run time: the hook and start/end given to the same
// ops in one function.
@asgboth exists@
identifier fn;
struct mmu_notifier_ops *O;
struct mmu_notifier_ops S;
expression E1, E2;
position p : script:ocaml() { not (api_file p) };
@@
fn(...) {
 ... when any
(
 O->invalidate_range@p = E1;
 ... when any
 \(O->invalidate_range_start = E2;\|O->invalidate_range_end = E2;\)
|
 \(O->invalidate_range_start = E2;\|O->invalidate_range_end = E2;\)
 ... when any
 O->invalidate_range@p = E1;
|
 S.invalidate_range@p = E1;
 ... when any
 \(S.invalidate_range_start = E2;\|S.invalidate_range_end = E2;\)
|
 \(S.invalidate_range_start = E2;\|S.invalidate_range_end = E2;\)
 ... when any
 S.invalidate_range@p = E1;
)
 ... when any
}

// Already renamed, but still next to start/end.
@newboth@
identifier I;
expression E1, E2, X, N;
position p : script:ocaml() { not (api_file p) };
@@
(
struct mmu_notifier_ops I = {
 .arch_invalidate_secondary_tlbs@p = E1,
 .invalidate_range_start = E2,
};
|
struct mmu_notifier_ops I = {
 .arch_invalidate_secondary_tlbs@p = E1,
 .invalidate_range_end = E2,
};
|
struct mmu_notifier_ops I[] = {
 [X] = {
 .arch_invalidate_secondary_tlbs@p = E1,
 .invalidate_range_start = E2,
 },
};
|
struct mmu_notifier_ops I[] = {
 [X] = {
 .arch_invalidate_secondary_tlbs@p = E1,
 .invalidate_range_end = E2,
 },
};
|
struct mmu_notifier_ops I[N] = {
 [X] = {
 .arch_invalidate_secondary_tlbs@p = E1,
 .invalidate_range_start = E2,
 },
};
|
struct mmu_notifier_ops I[N] = {
 [X] = {
 .arch_invalidate_secondary_tlbs@p = E1,
 .invalidate_range_end = E2,
 },
};
)

// Of those, a single ops whose end callback and hook are functions of
// this file, the hook defined first, and whose end callback has a
// statement: until 6.6 the core called the hook right before
// invalidate_range_end on every range (or had it called explicitly
// before an _only_end), so the end callback makes that call itself and
// the op goes (upstream moved KVM's hook work into its start/end path in
// 6.5).  The hook's calls under the page-table lock are lost: reported.
@movable@
identifier I, H, ENDF;
position pf;
position p : script:ocaml() { not (api_file p) };
@@
struct mmu_notifier_ops I = {
 .invalidate_range@p = H,
 .invalidate_range_end = ENDF@pf,
};

// The end callback of this notifier only: named nowhere else.
@endshared depends on movable@
identifier movable.ENDF;
position pq : script:ocaml(movable.pf) { not (same_pos pq pf) };
@@
ENDF@pq

@hookdef depends on movable@
identifier movable.H;
parameter list[4] ps;
position ph;
@@
H@ph(ps) { ... }

// The hook must be defined before the end callback that will call it.
@enddef depends on hookdef@
identifier movable.ENDF;
position pe : script:ocaml(hookdef.ph) { defined_before ph pe };
@@
ENDF@pe(...) { ... }

// The end callback's parameters, and a place for the call after its
// declarations.
@endshape depends on enddef@
identifier movable.ENDF, mn, r;
position enddef.pe;
declaration d;
statement S;
@@
ENDF@pe(struct mmu_notifier *mn, const struct mmu_notifier_range *r) {
(
  ... when != S
      when any
  d
  S
  ... when any
|
  S
  ... when any
)
}

// The hook's name again, bound only where the end callback can take the
// call: the rules that rewrite inherit it, so the op never goes without
// the call being written.
// An end callback whose first statement is an explicit hook call: another
// rule deletes or renames that statement, which is where the call would go.
@endfirst depends on endshape@
identifier movable.ENDF;
declaration d;
statement S;
@@
ENDF(...) {
(
  ... when != S
      when any
  d
  mmu_notifier_invalidate_range(...);
  ... when any
|
  mmu_notifier_invalidate_range(...);
  ... when any
)
}

@script:ocaml moved depends on !endshared && !endfirst@
h << movable.H;
r << endshape.r;
p << movable.p;
hook;
@@
let _ = r in
add_moved p;
hook := make_ident h

@cbop@
identifier I, fn;
expression X, N;
position p != both.p;
position q : script:ocaml() { not (api_file q) };
position pe;
@@
(
struct mmu_notifier_ops I = {
 .invalidate_range@p@q = fn@pe,
};
|
struct mmu_notifier_ops I[] = {
 [X] = {
 .invalidate_range@p@q = fn@pe,
 },
};
|
struct mmu_notifier_ops I[N] = {
 [X] = {
 .invalidate_range@p@q = fn@pe,
 },
};
)

@cbasg@
struct mmu_notifier_ops *O;
struct mmu_notifier_ops S;
identifier fn;
position p != asgboth.p;
position q : script:ocaml() { not (api_file q) };
position pe;
@@
(
 O->invalidate_range@p@q = fn@pe;
|
 S.invalidate_range@p@q = fn@pe;
)

// Only callbacks named after the op: discarding the others in a script
// rule would drop the other rules' matches of the same environment.
@cb depends on cbop || cbasg@
identifier fn =~ "^(.*_)?invalidate_range$";
position pe = {cbop.pe, cbasg.pe};
@@
fn@pe

@script:ocaml newname@
fn << cb.fn;
nfn;
@@
match renamed_callback fn with
| Some n -> nfn := make_ident n
| None -> nfn := make_ident fn (* cannot happen: cb.fn ends with the op name *)

// The callback named anywhere else in the file.
@used@
identifier cb.fn;
position q != cb.pe;
@@
fn@q

// The op goes (here, before any rule that rewrites, to keep its position).
@depends on patch && !context && !org && !report@
identifier movable.I, moved.hook;
position movable.p;
@@
struct mmu_notifier_ops I = {
- .invalidate_range@p = hook,
};


// Once the conversion is in, the moved call is still named for a human:
// an end callback that calls, with the range's mm, start and end, a
// function of this file that has the old hook's signature.
@moved_after@
identifier I, ENDF;
@@
struct mmu_notifier_ops I = {
 .invalidate_range_end = ENDF,
};

@moved_after_call depends on moved_after@
identifier moved_after.ENDF, H, mn, r;
expression E1, E2, E3;
position p : script:ocaml() { not (api_file p) };
@@
ENDF(struct mmu_notifier *mn, const struct mmu_notifier_range *r) {
  ... when any
  H@p(mn, E1, E2, E3);
  ... when any
}

@moved_after_hook depends on moved_after_call@
identifier moved_after_call.H, mn, mm, s, e;
position ph;
@@
void H@ph(struct mmu_notifier *mn, struct mm_struct *mm, unsigned long s,
          unsigned long e) { ... }

//----------------------------------------------------------------
//  the ops member
//----------------------------------------------------------------

@op@
identifier I;
expression E, X, N;
position p != both.p;
position q : script:ocaml() { not (api_file q) };
@@
(
struct mmu_notifier_ops I = {
 .invalidate_range@p@q = E,
};
|
struct mmu_notifier_ops I[] = {
 [X] = {
 .invalidate_range@p@q = E,
 },
};
|
struct mmu_notifier_ops I[N] = {
 [X] = {
 .invalidate_range@p@q = E,
 },
};
)

@asg@
struct mmu_notifier_ops *O;
struct mmu_notifier_ops S;
position p != asgboth.p;
position q : script:ocaml() { not (api_file q) };
@@
(
 O->invalidate_range@p@q
|
 S.invalidate_range@p@q
)

//----------------------------------------------------------------
//  the explicit secondary-TLB flushes
//----------------------------------------------------------------

// In generic code, the calls that cannot simply go: the whole body of an
// if with an else, of a loop or of a label (deleting it would leave an
// empty body), and that of an if whose condition has a call or an
// assignment.  They are renamed and reported.
@lonely disable drop_else@
expression C, M, S, E;
statement S1;
identifier L;
position p : script:ocaml() { generic_file p && not (api_file p) };
@@
(
if (C)
\(mmu_notifier_invalidate_range@p(M, S, E);\|{ mmu_notifier_invalidate_range@p(M, S, E); }\)
else S1
|
if (C) S1 else
\(mmu_notifier_invalidate_range@p(M, S, E);\|{ mmu_notifier_invalidate_range@p(M, S, E); }\)
|
while (C)
\(mmu_notifier_invalidate_range@p(M, S, E);\|{ mmu_notifier_invalidate_range@p(M, S, E); }\)
|
for (...;...;...)
\(mmu_notifier_invalidate_range@p(M, S, E);\|{ mmu_notifier_invalidate_range@p(M, S, E); }\)
|
L: mmu_notifier_invalidate_range@p(M, S, E);
)

@impure@
expression E1, E2, M, S, E;
position p : script:ocaml() { generic_file p && not (api_file p) };
@@
if (<+... \(E1(...)\|E1 = E2\|E1 += E2\|E1 -= E2\|E1++\|E1--\|++E1\|--E1\) ...+>)
\(mmu_notifier_invalidate_range@p(M, S, E);\|{ mmu_notifier_invalidate_range@p(M, S, E); }\)

// The calls the deletion must leave alone: outside generic code, or in a
// file that defines the API.
@nongeneric@
position p : script:ocaml() { not (generic_file p) || api_file p };
@@
mmu_notifier_invalidate_range@p(...)

// The shapes the deletion takes whole: an if (without else) whose body is
// only the call, also as the else branch of another if.
@else_if@
expression C, C1, M, S, E;
statement S1;
position p, pi;
@@
if (C1) S1 else
if@pi (C)
\(mmu_notifier_invalidate_range@p(M, S, E);\|{ mmu_notifier_invalidate_range@p(M, S, E); }\)

@whole_if@
expression C, M, S, E;
position p;
@@
if (C)
\(mmu_notifier_invalidate_range@p(M, S, E);\|{ mmu_notifier_invalidate_range@p(M, S, E); }\)

// The calls of generic code that go: statements of their own.
@deleted@
expression M, S, E;
position p != {lonely.p, impure.p, nongeneric.p};
@@
mmu_notifier_invalidate_range@p(M, S, E);

@kept_generic@
expression M, S, E;
position p != deleted.p;
position q : script:ocaml() { generic_file q && not (api_file q) };
@@
mmu_notifier_invalidate_range@p@q(M, S, E)

// Outside generic code: a hand flush of a device TLB.
@hand_flush@
expression M, S, E;
position p : script:ocaml() { not (generic_file p) && not (api_file p) };
@@
mmu_notifier_invalidate_range@p(M, S, E)

// The new name, in a converted tree: what the step renamed (and
// reported) is still named once the conversion is in, so that a series
// lists it for a human.  Not in arch/, where 6.6 calls the hook by design.
@new_generic@
expression M, S, E;
position p : script:ocaml() { generic_file p && not (api_file p) };
@@
mmu_notifier_arch_invalidate_secondary_tlbs@p(M, S, E)

@new_hand_flush@
expression M, S, E;
position p : script:ocaml() { hand_flush_file p };
@@
mmu_notifier_arch_invalidate_secondary_tlbs@p(M, S, E)

@only_end@
expression R;
position p : script:ocaml() { not (api_file p) };
@@
mmu_notifier_invalidate_range_only_end@p(R)

@notify_pte@
position p : script:ocaml() { not (api_file p) };
@@
ptep_clear_flush_notify@p(...)

@notify_pmd@
position p : script:ocaml() { not (api_file p) };
@@
pmdp_huge_clear_flush_notify@p(...)

@notify_pud@
position p : script:ocaml() { not (api_file p) };
@@
pudp_huge_clear_flush_notify@p(...)

//----------------------------------------------------------------
//  the callbacks named after the op
//----------------------------------------------------------------

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

// The new name already taken in the file.
@clash@
identifier newname.nfn;
@@
nfn

@clashdef@
identifier newname.nfn;
type T;
@@
T nfn(...) { ... }

@clashdecl@
identifier newname.nfn;
type T;
@@
T nfn(...);

//----------------------------------------------------------------
//  patch mode
//----------------------------------------------------------------

// The deletions, in one rule and before any other change: once a rule
// changed a function, spatch reparses it, and positions found before no
// longer compare with those after, nor does a script constraint see the
// file's path (it sees a temporary file).  Each call is taken at one
// place only: an else branch that is a sole-body if goes with its else,
// another sole-body if goes whole, any other call statement goes alone.
@depends on patch && !context && !org && !report@
expression C, C1, M, S, E;
statement S1;
position pc != {lonely.p, impure.p, nongeneric.p};
position pi != else_if.pi;
position pw != whole_if.p;
@@
(
 if (C1) S1
- else if (C)
- \(mmu_notifier_invalidate_range@pc(M, S, E);\|{ mmu_notifier_invalidate_range@pc(M, S, E); }\)
|
- if@pi (C)
- \(mmu_notifier_invalidate_range@pc(M, S, E);\|{ mmu_notifier_invalidate_range@pc(M, S, E); }\)
|
- mmu_notifier_invalidate_range@pc@pw(M, S, E);
)


@depends on patch && !context && !org && !report@
identifier I;
expression E, X, N;
position p != both.p;
position q : script:ocaml() { not (api_file q) };
@@
(
struct mmu_notifier_ops I = {
- .invalidate_range@p@q = E,
+ .arch_invalidate_secondary_tlbs = E,
};
|
struct mmu_notifier_ops I[] = {
 [X] = {
- .invalidate_range@p@q = E,
+ .arch_invalidate_secondary_tlbs = E,
 },
};
|
struct mmu_notifier_ops I[N] = {
 [X] = {
- .invalidate_range@p@q = E,
+ .arch_invalidate_secondary_tlbs = E,
 },
};
)

@depends on patch && !context && !org && !report@
struct mmu_notifier_ops *O;
struct mmu_notifier_ops S;
position p != asgboth.p;
position q : script:ocaml() { not (api_file q) };
@@
(
- O->invalidate_range@p@q
+ O->arch_invalidate_secondary_tlbs
|
- S.invalidate_range@p@q
+ S.arch_invalidate_secondary_tlbs
)

@depends on patch && !context && !org && !report && !used && cbstatic && !clash && !clashdef && !clashdecl@
identifier cb.fn, newname.nfn;
@@
- fn
+ nfn

@depends on patch && !context && !org && !report && !used && cbstatic && !clash && !clashdef && !clashdecl@
identifier cb.fn, newname.nfn;
type T;
@@
 T
- fn
+ nfn
 (...);

@depends on patch && !context && !org && !report && !used && cbstatic && !clash && !clashdef && !clashdecl@
identifier cb.fn, newname.nfn;
type T;
@@
 T
- fn
+ nfn
 (...) { ... }

// What is left: the hand flushes, and the generic calls that cannot go.
@depends on patch && !context && !org && !report@
position p : script:ocaml() { not (api_file p) };
@@
- mmu_notifier_invalidate_range@p
+ mmu_notifier_arch_invalidate_secondary_tlbs
 (...)

@depends on patch && !context && !org && !report@
position p : script:ocaml() { not (api_file p) };
@@
- mmu_notifier_invalidate_range_only_end@p
+ mmu_notifier_invalidate_range_end
 (...)

@depends on patch && !context && !org && !report@
position p : script:ocaml() { not (api_file p) };
@@
(
- ptep_clear_flush_notify@p
+ ptep_clear_flush
 (...)
|
- pmdp_huge_clear_flush_notify@p
+ pmdp_huge_clear_flush
 (...)
|
- pudp_huge_clear_flush_notify@p
+ pudp_huge_clear_flush
 (...)
)

// The hook moved into the end callback: the call comes.

@depends on patch && !context && !org && !report@
identifier movable.ENDF, moved.hook, endshape.mn, endshape.r;
declaration d;
statement S;
@@
ENDF(...) {
(
  ... when != S
      when any
  d
+
+ hook(mn, r->mm, r->start, r->end);
  S
  ... when any
|
+ hook(mn, r->mm, r->start, r->end);
  S
  ... when any
)
}

//----------------------------------------------------------------
//  context, report and org modes
//----------------------------------------------------------------

@depends on context && !patch && !org && !report@
identifier I;
expression E, X, N;
position p : script:ocaml() { not (api_file p) };
@@
(
struct mmu_notifier_ops I = {
* .invalidate_range@p = E,
};
|
struct mmu_notifier_ops I[] = {
 [X] = {
* .invalidate_range@p = E,
 },
};
|
struct mmu_notifier_ops I[N] = {
 [X] = {
* .invalidate_range@p = E,
 },
};
)

@depends on context && !patch && !org && !report@
identifier I;
expression E, X, N;
position newboth.p;
@@
(
struct mmu_notifier_ops I = {
* .arch_invalidate_secondary_tlbs@p = E,
};
|
struct mmu_notifier_ops I[] = {
 [X] = {
* .arch_invalidate_secondary_tlbs@p = E,
 },
};
|
struct mmu_notifier_ops I[N] = {
 [X] = {
* .arch_invalidate_secondary_tlbs@p = E,
 },
};
)

@depends on context && !patch && !org && !report@
struct mmu_notifier_ops *O;
struct mmu_notifier_ops S;
position p : script:ocaml() { not (api_file p) };
@@
(
* O->invalidate_range@p
|
* S.invalidate_range@p
|
* mmu_notifier_invalidate_range@p(...)
|
* mmu_notifier_invalidate_range_only_end@p(...)
|
* ptep_clear_flush_notify@p(...)
|
* pmdp_huge_clear_flush_notify@p(...)
|
* pudp_huge_clear_flush_notify@p(...)
)


@script:ocaml depends on report@
p << op.p;
@@
report p (op_msg)

@script:ocaml depends on org@
p << op.p;
@@
todo p (op_msg)

@script:ocaml depends on report@
p << asg.p;
@@
report p (op_msg)

@script:ocaml depends on org@
p << asg.p;
@@
todo p (op_msg)

@script:ocaml depends on report@
p << deleted.p;
@@
report p (deleted_msg)

@script:ocaml depends on org@
p << deleted.p;
@@
todo p (deleted_msg)

@script:ocaml depends on report@
p << kept_generic.p;
@@
report p (kept_generic_msg)

@script:ocaml depends on org@
p << kept_generic.p;
@@
todo p (kept_generic_msg)

@script:ocaml depends on report@
p << hand_flush.p;
@@
report p (hand_flush_msg)

@script:ocaml depends on org@
p << hand_flush.p;
@@
todo p (hand_flush_msg)

@script:ocaml depends on report@
p << only_end.p;
@@
report p (only_end_msg)

@script:ocaml depends on org@
p << only_end.p;
@@
todo p (only_end_msg)

@script:ocaml depends on report@
p << notify_pte.p;
@@
report p (notify_msg "ptep_clear_flush_notify")

@script:ocaml depends on report@
p << notify_pmd.p;
@@
report p (notify_msg "pmdp_huge_clear_flush_notify")

@script:ocaml depends on report@
p << notify_pud.p;
@@
report p (notify_msg "pudp_huge_clear_flush_notify")

@script:ocaml depends on org@
p << notify_pte.p;
@@
todo p (notify_msg "ptep_clear_flush_notify")

@script:ocaml depends on org@
p << notify_pmd.p;
@@
todo p (notify_msg "pmdp_huge_clear_flush_notify")

@script:ocaml depends on org@
p << notify_pud.p;
@@
todo p (notify_msg "pudp_huge_clear_flush_notify")

@script:ocaml depends on report && !used && cbstatic && !clash && !clashdef && !clashdecl@
fn << cb.fn;
nfn << newname.nfn;
p << cbdef.pd;
@@
report p (cb_msg fn nfn)

@script:ocaml depends on org && !used && cbstatic && !clash && !clashdef && !clashdecl@
fn << cb.fn;
nfn << newname.nfn;
p << cbdef.pd;
@@
todo p (cb_msg fn nfn)

@script:ocaml depends on report && used@
fn << cb.fn;
nfn << newname.nfn;
p << cb.pe;
@@
report p (cb_used_msg fn nfn)

@script:ocaml depends on org && used@
fn << cb.fn;
nfn << newname.nfn;
p << cb.pe;
@@
todo p (cb_used_msg fn nfn)

@script:ocaml depends on report && !used && !cbstatic@
fn << cb.fn;
nfn << newname.nfn;
p << cb.pe;
@@
report p (cb_extern_msg fn nfn)

@script:ocaml depends on org && !used && !cbstatic@
fn << cb.fn;
nfn << newname.nfn;
p << cb.pe;
@@
todo p (cb_extern_msg fn nfn)

@script:ocaml depends on report && !used && cbstatic && (clash || clashdef || clashdecl)@
fn << cb.fn;
nfn << newname.nfn;
p << cb.pe;
@@
report p (cb_clash_msg fn nfn)

@script:ocaml depends on org && !used && cbstatic && (clash || clashdef || clashdecl)@
fn << cb.fn;
nfn << newname.nfn;
p << cb.pe;
@@
todo p (cb_clash_msg fn nfn)

@script:ocaml depends on report@
p << both.p;
@@
if not (is_moved p) then report p both_msg

@script:ocaml depends on org@
p << both.p;
@@
if not (is_moved p) then todo p both_msg

@script:ocaml depends on report@
p << asgboth.p;
@@
report p (both_msg)

@script:ocaml depends on org@
p << asgboth.p;
@@
todo p (both_msg)

@script:ocaml depends on report@
p << newboth.p;
@@
report p (newboth_msg)

@script:ocaml depends on org@
p << newboth.p;
@@
todo p (newboth_msg)

@script:ocaml depends on report@
p << new_generic.p;
@@
report p new_generic_msg

@script:ocaml depends on org@
p << new_generic.p;
@@
todo p new_generic_msg

@script:ocaml depends on report@
p << new_hand_flush.p;
@@
report p new_hand_flush_msg

@script:ocaml depends on org@
p << new_hand_flush.p;
@@
todo p new_hand_flush_msg

@script:ocaml depends on report@
p << movable.p;
h << moved.hook;
@@
let _ = h in
report p moved_msg

@script:ocaml depends on org@
p << movable.p;
h << moved.hook;
@@
let _ = h in
todo p moved_msg

@script:ocaml depends on report@
p << moved_after_call.p;
ph << moved_after_hook.ph;
r << moved_after_call.r;
e1 << moved_after_call.E1;
e2 << moved_after_call.E2;
e3 << moved_after_call.E3;
@@
let _ = ph in
if range_args r e1 e2 e3 then report p moved_after_msg

@script:ocaml depends on org@
p << moved_after_call.p;
ph << moved_after_hook.ph;
r << moved_after_call.r;
e1 << moved_after_call.E1;
e2 << moved_after_call.E2;
e3 << moved_after_call.E3;
@@
let _ = ph in
if range_args r e1 e2 e3 then todo p moved_after_msg
