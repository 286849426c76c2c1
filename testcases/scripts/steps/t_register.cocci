// SPDX-License-Identifier: GPL-2.0-only
/// mm/test: register notifiers with the locked variant
///
/// Test-only step: renames mmu_notifier_register() calls so that the
/// script tests have a step that always converts something.
///
// Confidence: High
// Options: --no-includes --include-headers
// Keywords: test
// Requires: 1.1.1

virtual patch
virtual context
virtual org
virtual report

@depends on patch@
expression M, MM;
@@
- mmu_notifier_register(M, MM)
+ __mmu_notifier_register(M, MM)

@r depends on !patch@
expression M, MM;
position p;
@@
* mmu_notifier_register@p(M, MM)

@script:ocaml depends on report || org@
p << r.p;
@@
let p = List.hd p in
Printf.printf "%s:%d:%d: register call [t_register]\n" p.Coccilib.file p.Coccilib.line (p.Coccilib.col + 1)

// Something patch mode never converts, so that report mode still flags it
// after the series.
@h depends on !patch@
identifier I, f;
position p;
@@
struct mmu_notifier_ops I@p = { ..., .invalidate_range = f, ... };

@script:ocaml depends on report || org@
p << h.p;
@@
let p = List.hd p in
Printf.printf "%s:%d:%d: TLB hook left for a human [t_register]\n" p.Coccilib.file p.Coccilib.line (p.Coccilib.col + 1)
