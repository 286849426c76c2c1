// SPDX-License-Identifier: GPL-2.0-only
/// mm/mmu_notifier: rename invalidate_range to arch_invalidate_secondary_tlbs
///
/// Linux 6.6 renamed the mmu_notifier_ops member invalidate_range, the hook
/// of IOMMUs and other devices that share the CPU page tables and only need
/// their TLB flushed, to arch_invalidate_secondary_tlbs.  Its signature
/// (mn, mm, start, end) is unchanged, so only the member is renamed, in
/// struct mmu_notifier_ops initializers (also arrays of ops) and in
/// assignments; the callback keeps its name.  The caller side follows:
/// mmu_notifier_invalidate_range(mm, start, end) becomes
/// mmu_notifier_arch_invalidate_secondary_tlbs(mm, start, end), and
/// mmu_notifier_invalidate_range_only_end(range) becomes
/// mmu_notifier_invalidate_range_end(range), as the end no longer calls
/// the hook.
///
/// 6.6 refuses to register a notifier that has the hook and
/// invalidate_range_start/end as well (WARN, -EINVAL).  Such a notifier is
/// left untouched and reported: moving its TLB flush into start/end needs
/// a human.  One that already has both under the new name is reported
/// too.  Members of that name in other structs are not touched.
///
// Confidence: High
// Options: --no-includes --include-headers
// Keywords: mmu_notifier, invalidate_range, arch_invalidate_secondary_tlbs, invalidate_range_only_end
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

let newboth_msg =
  "arch_invalidate_secondary_tlbs op next to invalidate_range_start/end: 6.6 refuses to register this notifier (WARN, -EINVAL); keep one of the two by hand"

let call_msg =
  "mmu_notifier_invalidate_range() renamed mmu_notifier_arch_invalidate_secondary_tlbs() (6.6)"

let only_end_msg =
  "mmu_notifier_invalidate_range_only_end() becomes mmu_notifier_invalidate_range_end(): since 6.6 the end never calls the secondary TLB hook"

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

//----------------------------------------------------------------
//  what converts
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

@call@
expression M, S, E;
position p : script:ocaml() { not (api_file p) };
@@
mmu_notifier_invalidate_range@p(M, S, E)

@only_end@
expression R;
position p : script:ocaml() { not (api_file p) };
@@
mmu_notifier_invalidate_range_only_end@p(R)

//----------------------------------------------------------------
//  patch mode
//----------------------------------------------------------------

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
)

@script:ocaml depends on report@
p << op.p;
@@
report p op_msg

@script:ocaml depends on org@
p << op.p;
@@
todo p op_msg

@script:ocaml depends on report@
p << asg.p;
@@
report p op_msg

@script:ocaml depends on org@
p << asg.p;
@@
todo p op_msg

@script:ocaml depends on report@
p << call.p;
@@
report p call_msg

@script:ocaml depends on org@
p << call.p;
@@
todo p call_msg

@script:ocaml depends on report@
p << only_end.p;
@@
report p only_end_msg

@script:ocaml depends on org@
p << only_end.p;
@@
todo p only_end_msg

@script:ocaml depends on report@
p << both.p;
@@
report p both_msg

@script:ocaml depends on org@
p << both.p;
@@
todo p both_msg

@script:ocaml depends on report@
p << asgboth.p;
@@
report p both_msg

@script:ocaml depends on org@
p << asgboth.p;
@@
todo p both_msg

@script:ocaml depends on report@
p << newboth.p;
@@
report p newboth_msg

@script:ocaml depends on org@
p << newboth.p;
@@
todo p newboth_msg
