// SPDX-License-Identifier: GPL-2.0-only
/// mm/mmu_notifier: pass an event, flags and the vma to mmu_notifier_range_init()
///
/// Linux 5.2 tells the notifiers why a range is invalidated and which vma
/// it belongs to: mmu_notifier_range_init(range, mm, start, end) becomes
/// mmu_notifier_range_init(range, event, 0, vma, mm, start, end).  The
/// flags are 0: mmu_notifier_invalidate_range_start() and its _nonblock
/// variant set MMU_NOTIFIER_RANGE_BLOCKABLE themselves.  Calls already in
/// the 7- or 6-argument form and the _init_migrate()/_init_owner()
/// variants do not match; include/linux/mmu_notifier.h and
/// mm/mmu_notifier.c (where the !CONFIG_MMU_NOTIFIER #define lives) are
/// left to the core commits.
///
/// The vma, first found in this order:
///  1. X when the mm argument is X->vm_mm, X being free of calls and side
///     effects as it is written twice (copied as written); or V when the
///     mm argument is a local or parameter M set by M = V->vm_mm, still
///     in scope at the init;
///  2. a struct vm_area_struct * parameter of the function; of several,
///     the one named like the mm argument (src_mm or src: src_vma), else
///     the first one (the report asks to check either way);
///  3. a local struct vm_area_struct * known to hold a vma at the init and
///     in scope there: set at its declaration, the variable of a for loop
///     or iterator (for_each_vma()) that holds the init, or set by a plain
///     assignment on a path to the init without leaving its block;
///  4. NULL.  A local that only walked the vmas before a whole-mm range
///     (clear_refs) or was filled through its address (khugepaged) gives
///     NULL, as upstream has it.
///
/// The event comes from what the code does between the init and an
/// mmu_notifier_invalidate_range_end()/_only_end() call of the same
/// function, or, for a range the .pre_vma callback of a page walk
/// (struct mm_walk_ops) opens, from what the walk's entry callbacks do;
/// never from a function's name.  The first rule that matches wins:
///  1. MMU_NOTIFY_PROTECTION_VMA: change_protection(), the mprotect walkers
///     change_{p4d,pud,pmd,pte}_range(), change_huge_pmd/pud(),
///     hugetlb_change_protection(), pte/pmd/huge_pte_modify() (a new
///     protection).
///  2. MMU_NOTIFY_SOFT_DIRTY: a name that clears soft-dirty bits
///     (clear_soft_dirty*(), pte_clear_soft_dirty(), CLEAR_REFS_SOFT_DIRTY).
///  3. MMU_NOTIFY_CLEAR for a zap: unmap_single_vma() into an mmu_gather
///     of the function's own (&tlb), as zap_page_range() and
///     zap_page_range_single() do: the pages go, the vma stays.
///  4. MMU_NOTIFY_UNMAP: unmap_vmas(), unmap_single_vma(),
///     unmap_page_range(), __unmap_hugepage_range*(), free_pgtables(),
///     mremap's move_ptes()/move_normal_pmd()/move_huge_pmd(), pages torn
///     down into an mmu_gather (tlb_remove_page*(), tlb_remove_*tlb_entry()).
///  5. MMU_NOTIFY_CLEAR when the mapped page is replaced with a change_pte
///     notification (set_pte_at_notify(), *_clear_flush_notify()): KSM,
///     COW break, uprobes, even if the code also write-protects.
///  6. MMU_NOTIFY_PROTECTION_PAGE: page_mkclean(), pte/pmd/pud_wrprotect(),
///     ptep/pmdp_set_wrprotect(), the fork copy copy_{p4d,pud,pmd,pte}_range()
///     of copy_page_range().  hugetlb's fork copy
///     (huge_ptep_set_wrprotect()) stays CLEAR, as upstream chose.
///  7. MMU_NOTIFY_CLEAR for everything else: THP split and collapse,
///     migration, madvise, driver invalidations, and a range whose end is
///     in another function (a range pointer parameter, follow_pte_pmd()).
/// Report and org modes list every converted site with the event, the vma
/// and the reason for both, so that a reviewer can check each guess.
///
// Confidence: Moderate
// Options: --no-includes --include-headers
// Keywords: mmu_notifier, mmu_notifier_range_init, mmu_notifier_event
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

let step = "range_event"

let report ps msg =
  let p = List.hd ps in
  Printf.printf "%s:%d:%d: %s [%s]\n" p.Coccilib.file p.Coccilib.line
    (p.Coccilib.col + 1) msg step

let todo ps msg =
  let p = List.hd ps in
  let esc = String.map (function '[' -> '(' | ']' -> ')' | c -> c) msg in
  Printf.printf "* TODO [[view:%s::face=ovl-face1::linb=%d::colb=%d::cole=%d][%s (%s)]]\n"
    p.Coccilib.file p.Coccilib.line p.Coccilib.col p.Coccilib.col_end esc step

(* One entry per init call, keyed by its position. *)
let key ps =
  let p = List.hd ps in
  (p.Coccilib.file, p.Coccilib.line, p.Coccilib.col)

let line_of ps = (List.hd ps).Coccilib.line
let func_of ps = (List.hd ps).Coccilib.current_element

(* Evidence: the lowest rank wins, then the earliest evidence. *)
let best tbl ps rank at v =
  let k = key ps in
  match Hashtbl.find_opt tbl k with
  | Some (r, a, _) when r < rank || (r = rank && a <= at) -> ()
  | _ -> Hashtbl.replace tbl k (rank, at, v)

(* key -> (rank, line, (event, reason)) *)
let events = Hashtbl.create 17
(* key -> (rank, line, (vma identifier, reason)) *)
let vmas = Hashtbl.create 17
(* key -> report message *)
let messages = Hashtbl.create 17
(* keys of the inits followed by an end call in their function *)
let ended = Hashtbl.create 17
(* key -> number of vma parameters *)
let nparams = Hashtbl.create 17
(* key -> name of the range parameter, when the caller owns the range *)
let caller_range = Hashtbl.create 17

let protection_vma_calls = [
  "change_protection"; "change_protection_range"; "change_p4d_range";
  "change_pud_range"; "change_pmd_range"; "change_pte_range";
  "change_huge_pmd"; "change_huge_pud"; "hugetlb_change_protection";
  "pte_modify"; "pmd_modify"; "huge_pte_modify" ]
let unmap_calls = [
  "unmap_vmas"; "unmap_single_vma"; "unmap_page_range";
  "__unmap_hugepage_range"; "__unmap_hugepage_range_final";
  "unmap_hugepage_range"; "free_pgtables"; "move_page_tables";
  "move_ptes"; "move_normal_pmd"; "move_huge_pmd"; "move_huge_pud";
  (* pages torn down into the caller's mmu_gather: the unmap walkers *)
  "tlb_remove_tlb_entry"; "tlb_remove_huge_tlb_entry";
  "tlb_remove_pmd_tlb_entry"; "tlb_remove_page"; "tlb_remove_page_size" ]
let replace_calls = [
  "set_pte_at_notify"; "ptep_clear_flush_notify";
  "pmdp_huge_clear_flush_notify"; "pudp_huge_clear_flush_notify" ]
let protection_page_calls = [
  "page_mkclean"; "pte_wrprotect"; "pmd_wrprotect"; "pud_wrprotect";
  "ptep_set_wrprotect"; "pmdp_set_wrprotect"; "copy_p4d_range";
  "copy_pud_range"; "copy_pmd_range"; "copy_pte_range"; "copy_one_pte" ]
let clear_calls = [
  "split_huge_pmd"; "__split_huge_pmd"; "__split_huge_pmd_locked";
  "split_huge_pud"; "__split_huge_pud"; "__split_huge_pud_locked";
  "split_huge_pmd_address"; "split_huge_page"; "pmdp_collapse_flush";
  "__collapse_huge_page_isolate"; "__collapse_huge_page_copy";
  "migrate_page"; "migrate_vma_insert_page"; "try_to_unmap";
  "madvise_free_page_range"; "ptep_clear_flush"; "huge_ptep_clear_flush";
  "pmdp_huge_clear_flush"; "pmdp_invalidate"; "page_remove_rmap";
  "set_pmd_migration_entry"; "zap_page_range"; "zap_vma_ptes";
  "walk_page_range" ]

let soft_dirty = Str.regexp_case_fold ".*clear.*soft_?dirty"

let is_upper s = String.uppercase_ascii s = s

(* What a name met between the init and the end call says. *)
let classify f =
  let why = (if is_upper f then f else f ^ "()") ^ " before the end call" in
  if List.mem f protection_vma_calls then
    Some (1, ("MMU_NOTIFY_PROTECTION_VMA", why))
  else if Str.string_match soft_dirty f 0 then
    Some (3, ("MMU_NOTIFY_SOFT_DIRTY", why))
  else if List.mem f unmap_calls then
    Some (5, ("MMU_NOTIFY_UNMAP", why))
  else if List.mem f replace_calls then
    Some (7, ("MMU_NOTIFY_CLEAR", why ^ ", the mapped page is replaced"))
  else if List.mem f protection_page_calls then
    Some (8, ("MMU_NOTIFY_PROTECTION_PAGE", why))
  else if f = "huge_ptep_set_wrprotect" then
    Some (10, ("MMU_NOTIFY_CLEAR", why ^ ": the hugetlb fork copy, CLEAR as upstream chose"))
  else if List.mem f clear_calls then
    Some (10, ("MMU_NOTIFY_CLEAR", why))
  else None

let known f = match classify f with Some _ -> true | None -> false

(* A vma parameter named like the mm argument: src_mm or src for src_vma. *)
let same_prefix m v =
  let m =
    if Filename.check_suffix m "_mm" then Filename.chop_suffix m "_mm" else m in
  m <> "" && m <> "mm" && String.length v > String.length m &&
  String.sub v 0 (String.length m) = m

(* Page walks: a range opened in the .pre_vma callback of a struct
   mm_walk_ops and ended in another callback spans the walk, so what the
   walk's entry callbacks do is what happens to the range.
   (file, pre_vma function) -> ops; (file, ops) -> entry callbacks;
   (file, entry callback) -> (rank, line, (event, reason)) evidence. *)
let walk_pre = Hashtbl.create 7
let walk_entries = Hashtbl.create 7
let walk_evidence = Hashtbl.create 7
let file_of ps = (List.hd ps).Coccilib.file
let walk_entry ps =
  let f = file_of ps and fn = func_of ps in
  Hashtbl.fold (fun (f', _) e acc -> acc || (f' = f && e = fn))
    walk_entries false

(* A side-effect free X, as X->vm_mm gives it: no call, no assignment. *)
let call_re = Str.regexp ".*[A-Za-z0-9_][ \t]*("
let plain_expr x =
  not (Str.string_match call_re x 0) &&
  not (List.exists (fun s ->
    try ignore (Str.search_forward (Str.regexp_string s) x 0); true
    with Not_found -> false) ["++"; "--"; "="])

(* Is a name declared or assigned at [a] still in scope at [b]?  Walks
   the text between them: a '}' that closes the block of [a] means no. *)
let files = Hashtbl.create 7
let contents f =
  match Hashtbl.find_opt files f with
  | Some s -> s
  | None ->
    let s =
      try
        let ic = open_in_bin f in
        let s = really_input_string ic (in_channel_length ic) in
        close_in ic; s
      with Sys_error _ -> "" in
    Hashtbl.replace files f s; s

let offset s line col =
  let rec go i l =
    if l >= line then i
    else match String.index_from_opt s i '\n' with
      | Some j -> go (j + 1) (l + 1)
      | None -> String.length s in
  go 0 1 + col

let backslash = Char.chr 92
let dquote = Char.chr 34
let squote = Char.chr 39

(* The source text of a one-line expression, as written. *)
let source_text ps =
  let p = List.hd ps in
  let s = contents p.Coccilib.file in
  if s = "" || p.Coccilib.line <> p.Coccilib.line_end then "" else
  let a = offset s p.Coccilib.line p.Coccilib.col in
  let n = p.Coccilib.col_end - p.Coccilib.col in
  if n <= 0 || a + n > String.length s then "" else String.sub s a n

let in_scope qs ps =
  let q = List.hd qs and p = List.hd ps in
  let s = contents p.Coccilib.file in
  if s = "" then false else
  let a = offset s q.Coccilib.line q.Coccilib.col
  and b = min (offset s p.Coccilib.line p.Coccilib.col) (String.length s) in
  let rec skip_to i stop =
    if i >= b then b
    else if i + String.length stop > String.length s then b
    else if String.sub s i (String.length stop) = stop then i + String.length stop
    else skip_to (i + 1) stop in
  let rec lit i c =
    if i >= b then b
    else if s.[i] = backslash then lit (i + 2) c
    else if s.[i] = c then i + 1
    else lit (i + 1) c in
  let rec scan i depth =
    if i >= b then true
    else match s.[i] with
      | '{' -> scan (i + 1) (depth + 1)
      | '}' -> depth > 0 && scan (i + 1) (depth - 1)
      | '/' when i + 1 < b && s.[i + 1] = '*' -> scan (skip_to (i + 2) "*/") depth
      | '/' when i + 1 < b && s.[i + 1] = '/' -> scan (skip_to (i + 2) "\n") depth
      | c when c = dquote || c = squote -> scan (lit (i + 1) c) depth
      | _ -> scan (i + 1) depth in
  a < b && scan a 0

//----------------------------------------------------------------
//  every 4-argument init call (the 5.0 form)
//----------------------------------------------------------------

@init@
expression R, M, S, E;
position p : script:ocaml() { not (api_file p) };
@@
mmu_notifier_range_init@p(R, M, S, E)

//----------------------------------------------------------------
//  the event: what lies between the init and the end call
//----------------------------------------------------------------

@ends exists@
position init.p, e;
identifier fe = {mmu_notifier_invalidate_range_end,
                 mmu_notifier_invalidate_range_only_end};
@@
mmu_notifier_range_init@p(...)
...
fe@e(...)

@script:ocaml@
p << init.p;
e << ends.e;
@@
if line_of e > 0 then Hashtbl.replace ended (key p) ()

@calls exists@
position init.p, q;
identifier f : script:ocaml() { known f };
@@
mmu_notifier_range_init@p(...)
... when != mmu_notifier_invalidate_range_end(...)
    when != mmu_notifier_invalidate_range_only_end(...)
f@q(...)
...
\(mmu_notifier_invalidate_range_end\|mmu_notifier_invalidate_range_only_end\)(...)

@script:ocaml@
p << init.p;
f << calls.f;
q << calls.q;
@@
match classify f with
| Some (rank, v) -> best events p rank (line_of q) v
| None -> ()

@soft exists@
position init.p, q;
identifier I =~ "[Cc][Ll][Ee][Aa][Rr].*[Ss][Oo][Ff][Tt]_?[Dd][Ii][Rr][Tt][Yy]";
@@
mmu_notifier_range_init@p(...)
... when != mmu_notifier_invalidate_range_end(...)
    when != mmu_notifier_invalidate_range_only_end(...)
I@q
...
\(mmu_notifier_invalidate_range_end\|mmu_notifier_invalidate_range_only_end\)(...)

@script:ocaml@
p << init.p;
i << soft.I;
q << soft.q;
@@
match classify i with
| Some (rank, v) -> best events p rank (line_of q) v
| None -> ()

// A zap: unmap_single_vma() into an mmu_gather of the function's own
// (&tlb), as zap_page_range() and zap_page_range_single() do, drops the
// pages while the vma stays; unmap_vmas() passes its caller's batch on.
@zap exists@
position init.p, q;
identifier T;
@@
mmu_notifier_range_init@p(...)
... when != mmu_notifier_invalidate_range_end(...)
    when != mmu_notifier_invalidate_range_only_end(...)
unmap_single_vma@q(&T, ...)
...
\(mmu_notifier_invalidate_range_end\|mmu_notifier_invalidate_range_only_end\)(...)

@script:ocaml@
p << init.p;
q << zap.q;
@@
best events p 4 (line_of q) ("MMU_NOTIFY_CLEAR",
  "unmap_single_vma() into an mmu_gather of its own before the end call: a zap, the vma stays")

// Page walks whose .pre_vma callback opens the range (and another callback
// ends it): the events of their entry callbacks.
@walkpre depends on init@
identifier ops, pre;
position w;
@@
struct mm_walk_ops ops@w = { ..., .pre_vma = pre, ... };

@script:ocaml@
w << walkpre.w;
ops << walkpre.ops;
pre << walkpre.pre;
@@
Hashtbl.replace walk_pre (file_of w, pre) ops

@walkent depends on init@
identifier ops, ent;
identifier fld = {pte_entry, pmd_entry, pud_entry, hugetlb_entry};
position w;
@@
struct mm_walk_ops ops@w = { ..., .fld = ent, ... };

@script:ocaml@
w << walkent.w;
ops << walkent.ops;
ent << walkent.ent;
@@
Hashtbl.add walk_entries (file_of w, ops) ent

@walkcall depends on walkpre@
identifier f : script:ocaml() { known f };
position q : script:ocaml() { walk_entry q };
@@
f@q(...)

@script:ocaml@
f << walkcall.f;
q << walkcall.q;
@@
match classify f with
| Some (rank, (e, _)) ->
  let fn = func_of q in
  let why = f ^ "() in " ^ fn ^ "(), an entry callback of the page walk the range spans" in
  let k = (file_of q, fn) in
  (match Hashtbl.find_opt walk_evidence k with
   | Some (r, a, _) when r < rank || (r = rank && a <= line_of q) -> ()
   | _ -> Hashtbl.replace walk_evidence k (rank, line_of q, (e, why)))
| None -> ()

@rparam@
position init.p;
identifier fn, R;
@@
fn(..., struct mmu_notifier_range *R, ...)
{
<+... mmu_notifier_range_init@p(R, ...) ...+>
}

@script:ocaml@
p << init.p;
r << rparam.R;
@@
Hashtbl.replace caller_range (key p) r

//----------------------------------------------------------------
//  the vma
//----------------------------------------------------------------

@vmm@
position init.p, xp;
expression R, X, S, E;
@@
mmu_notifier_range_init@p(R, X@xp->vm_mm, S, E)

@script:ocaml@
p << init.p;
xp << vmm.xp;
@@
let x = source_text xp in
if x <> "" && plain_expr x then begin
  best vmas p 1 0 (x, "vma from " ^ x ^ "->vm_mm")
end

@vmmvar exists@
position init.p, q;
identifier M, V;
expression R, S, E, E1;
@@
(
struct mm_struct *M@q = V->vm_mm;
|
M@q = V->vm_mm;
)
... when != M = E1
mmu_notifier_range_init@p(R, M, S, E)

@script:ocaml@
p << init.p;
v << vmmvar.V;
m << vmmvar.M;
q << vmmvar.q;
@@
if in_scope q p then
  best vmas p 1 (1000 + line_of q) (v, "vma from " ^ v ^ " (" ^ m ^ " = " ^ v ^ "->vm_mm)")

@vparam@
position init.p, q;
identifier fn, V;
parameter list[n] ps;
expression R, M, S, E;
@@
fn(ps, struct vm_area_struct *V@q, ...)
{
<+... mmu_notifier_range_init@p(R, M, S, E) ...+>
}

@script:ocaml@
p << init.p;
v << vparam.V;
n << vparam.n;
m << vparam.M;
@@
let k = key p in
Hashtbl.replace nparams k
  (1 + (try Hashtbl.find nparams k with Not_found -> 0));
(* Several vma parameters: prefer the one named like the mm (src_mm,
   src: src_vma). *)
let at = if same_prefix m v then n - 1000 else n in
best vmas p 2 at (v, "vma from parameter " ^ v)

@vdecl exists@
position init.p, q;
identifier V;
expression E;
@@
struct vm_area_struct *V@q = E;
... when any
mmu_notifier_range_init@p(...)

@script:ocaml@
p << init.p;
v << vdecl.V;
q << vdecl.q;
@@
if in_scope q p then
  best vmas p 3 (line_of q) (v, "vma from local " ^ v ^ " (set at its declaration)")

@vloop@
position init.p;
local idexpression struct vm_area_struct *V;
expression E1, E2, E3;
@@
for (V = E1; E2; E3) {
<+... mmu_notifier_range_init@p(...) ...+>
}

@script:ocaml@
p << init.p;
v << vloop.V;
@@
best vmas p 4 (line_of p) (v, "vma from local " ^ v ^ " (the loop over the vmas)")

@viter@
position init.p;
iterator I;
local idexpression struct vm_area_struct *V;
@@
I(..., V, ...) {
<+... mmu_notifier_range_init@p(...) ...+>
}

@script:ocaml@
p << init.p;
v << viter.V;
@@
best vmas p 4 (line_of p) (v, "vma from local " ^ v ^ " (the loop over the vmas)")

@vassign exists@
position init.p, q;
local idexpression struct vm_area_struct *V;
expression E, E1;
@@
V@q = E;
... when != V = E1
mmu_notifier_range_init@p(...)

@script:ocaml@
p << init.p;
v << vassign.V;
q << vassign.q;
@@
if in_scope q p then
  best vmas p 5 (line_of q) (v, "vma from local " ^ v ^ " (assigned before the init)")

@vany exists@
position init.p;
identifier V;
@@
(
struct vm_area_struct *V;
|
struct vm_area_struct *V = ...;
)
... when any
mmu_notifier_range_init@p(...)

@script:ocaml@
p << init.p;
v << vany.V;
@@
best vmas p 6 0 ("NULL",
  "vma NULL (no local such as " ^ v ^ " is known to hold the range's vma here)")

//----------------------------------------------------------------
//  the choice, for every mode
//----------------------------------------------------------------

@script:ocaml choose@
p << init.p;
ev;
vm;
@@
let k = key p in
let fn = func_of p in
(* A range the walk's .pre_vma callback opens: what the walk does. *)
if not (Hashtbl.mem ended k) then
  (match Hashtbl.find_opt walk_pre (file_of p, fn) with
   | Some ops ->
     List.iter (fun ent ->
         match Hashtbl.find_opt walk_evidence (file_of p, ent) with
         | Some (rank, at, v) -> best events p rank at v
         | None -> ())
       (Hashtbl.find_all walk_entries (file_of p, ops))
   | None -> ());
let default =
  match Hashtbl.find_opt caller_range k with
  | Some r ->
    "the range is the parameter " ^ r ^ " of the caller: check what the caller does before its end call"
  | None ->
  if Hashtbl.mem ended k then
    "nothing before the end call unmaps, changes protection, clears soft-dirty or write-protects"
  else "no end call after it in " ^ fn ^ "(): the range is ended elsewhere" in
best events p 11 0 ("MMU_NOTIFY_CLEAR", default);
best vmas p 7 0 ("NULL", "no vma in scope: NULL");
let (_, _, (e, ewhy)) = Hashtbl.find events k in
let (vrank, vat, (v, vwhy)) = Hashtbl.find vmas k in
let vwhy =
  match Hashtbl.find_opt nparams k with
  | Some n when n > 1 && vrank = 2 ->
    vwhy ^ (if vat < 0 then " (named like the mm, one of " else " (the first of ")
    ^ string_of_int n ^ " vma parameters: check)"
  | _ -> vwhy in
Hashtbl.replace messages k
  (Printf.sprintf "range init: %s (%s), %s" e ewhy vwhy);
ev := make_ident e;
vm := make_ident v

//----------------------------------------------------------------
//  patch mode
//----------------------------------------------------------------

@depends on patch && !context && !org && !report@
position init.p;
identifier choose.ev, choose.vm;
expression R, M, S, E;
@@
- mmu_notifier_range_init@p(R, M, S, E)
+ mmu_notifier_range_init(R, ev, 0, vm, M, S, E)

//----------------------------------------------------------------
//  context, report and org modes
//----------------------------------------------------------------

@depends on context && !patch && !org && !report@
position init.p;
@@
* mmu_notifier_range_init@p(...)

@script:ocaml depends on report@
p << init.p;
ev << choose.ev;
@@
if ev <> "" then report p (Hashtbl.find messages (key p))

@script:ocaml depends on org@
p << init.p;
ev << choose.ev;
@@
if ev <> "" then todo p (Hashtbl.find messages (key p))
