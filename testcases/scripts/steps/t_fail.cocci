// SPDX-License-Identifier: GPL-2.0-only
/// mm/test: a step that fails
///
/// Test-only step: spatch fails while processing mm/toy_mprotect.c.
///
// Confidence: High
// Options: --no-includes --include-headers
// Keywords: test
// Requires: 1.1.1

virtual patch
virtual context
virtual org
virtual report

@r@
identifier f;
position p;
@@
f@p(...) { ... }

@script:ocaml@
p << r.p;
@@
let p = List.hd p in
if Filename.check_suffix p.Coccilib.file "toy_mprotect.c" then
  failwith ("cannot handle " ^ p.Coccilib.file)

@depends on patch@
identifier r.f;
@@
- f
+ f
