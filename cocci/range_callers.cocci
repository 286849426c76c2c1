// SPDX-License-Identifier: GPL-2.0-only
/// mm/mmu_notifier: use struct mmu_notifier_range in invalidate_range callers
///
/// Linux 5.0 made mmu_notifier_invalidate_range_start(), _start_nonblock(),
/// _end() and _only_end() take a struct mmu_notifier_range instead of
/// (mm, start, end).  A function that calls a pair declares
/// "struct mmu_notifier_range range;" at the end of its leading
/// declarations, calls mmu_notifier_range_init(&range, mm, start, end)
/// right before the start call, with the start call's own arguments, and
/// passes &range to every call of the pair, on every path: branches and
/// error paths included.
///
/// A pair is a start call and every _end()/_only_end() with the same three
/// arguments that a path from it reaches without another start call with
/// those arguments.  Pairs that follow each other on the same mm share one
/// variable; nested pairs, or pairs on another mm, get range2 and range3.
/// When the function already uses one of these names (a local, a
/// parameter, a global it reads), they become mn_range, mn_range2...
///
/// The declaration goes after the last leading declaration that has no
/// trailing comment (spatch would move that comment onto the new line);
/// at the top of the body when they all have one; before the first
/// statement, followed by a blank line, when there is none.  When a
/// dropped local's declaration carries the comment (mmun_end; /* For
/// mmu_notifiers */), the range takes its place and keeps the comment.
///
/// Locals that only carry the bounds (mmun_start, mmun_end) disappear and
/// their values go into the init call, parenthesised inside a larger
/// expression: mmun_start = address & HPAGE_PMD_MASK; mmun_end =
/// mmun_start + HPAGE_PMD_SIZE; gives mmu_notifier_range_init(&range, mm,
/// address & HPAGE_PMD_MASK, (address & HPAGE_PMD_MASK) + HPAGE_PMD_SIZE).
/// A local is dropped only when all of this holds; otherwise it stays and
/// the init call reads it, which is always correct:
///  - it is declared once in the function, and read by the start or end
///    argument of a call (never the mm argument: "mm = vma->vm_mm" stays);
///  - it is written once: by its initialiser or by one "L = V;" statement,
///    never through &L, ++, -- or a compound assignment;
///  - every other read is a bound argument of a converted call, or the
///    value of another dropped local (two levels at most);
///  - V contains no assignment, ++ or --, and nothing V reads is written
///    between that write and a start call;
///  - every occurrence of its name in the function's text was seen by
///    spatch (none in a conditional branch spatch did not parse).
///
/// The range freezes the bounds at the init, where the old end call read
/// them again.  So a pair is converted only when nothing in the start
/// call's arguments (a variable, a field, the variable a field hangs from)
/// is assigned, incremented or has its address taken between the start and
/// one of its ends.  A write through a pointer handed to a function is not
/// seen, as in the upstream hand conversion.  The start call must be an
/// expression statement, an if condition (possibly negated), the right side
/// of an assignment statement, or the initialiser of the last (non-const)
/// declaration of a block: "int ret = ..._nonblock(mm, s, e);" becomes
/// "int ret;", the init call and "ret = ..._nonblock(&range);".
///
/// A pair split across functions (a helper that starts the range and
/// returns with it open, like follow_pte_pmd(), or ends the one its caller
/// started) is converted as a group: the caller that does the other half
/// owns "struct mmu_notifier_range range;" and passes &range down; the
/// helper, and the functions through which the caller reaches it, take a
/// last "struct mmu_notifier_range *range" parameter (definitions and
/// prototypes); the init call goes where the start is, with its own
/// arguments.  A start from which a path returns without an end never gets
/// a local range.  The group is left alone, every call of it reported,
/// when a function of it is used other than by a call (a function
/// pointer), takes no parameter, already uses the name range, or may have
/// callers this run does not see: an exported function outside a whole
/// kernel tree, and, when the step runs alone on each file (the kernel's
/// coccicheck), any helper or wrapper that is not static.
///
/// A function where one call cannot be converted is left alone as a whole,
/// and each of its calls is reported with the reason: a start without an
/// end in the function, or an end without a start, outside a group; an end whose
/// arguments differ from its start's; bounds written between start and
/// end; a start call inside a larger expression or a loop condition; an end
/// call that is not a statement; a call spatch did not parse; more than
/// three ranges or no free name.  The TLB hook
/// mmu_notifier_invalidate_range(mm, start, end) and calls already in the
/// (&range) form are never touched.
///
// Confidence: High
// Options: --no-includes --include-headers
// Keywords: mmu_notifier, mmu_notifier_range, mmu_notifier_range_init
// Requires: 1.1.1

virtual patch
virtual context
virtual org
virtual report
// collect: print the facts of the split-range groups (a first run of the
// tool's scripts); groups: a run that reads them (MN_RANGE_GROUPS) and
// also parses the files that only hold a wrapper or a prototype.
virtual collect
virtual groups

@initialize:ocaml@
@@
(* The files that define the API get their new form from the core commits:
   never rewrite or report them.  The defines= fact of cocci/series;
   mk/step-facts.sh checks this copy against it. *)
let api_file ps =
  let f = (List.hd ps).Coccilib.file in
  List.exists (fun s -> Filename.check_suffix f s)
    ["include/linux/mmu_notifier.h"; "mm/mmu_notifier.c"]

let step = "range_callers"

let report ps msg =
  let p = List.hd ps in
  Printf.printf "%s:%d:%d: %s [%s]\n" p.Coccilib.file p.Coccilib.line
    (p.Coccilib.col + 1) msg step

let todo ps msg =
  let p = List.hd ps in
  let esc = String.map (function '[' -> '(' | ']' -> ')' | c -> c) msg in
  Printf.printf "* TODO [[view:%s::face=ovl-face1::linb=%d::colb=%d::cole=%d][%s (%s)]]\n"
    p.Coccilib.file p.Coccilib.line p.Coccilib.col p.Coccilib.col_end esc step

(* ------------------------------------------------------------------ *)
(* Facts gathered by the match rules, keyed by file and function.      *)
(* ------------------------------------------------------------------ *)

type key = string * int * int		(* file, line, 0-based column *)
type fkey = string * string		(* file, function *)

let pos ps = List.hd ps
let pk ps : key =
  let p = pos ps in (p.Coccilib.file, p.Coccilib.line, p.Coccilib.col)
let fk ps : fkey =
  let p = pos ps in (p.Coccilib.file, p.Coccilib.current_element)
let line_of ((_, l, _) : key) = l
let uniq l = List.sort_uniq compare l

(* Expressions as spatch prints them ("vma -> vm_start"), made readable. *)
let tidy s =
  let b = Buffer.create (String.length s) in
  let n = String.length s in
  let i = ref 0 in
  while !i < n do
    if !i + 3 < n && String.sub s !i 4 = " -> " then (Buffer.add_string b "->"; i := !i + 4)
    else if !i + 2 < n && String.sub s !i 3 = " . " then (Buffer.add_char b (Char.chr 46); i := !i + 3)
    else (Buffer.add_char b s.[!i]; incr i)
  done;
  Buffer.contents b

let names4 =
  ["mmu_notifier_invalidate_range_start";
   "mmu_notifier_invalidate_range_start_nonblock";
   "mmu_notifier_invalidate_range_end";
   "mmu_notifier_invalidate_range_only_end"]
let is_start n =
  n = "mmu_notifier_invalidate_range_start" ||
  n = "mmu_notifier_invalidate_range_start_nonblock"

type call = { c_key : key; c_name : string; c_m : string; c_s : string; c_e : string }

let calls : (fkey, call) Hashtbl.t = Hashtbl.create 53
let call_keys : (key, unit) Hashtbl.t = Hashtbl.create 53
let cur_file = ref ""
let add_call ps name m s e =
  let k = pk ps in
  cur_file := (pos ps).Coccilib.file;
  if not (Hashtbl.mem call_keys k) then begin
    Hashtbl.replace call_keys k ();
    Hashtbl.add calls (fk ps)
      { c_key = k; c_name = name; c_m = tidy m; c_s = tidy s; c_e = tidy e }
  end
let fn_calls f =
  List.sort (fun a b -> compare a.c_key b.c_key) (Hashtbl.find_all calls f)
(* Calls already in the (&range) form: known to spatch, never converted. *)
let new_calls : (key, unit) Hashtbl.t = Hashtbl.create 53

let form : (key, string) Hashtbl.t = Hashtbl.create 53
let set_form ps f = if not (Hashtbl.mem form (pk ps)) then Hashtbl.replace form (pk ps) f
let reach : (key * key, unit) Hashtbl.t = Hashtbl.create 53
let anyreach : (key, key) Hashtbl.t = Hashtbl.create 53
let clob : (key, string * int) Hashtbl.t = Hashtbl.create 53
let between : (key * key, unit) Hashtbl.t = Hashtbl.create 53
let open_ret : (key, unit) Hashtbl.t = Hashtbl.create 53
let used_names : (fkey, string) Hashtbl.t = Hashtbl.create 53
let fn_starts : (string, int) Hashtbl.t = Hashtbl.create 53
let fn_defs : (fkey, int) Hashtbl.t = Hashtbl.create 53
let lead : (fkey, int) Hashtbl.t = Hashtbl.create 53
let nolead : (fkey, unit) Hashtbl.t = Hashtbl.create 53
(* Declarations of each function: (line, col, line_end, col_end). *)
let decls : (fkey, int * int * int * int) Hashtbl.t = Hashtbl.create 53
let decl_text : (key, string) Hashtbl.t = Hashtbl.create 53

(* Locals that may carry bounds: identifiers read by a call argument, or by
   the value of such a local. *)
let cands : (string, unit) Hashtbl.t = Hashtbl.create 53
let is_cand l = Hashtbl.mem cands l
let ldecl : (fkey * string, key * bool) Hashtbl.t = Hashtbl.create 53
let lwrite_stmt : (fkey * string, key) Hashtbl.t = Hashtbl.create 53
let lwrite_any : (fkey * string, key) Hashtbl.t = Hashtbl.create 53
let lread : (fkey * string, key) Hashtbl.t = Hashtbl.create 53
let argread : (key, unit) Hashtbl.t = Hashtbl.create 53
let valread : (key, string) Hashtbl.t = Hashtbl.create 53
let vclob : (fkey * string, unit) Hashtbl.t = Hashtbl.create 53
let vbad : (fkey * string, unit) Hashtbl.t = Hashtbl.create 53
let vprim : (fkey * string, unit) Hashtbl.t = Hashtbl.create 53

(* ------------------------------------------------------------------ *)
(* The source text: uses spatch did not see, comments after a line.    *)
(* ------------------------------------------------------------------ *)

let texts : (string, string * int array) Hashtbl.t = Hashtbl.create 7
let file_text file =
  match Hashtbl.find_opt texts file with
  | Some t -> t
  | None ->
    let s =
      try
        let ic = open_in_bin file in
        let s = really_input_string ic (in_channel_length ic) in
        close_in ic; s
      with _ -> "" in
    let bols = ref [ 0 ] in
    String.iteri (fun i c -> if c = '\n' then bols := (i + 1) :: !bols) s;
    let t = (s, Array.of_list (List.rev !bols)) in
    Hashtbl.replace texts file t; t

let offset file line col =
  let (s, bols) = file_text file in
  if line >= 1 && line <= Array.length bols then min (String.length s) (bols.(line - 1) + col)
  else String.length s

(* Identifier tokens outside comments, strings and character constants:
   (name, line, 0-based column). *)
let idents_cache : (string, (string * int * int) list) Hashtbl.t = Hashtbl.create 7
let dquote = Char.chr 34 and squote = Char.chr 39
let file_idents file =
  match Hashtbl.find_opt idents_cache file with
  | Some l -> l
  | None ->
    let (s, _) = file_text file in
    let n = String.length s in
    let acc = ref [] in
    let line = ref 1 and bol = ref 0 in
    let is_id_start c = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c = '_' in
    let is_id c = is_id_start c || (c >= '0' && c <= '9') in
    let i = ref 0 in
    let nl j = incr line; bol := j + 1 in
    while !i < n do
      let c = s.[!i] in
      if c = '\n' then (nl !i; incr i)
      else if c = '/' && !i + 1 < n && s.[!i + 1] = '*' then begin
        i := !i + 2;
        while !i < n && not (s.[!i] = '*' && !i + 1 < n && s.[!i + 1] = '/') do
          if s.[!i] = '\n' then nl !i;
          incr i
        done;
        i := !i + 2
      end else if c = '/' && !i + 1 < n && s.[!i + 1] = '/' then begin
        while !i < n && s.[!i] <> '\n' do incr i done
      end else if c = dquote || c = squote then begin
        incr i;
        while !i < n && s.[!i] <> c && s.[!i] <> '\n' do
          if s.[!i] = '\\' then incr i;
          incr i
        done;
        incr i
      end else if is_id_start c then begin
        let j = ref !i in
        while !j < n && is_id s.[!j] do incr j done;
        acc := (String.sub s !i (!j - !i), !line, !i - !bol) :: !acc;
        i := !j
      end else if c >= '0' && c <= '9' then begin
        while !i < n && is_id s.[!i] do incr i done
      end else incr i
    done;
    let l = List.rev !acc in
    Hashtbl.replace idents_cache file l; l

(* A comment after the given end position, on the same line. *)
let trailing_comment file line col =
  let (s, _) = file_text file in
  let n = String.length s in
  let i = ref (offset file line col) in
  while !i < n && (s.[!i] = ' ' || s.[!i] = '\t') do incr i done;
  !i + 1 < n && s.[!i] = '/' && (s.[!i + 1] = '*' || s.[!i + 1] = '/')

(* A declaration with one declarator: no comma outside brackets. *)
let single_declarator file (l, c, le, ce) =
  let (s, _) = file_text file in
  let a = offset file l c and b = offset file le ce in
  let depth = ref 0 and commas = ref 0 in
  for i = a to b - 1 do
    match s.[i] with
    | '(' | '[' | '{' -> incr depth
    | ')' | ']' | '}' -> decr depth
    | ',' when !depth = 0 -> incr commas
    | _ -> ()
  done;
  !commas = 0

(* The lines of a function: from its definition to the next one. *)
let fn_lines ((file, _) as f : fkey) =
  let first =
    List.fold_left (fun a c -> min a (line_of c.c_key)) max_int
      (Hashtbl.find_all calls f) in
  let starts = uniq (Hashtbl.find_all fn_starts file) in
  let lo = List.fold_left (fun a l -> if l <= first then max a l else a) 0 starts in
  let hi = List.fold_left (fun a l -> if l > first then min a l else a) max_int starts in
  (lo, hi - 1)

(* Tokens name in the function's text that spatch did not report. *)
let unseen f name (seen : (key, unit) Hashtbl.t) =
  let (file, _) = f in
  let (lo, hi) = fn_lines f in
  List.filter
    (fun (s, l, c) -> s = name && l >= lo && l <= hi && not (Hashtbl.mem seen (file, l, c)))
    (file_idents file)

(* ------------------------------------------------------------------ *)
(* Decision, per function.                                             *)
(* ------------------------------------------------------------------ *)

(* Where the range variables are declared: after the n-th declaration of
   the function, at the top of the body, or before its first statement
   when it has no declarations. *)
type anchor = After of string * int | Top | First

type verdict = {
  msgs : (key, string) Hashtbl.t;	(* calls left alone, with the reason *)
  names : (key, string) Hashtbl.t;	(* converted calls: their range *)
  from : (key, int) Hashtbl.t;		(* converted ends: line of their start *)
  vars : string list;			(* range variables, in order *)
  dropped : string list;		(* bound locals that disappear *)
  anchor : anchor;
}

let fn_decls f =
  let (lo, hi) = fn_lines f in
  List.filter (fun (l, _, _, _) -> l >= lo && l <= hi) (uniq (Hashtbl.find_all decls f))

(* A declaration as spatch prints it, and how many declarations of the
   function before it print the same: found again after the rewrite. *)
let decl_anchor ((file, _) as f) ((l, c, _, _) as d) =
  let text k = try Hashtbl.find decl_text k with Not_found -> "" in
  let t = text (file, l, c) in
  let before = List.filter (fun ((l2, c2, _, _) as d2) ->
      compare d2 d < 0 && text (file, l2, c2) = t) (fn_decls f) in
  After (t, List.length before)

let leading_decls f =
  if Hashtbl.mem nolead f then []
  else match Hashtbl.find_opt lead f with
    | Some ln -> List.filter (fun (l, _, _, _) -> l <= ln) (fn_decls f)
    | None -> []

let decl_of f ((_, l, c) : key) =
  List.find_opt (fun (a, b, ae, be) -> (a, b) <= (l, c) && (l, c) < (ae, be)) (fn_decls f)

let index_of x l =
  let rec go i = function [] -> -1 | y :: r -> if y = x then i else go (i + 1) r in
  go 0 l

let has_comment (file, _) (_, _, le, ce) = trailing_comment file le ce

let compute_dropped f =
  let (file, _) = f in
  let names =
    uniq (Hashtbl.fold (fun (g, l) _ acc -> if g = f then l :: acc else acc) ldecl []) in
  let dkey l = match uniq (Hashtbl.find_all ldecl (f, l)) with
    | [ (k, _) ] -> Some k | _ -> None in
  let the_decl l = match dkey l with Some k -> decl_of f k | None -> None in
  let writes l =
    let dk = match dkey l with Some k -> [ k ] | None -> [] in
    List.filter (fun k -> not (List.mem k dk)) (uniq (Hashtbl.find_all lwrite_any (f, l))) in
  let reads l =
    let dk = match dkey l with Some k -> [ k ] | None -> [] in
    let w = writes l in
    List.filter (fun k -> not (List.mem k w) && not (List.mem k dk))
      (uniq (Hashtbl.find_all lread (f, l))) in
  let static_ok l =
    match uniq (Hashtbl.find_all ldecl (f, l)), the_decl l with
    | [ (dk, has_init) ], Some _ ->
      let w = writes l in
      let wr_ok =
        if has_init then w = []
        else (match w with
            | [ k ] -> List.mem k (Hashtbl.find_all lwrite_stmt (f, l))
            | _ -> false) in
      let seen = Hashtbl.create 7 in
      List.iter (fun k -> Hashtbl.replace seen k ()) (dk :: List.append w (reads l));
      wr_ok && not (Hashtbl.mem vclob (f, l)) && not (Hashtbl.mem vbad (f, l))
      && unseen f l seen = []
    | _ -> false in
  (* refs l: the locals whose value reads l. *)
  let refs_in l =
    uniq (List.filter_map (fun k -> Hashtbl.find_opt valread k)
            (List.concat_map reads [ l ])) in
  (* uses l: the locals that l's value reads. *)
  let uses l = List.filter (fun l2 -> List.mem l (refs_in l2)) names in
  let ok dr l =
    List.for_all
      (fun k ->
        Hashtbl.mem argread k
        || (match Hashtbl.find_opt valread k with
            | Some o -> o <> l && List.mem o dr
            | None -> false))
      (reads l)
    && List.for_all
         (fun l2 -> not (List.mem l2 dr) ||
                    List.for_all (fun l3 -> not (List.mem l3 dr)) (uses l2))
         (uses l) in
  let rec fix dr =
    let dr' = List.filter (ok dr) dr in
    if List.length dr' = List.length dr then dr else fix dr' in
  let lds = leading_decls f in
  let all = fn_decls f in
  let comment l = match the_decl l with
    | Some d -> single_declarator file d && has_comment f d | None -> false in
  (* The declaration right after l's, on the next line, declares only a
     dropped local: l's comment goes away with it. *)
  let next_dropped dr l = match the_decl l with
    | Some ((_, _, le, _) as d) ->
      let i = index_of d all in
      (match List.nth_opt all (i + 1) with
       | Some ((nl, _, _, _) as d2) when nl = le + 1 && single_declarator file d2 ->
         List.exists (fun l2 -> l2 <> l && the_decl l2 = Some d2) dr
       | _ -> false)
    | None -> false in
  let decl_line l = match dkey l with Some k -> line_of k | None -> 0 in
  let leading l = match the_decl l with Some d -> List.mem d lds | None -> false in
  (* A dropped declaration with a trailing comment must be followed by
     another dropped declaration (the comment goes with it), or be the one
     the range variable follows (the comment then stays on the range line);
     otherwise the local is kept. *)
  let rec settle dr =
    let dr = fix dr in
    let bad = List.filter (fun l -> comment l && not (next_dropped dr l)) dr in
    let bad = List.sort (fun a b -> compare (decl_line b) (decl_line a)) bad in
    match bad with
    | [] -> (dr, None)
    | [ a ] when leading a -> (dr, the_decl a)
    | a :: rest when leading a ->
      settle (List.filter (fun l -> not (List.mem l rest)) dr)
    | _ -> settle (List.filter (fun l -> not (List.mem l bad)) dr) in
  let (dr, anc) = settle (List.filter static_ok names) in
  let anchor =
    match anc with
    | Some d -> decl_anchor f d
    | None ->
      if lds = [] then First
      else
        (* Not a declaration the rewrite changes (int ret = ..._nonblock()). *)
        let rewritten (l, c, le, ce) =
          List.exists (fun k -> match k with
              | (_, kl, kc) -> (l, c) <= (kl, kc) && (kl, kc) < (le, ce)
                               && Hashtbl.find_opt form k = Some "decl")
            (List.map (fun c -> c.c_key) (fn_calls f)) in
        match List.rev (List.filter (fun d -> not (has_comment f d) && not (rewritten d)) lds) with
        | d :: _ -> decl_anchor f d
        | [] -> Top in
  (dr, anchor)

let args c = Printf.sprintf "(%s, %s, %s)" c.c_m c.c_s c.c_e

let compute f =
  let (_, fname) = f in
  let cs = fn_calls f in
  let starts = List.filter (fun c -> is_start c.c_name) cs in
  let ends = List.filter (fun c -> not (is_start c.c_name)) cs in
  let msgs = Hashtbl.create 7 and names = Hashtbl.create 7 and from = Hashtbl.create 7 in
  let problem c m = if not (Hashtbl.mem msgs c.c_key) then Hashtbl.replace msgs c.c_key m in
  let reached s = List.filter (fun e -> Hashtbl.mem reach (s.c_key, e.c_key)) ends in
  let reaching e = List.filter (fun s -> Hashtbl.mem reach (s.c_key, e.c_key)) starts in
  let sprintf = Printf.sprintf in
  List.iter
    (fun s ->
      (match Hashtbl.find_opt form s.c_key with
       | Some ("stmt" | "if" | "assign" | "decl") -> ()
       | Some "const" ->
         problem s (sprintf "%s() initialises a const variable: add mmu_notifier_range_init() by hand" s.c_name)
       | _ ->
         problem s (sprintf "%s() inside a larger expression or a loop condition: place mmu_notifier_range_init() by hand" s.c_name));
      if Hashtbl.mem open_ret s.c_key then
        problem s (sprintf "%s() in %s() returns with the range open: its callers end it" s.c_name fname);
      if reached s = [] then begin
        if ends = [] then
          problem s (sprintf "%s() without an _end() in %s(): the pair is split across functions, convert both sides by hand" s.c_name fname)
        else
          problem s (sprintf "%s() has no _end() with the same arguments %s in %s(): convert by hand" s.c_name (args s) fname)
      end else
        match Hashtbl.find_opt clob s.c_key with
        | Some (lv, l) ->
          problem s (sprintf "%s() bounds change before the _end(): %s is written on line %d, a range would freeze them, convert by hand" s.c_name lv l)
        | None -> ())
    starts;
  List.iter
    (fun e ->
      if Hashtbl.find_opt form e.c_key <> Some "stmt" then
        problem e (sprintf "%s() is not a statement of its own: convert by hand" e.c_name);
      if reaching e = [] then begin
        let before = List.filter (fun k -> compare k e.c_key < 0)
            (uniq (Hashtbl.find_all anyreach e.c_key)) in
        match List.rev before, Hashtbl.find_all anyreach e.c_key with
        | s :: _, _ | [], s :: _ ->
          problem e (sprintf "%s() arguments %s differ from those of the start call on line %d: convert by hand" e.c_name (args e) (line_of s))
        | [], [] ->
          if starts = [] then
            problem e (sprintf "%s() without a _start() in %s(): the pair is split across functions, convert both sides by hand" e.c_name fname)
          else
            problem e (sprintf "%s() is reached by no _start() with the same arguments %s in %s(): convert by hand" e.c_name (args e) fname)
      end)
    ends;
  (* Two definitions of the function (one per configuration): the facts
     of both would mix. *)
  (match uniq (Hashtbl.find_all fn_defs f), cs with
   | _ :: l :: _, c :: _ ->
     problem c (sprintf "%s() is defined twice in this file (second definition on line %d): convert by hand" fname l)
   | _ -> ());
  (* Calls spatch did not parse (in a conditional branch it skipped). *)
  let seen = Hashtbl.create 7 in
  List.iter (fun c -> Hashtbl.replace seen c.c_key ()) cs;
  Hashtbl.iter (fun k () -> Hashtbl.replace seen k ()) new_calls;
  (match List.concat_map (fun n -> unseen f n seen) names4, cs with
   | (n, l, _) :: _, c :: _ ->
     problem c (sprintf "%s() on line %d was not parsed by spatch: convert %s() by hand" n l fname)
   | _ -> ());
  let none () = { msgs; names; from; vars = []; dropped = []; anchor = Top } in
  let poison_all m = List.iter (fun c -> problem c m) cs in
  if Hashtbl.length msgs > 0 then begin
    let l = Hashtbl.fold (fun k _ acc -> min (line_of k) acc) msgs max_int in
    List.iter
      (fun c -> problem c (sprintf "%s() left alone: the mmu_notifier call on line %d of %s() needs a hand conversion" c.c_name l fname))
      cs;
    none ()
  end else begin
    (* Groups: starts that share an end. *)
    let parent = Hashtbl.create 7 in
    let rec find k = match Hashtbl.find_opt parent k with
      | Some k' when k' <> k -> find k' | _ -> k in
    let union a b =
      let ra = find a and rb = find b in if ra <> rb then Hashtbl.replace parent ra rb in
    List.iter (fun e -> match reaching e with
        | s :: rest -> List.iter (fun s' -> union s.c_key s'.c_key) rest
        | [] -> ()) ends;
    let members g = List.filter (fun s -> find s.c_key = g) starts in
    let first g = List.fold_left (fun a s -> min a s.c_key) ("", max_int, 0) (members g) in
    let groups = uniq (List.map (fun s -> find s.c_key) starts) in
    let groups = List.sort (fun a b -> compare (first a) (first b)) groups in
    let mm g = (List.hd (members g)).c_m in
    let overlap g1 g2 =
      List.exists (fun a -> List.exists (fun b ->
          Hashtbl.mem between (a.c_key, b.c_key) || Hashtbl.mem between (b.c_key, a.c_key))
          (members g2)) (members g1) in
    (* A group joins the first variable whose groups have its mm and do not
       overlap it; otherwise it gets a new variable. *)
    let vars =
      List.fold_left
        (fun vars g ->
          let rec place = function
            | [] -> [ [ g ] ]
            | gs :: rest ->
              if List.for_all (fun g' -> mm g' = mm g && not (overlap g g')) gs
              then List.append gs [ g ] :: rest
              else gs :: place rest in
          place vars)
        [] groups in
    let nv = List.length vars in
    let used = Hashtbl.find_all used_names f in
    let mk base i = if i = 0 then base else base ^ string_of_int (i + 1) in
    let free base = List.for_all (fun i -> not (List.mem (mk base i) used)) (List.init nv (fun i -> i)) in
    if nv > 3 then begin
      poison_all (sprintf "%s() would need more than three ranges: convert by hand" fname);
      none ()
    end else if not (free "range" || free "mn_range") then begin
      poison_all (sprintf "%s() already uses the names range and mn_range: convert by hand" fname);
      none ()
    end else begin
      let base = if free "range" then "range" else "mn_range" in
      List.iteri
        (fun i gs ->
          List.iter (fun g ->
              List.iter (fun s ->
                  Hashtbl.replace names s.c_key (mk base i);
                  List.iter (fun e ->
                      Hashtbl.replace names e.c_key (mk base i);
                      if not (Hashtbl.mem from e.c_key) then
                        Hashtbl.replace from e.c_key (line_of s.c_key))
                    (reached s))
                (members g)) gs)
        vars;
      let (dropped, anchor) = compute_dropped f in
      { msgs; names; from; vars = List.mapi (fun i _ -> mk base i) vars; dropped; anchor }
    end
  end

let verdicts : (fkey, verdict) Hashtbl.t = Hashtbl.create 53
let decide f =
  match Hashtbl.find_opt verdicts f with
  | Some v -> v
  | None -> let v = compute f in Hashtbl.replace verdicts f v; v

let convertible f = Hashtbl.mem calls f && Hashtbl.length (decide f).msgs = 0

(* A name no function or variable has: for environments a rule must skip
   (Coccilib.include_match false would drop them for every later rule). *)
let none = "__mn_range_callers_none__"

(* One environment per function (or per function and local) for the
   scripts that drive the per-function rules. *)
let once : (string * fkey * string, unit) Hashtbl.t = Hashtbl.create 53
let first_time tag f x =
  if Hashtbl.mem once (tag, f, x) then false
  else (Hashtbl.replace once (tag, f, x) (); true)

(* ------------------------------------------------------------------ *)
(* Split ranges: a start in one function, its end in another.          *)
(* ------------------------------------------------------------------ *)

(* A function that starts a range and returns with it open ("open": one
   start, no end) or ends one its caller started ("close": ends, no
   start) is converted as a group: it, the functions with no old call
   ("plain") through which its callers reach it (wrappers), and the
   callers that do the other half (owners).  The owner declares "struct
   mmu_notifier_range range;" and passes &range down; the helper and the
   wrappers take a last parameter "struct mmu_notifier_range *range".
   The init call goes where the start is: in an open helper
   mmu_notifier_range_init(range, M, S, E) with its own arguments (they
   always exist there, not always at the owner), in an owner that starts
   the range as for a pair.

   The facts (definitions, calls, prototypes) come from the file at hand,
   or, when MN_RANGE_GROUPS names a file, from a first run in collect
   mode over all the files of the scan: then a group may span files.
   Without it (the kernel's coccicheck), a group is converted only when
   it lies in one file and its helper and wrappers are static. *)

type gdef = { d_file : string; d_name : string; d_line : int; d_col : int;
              d_static : bool; d_kind : string; d_nparams : int }
type gcall = { k_file : string; k_callee : string; k_caller : string;
               k_line : int; k_col : int; k_nargs : int }

(* Facts of the files this process parsed, and facts read from the
   collect run. *)
let l_defs : (string, gdef) Hashtbl.t = Hashtbl.create 53
let l_calls : (string, gcall) Hashtbl.t = Hashtbl.create 53
let l_protos : (string, string * int * int) Hashtbl.t = Hashtbl.create 53
let f_defs : (string, gdef) Hashtbl.t = Hashtbl.create 53
let f_calls : (string, gcall) Hashtbl.t = Hashtbl.create 53
let f_protos : (string, string * int * int) Hashtbl.t = Hashtbl.create 53
let f_files = ref []
let loaded = ref false
let whole_tree = ref false
let incomplete = ref false
(* The file spatch parses now, under the name its facts were taken with. *)
let orig_file = ref ""

let load_facts () =
  match Sys.getenv_opt "MN_RANGE_GROUPS" with
  | None | Some "" -> ()
  | Some path ->
    let ic = try open_in path with Sys_error m -> failwith ("MN_RANGE_GROUPS: " ^ m) in
    loaded := true;
    (try
       while true do
         match String.split_on_char '\t' (input_line ic) with
         | [ "def"; n; l; c; s; k; np; f ] ->
           Hashtbl.add f_defs n { d_file = f; d_name = n; d_line = int_of_string l;
                                  d_col = int_of_string c; d_static = s = "1";
                                  d_kind = k; d_nparams = int_of_string np }
         | [ "call"; g; fn; l; c; na; f ] ->
           Hashtbl.add f_calls g { k_file = f; k_callee = g; k_caller = fn;
                                   k_line = int_of_string l; k_col = int_of_string c;
                                   k_nargs = int_of_string na }
         | [ "proto"; n; l; c; f ] ->
           Hashtbl.add f_protos n (f, int_of_string l, int_of_string c)
         | [ "file"; f ] -> f_files := f :: !f_files
         | [ "tree"; "kernel" ] -> whole_tree := true
         | [ "incomplete" ] -> incomplete := true
         | _ -> ()
       done
     with End_of_file -> ());
    close_in ic;
    f_files := uniq !f_files

(* "static" before the name of a definition, back to the end of the
   previous top-level item. *)
let is_static file line col =
  let (s, _) = file_text file in
  let i = ref (offset file line col - 1) in
  while !i >= 0 && s.[!i] <> ';' && s.[!i] <> '}' do decr i done;
  let a = !i + 1 and b = offset file line col in
  let t = String.sub s a (max 0 (b - a)) in
  List.mem "static"
    (String.split_on_char ' '
       (String.map (fun c -> if (c >= 'a' && c <= 'z') || c = '_' then c else ' ') t))

(* What a function is for the groups (see above); "other" when it has old
   calls the groups do not handle.  An open helper may also end the range
   itself on its error paths (the ends its starts reach): every call of
   it then passes the range parameter. *)
let split_kind f =
  let cs = fn_calls f in
  let starts = List.filter (fun c -> is_start c.c_name) cs in
  let ends = List.filter (fun c -> not (is_start c.c_name)) cs in
  let form_in c l = match Hashtbl.find_opt form c.c_key with
    | Some x -> List.mem x l | None -> false in
  if cs = [] then "plain"
  else begin
    let seen = Hashtbl.create 7 in
    List.iter (fun c -> Hashtbl.replace seen c.c_key ()) cs;
    Hashtbl.iter (fun k () -> Hashtbl.replace seen k ()) new_calls;
    let clean = List.length (uniq (Hashtbl.find_all fn_defs f)) <= 1
                && List.concat_map (fun n -> unseen f n seen) names4 = [] in
    if not clean then "other"
    else if starts <> []
         && List.exists (fun s -> Hashtbl.mem open_ret s.c_key || ends = []) starts
         && List.for_all (fun s -> form_in s [ "stmt"; "if" ]) starts
         && List.for_all (fun e -> form_in e [ "stmt" ] &&
                                   List.exists (fun s -> Hashtbl.mem reach (s.c_key, e.c_key)) starts) ends
    then "open"
    else match starts, ends with
      | [], _ :: _ when List.for_all (fun e -> form_in e [ "stmt" ]) ends -> "close"
      | _ -> "other"
  end

(* The facts groups are built from: all those of the collect run, or
   those of the file at hand. *)
let g_defs () =
  if !loaded then f_defs
  else begin
    let t = Hashtbl.create 53 in
    Hashtbl.iter (fun n d -> if d.d_file = !orig_file then
                     Hashtbl.add t n { d with d_kind = split_kind (d.d_file, n) }) l_defs;
    t
  end
let g_calls () =
  if !loaded then f_calls
  else begin
    let t = Hashtbl.create 53 in
    Hashtbl.iter (fun n c -> if c.k_file = !orig_file then Hashtbl.add t n c) l_calls;
    t
  end
let g_protos () = if !loaded then f_protos else l_protos
let g_files () = if !loaded then !f_files else [ !orig_file ]

type group = {
  g_leaf : gdef;
  g_members : gdef list;	(* the leaf and its wrappers *)
  g_owners : gdef list;
  g_why : string option;	(* None: converted *)
}

let same a b = a.d_file = b.d_file && a.d_name = b.d_name && a.d_line = b.d_line
let fnames l = String.concat ", " (List.map (fun d -> d.d_name ^ "()") l)

(* The definition a call in FILE of NAME reaches: the static one of FILE,
   else the only other one. *)
let resolve defs file name =
  let all = Hashtbl.find_all defs name in
  match List.filter (fun d -> d.d_static && d.d_file = file) all with
  | [ d ] -> Some d
  | _ :: _ -> None
  | [] -> (match List.filter (fun d -> not d.d_static) all with [ d ] -> Some d | _ -> None)

let fn_span defs d =
  let next = Hashtbl.fold (fun _ d2 a ->
      if d2.d_file = d.d_file && d2.d_line > d.d_line then min a d2.d_line else a) defs max_int in
  (d.d_line, next - 1)

let build_group defs calls protos files leaf =
  let sprintf = Printf.sprintf in
  let other = if leaf.d_kind = "open" then "close" else "open" in
  let members = ref [ leaf ] and owners = ref [] and why = ref None in
  let fail m = if !why = None then why := Some m in
  let callers_of n =
    List.filter (fun c -> match resolve defs c.k_file c.k_callee with
        | Some d -> same d n | None -> false) (Hashtbl.find_all calls n.d_name) in
  let q = Queue.create () in
  Queue.add leaf q;
  while not (Queue.is_empty q) do
    let n = Queue.pop q in
    let cs = callers_of n in
    if cs = [] then fail (sprintf "%s() is called from no function of the scanned files" n.d_name);
    List.iter (fun c ->
        if c.k_nargs = 0 then fail (sprintf "%s() is called without arguments" n.d_name);
        match List.filter (fun d -> d.d_file = c.k_file) (Hashtbl.find_all defs c.k_caller) with
        | [ d ] ->
          if d.d_kind = other then begin
            if not (List.exists (same d) !owners) then owners := d :: !owners
          end else if d.d_kind = "plain" then begin
            if not (List.exists (same d) !members) then (members := d :: !members; Queue.add d q)
          end else
            fail (sprintf "%s() calls %s() and has mmu_notifier calls of its own" d.d_name n.d_name)
        | _ -> fail (sprintf "%s() is called at %s:%d outside a function the scan knows" n.d_name c.k_file c.k_line))
      cs
  done;
  let members = List.rev !members and owners = List.rev !owners in
  if List.exists (fun o -> List.exists (same o) members) owners then
    fail "a function of the group both owns and receives the range";
  List.iter (fun d ->
      if d.d_nparams = 0 then fail (sprintf "%s() takes no parameter" d.d_name);
      if not !loaded && not d.d_static then
        fail (sprintf "%s() is not static and its callers in other files are not known (no collect run)" d.d_name);
      if !loaded && !incomplete then
        fail (sprintf "the callers of %s() could not all be found" d.d_name))
    members;
  (* Every use of a member's name is its definition, a prototype, one of
     the calls above, or an export; anything else (a function pointer, a
     macro, code spatch did not parse) leaves the group to a human. *)
  let known = Hashtbl.create 53 in
  List.iter (fun d ->
      Hashtbl.replace known (d.d_file, d.d_line, d.d_col) ();
      List.iter (fun (f, l, c) -> Hashtbl.replace known (f, l, c) ()) (Hashtbl.find_all protos d.d_name);
      List.iter (fun c -> Hashtbl.replace known (c.k_file, c.k_line, c.k_col) ()) (callers_of d))
    members;
  List.iter (fun file ->
      let rec scan prev = function
        | [] -> ()
        | (s, l, c) :: rest ->
          (match List.find_opt (fun d -> d.d_name = s && (not d.d_static || d.d_file = file)) members with
           | Some d when not (Hashtbl.mem known (file, l, c)) ->
             if prev = "EXPORT_SYMBOL" || prev = "EXPORT_SYMBOL_GPL" then begin
               if not !whole_tree then
                 fail (sprintf "%s() is exported (%s:%d): its callers outside the scanned files are not known" s file l)
             end else
               fail (sprintf "%s() is used other than by a call at %s:%d (a function pointer?)" s file l)
           | _ -> ());
          scan s rest in
      scan "" (file_idents file))
    files;
  List.iter (fun d ->
      let (lo, hi) = fn_span defs d in
      if List.exists (fun (s, l, _) -> s = "range" && l >= lo && l <= hi) (file_idents d.d_file) then
        fail (sprintf "%s() already uses the name range" d.d_name))
    (List.append members owners);
  (* No owner at all: say so, whatever else went wrong on the way up. *)
  if owners = [] then
    why := Some (if leaf.d_kind = "open"
                 then sprintf "no function of the scanned files ends the range %s() leaves open" leaf.d_name
                 else sprintf "no function of the scanned files starts the range %s() ends" leaf.d_name);
  { g_leaf = leaf; g_members = members; g_owners = owners; g_why = !why }

let group_cache : (string, group list) Hashtbl.t = Hashtbl.create 7
let groups () =
  let key = if !loaded then "" else !orig_file in
  match Hashtbl.find_opt group_cache key with
  | Some g -> g
  | None ->
    let defs = g_defs () and calls = g_calls () in
    let protos = g_protos () and files = g_files () in
    let leaves = Hashtbl.fold (fun _ d a ->
        if d.d_kind = "open" || d.d_kind = "close" then d :: a else a) defs [] in
    let leaves = List.sort compare leaves in
    let all = List.map (build_group defs calls protos files) leaves in
    (* A leaf whose callers reach no owner and that owns another group is
       that group's owner, not a helper. *)
    let all = List.filter (fun g ->
        g.g_owners <> [] ||
        not (List.exists (fun g2 -> List.exists (same g.g_leaf) g2.g_owners) all)) all in
    let fns g = List.append g.g_members g.g_owners in
    let all = List.map (fun g ->
        match List.find_opt (fun d -> List.exists (fun g2 -> g2 != g &&
                                                  List.exists (same d) (fns g2)) all) (fns g) with
        | Some d when g.g_why = None ->
          { g with g_why = Some (Printf.sprintf "%s() belongs to two split pairs" d.d_name) }
        | _ -> g) all in
    Hashtbl.replace group_cache key all;
    all

(* The group of the function NAME of FILE, and its role there. *)
let group_of file name =
  List.find_map (fun g ->
      let is d = d.d_file = file && d.d_name = name in
      if is g.g_leaf then Some (g, "leaf")
      else if List.exists is g.g_owners then Some (g, "owner")
      else if List.exists is g.g_members then Some (g, "wrapper")
      else None) (groups ())

let group_ok file name role =
  match group_of file name with
  | Some (g, r) -> g.g_why = None && List.mem r role
  | None -> false

(* The range the old call at P passes once converted with its group. *)
let group_range ps =
  let (file, fn) = fk ps in
  match group_of file fn with
  | Some ({ g_why = None; _ }, "leaf") -> Some "range"
  | Some ({ g_why = None; _ }, "owner") -> Some "&range"
  | _ -> None

let member_here fn = group_ok !orig_file fn [ "leaf"; "wrapper" ]
let owner_here2 fn = group_ok !orig_file fn [ "owner" ]
(* An owner with no declaration gets a blank line after its range. *)
let owner_here fn bare = owner_here2 fn && Hashtbl.mem nolead (!orig_file, fn) = bare

(* The calls of a member of a converted group from a function of it
   (every call of a member is, or the group is left alone). *)
let member_name g =
  List.exists (fun gr -> gr.g_why = None &&
                         List.exists (fun d -> d.d_name = g &&
                                               (not d.d_static || d.d_file = !orig_file)) gr.g_members)
    (groups ())
let caller_role ps =
  match group_of !orig_file (pos ps).Coccilib.current_element with
  | Some (g, r) when g.g_why = None -> if r = "owner" then "owner" else "member"
  | _ -> ""

let member_proto name =
  List.exists (fun g -> g.g_why = None &&
                        List.exists (fun d -> d.d_name = name &&
                                              (not d.d_static || d.d_file = !orig_file)) g.g_members)
    (groups ())

(* A header that gets a prototype with the range and does not name the
   struct yet: once per file. *)
let needs_forward fn =
  let protos = List.sort compare (Hashtbl.fold (fun n (f, l, _) a ->
      if f = !orig_file && member_proto n then (l, n) :: a else a) (g_protos ()) []) in
  Filename.check_suffix !orig_file ".h"
  && not (List.exists (fun (s, _, _) -> s = "mmu_notifier_range") (file_idents !orig_file))
  && (match protos with (_, n) :: _ -> n = fn | [] -> false)

(* "* start" as spatch prints a dereference, made readable. *)
let deref s =
  let n = String.length s in
  if n > 2 && s.[0] = '*' && s.[1] = ' ' then "*" ^ String.sub s 2 (n - 2) else s

let group_message ps name =
  let (file, fn) = fk ps in
  match group_of file fn with
  | None -> None
  | Some (g, role) ->
    let sprintf = Printf.sprintf in
    let owners = fnames g.g_owners in
    Some (match g.g_why, role with
        | Some why, _ ->
          sprintf "%s() in %s(): the pair is split across functions (%s), and %s: convert them by hand"
            name fn (fnames (List.append g.g_members g.g_owners)) why
        | None, "leaf" when is_start name ->
          let c = List.find (fun c -> c.c_key = pk ps) (fn_calls (fk ps)) in
          sprintf "%s() starts a range that %s ends: mmu_notifier_range_init(range, %s, %s, %s); %s(range), with a struct mmu_notifier_range *range parameter passed down from them"
            name owners (deref c.c_m) (deref c.c_s) (deref c.c_e) name
        | None, "leaf" when g.g_leaf.d_kind = "open" ->
          sprintf "%s() ends the range on a path where %s() does not return it open: %s(range), the range its callers (%s) pass down"
            name fn name owners
        | None, "leaf" ->
          sprintf "%s() ends a range that %s starts: %s(range), with a struct mmu_notifier_range *range parameter passed down from them"
            name owners name
        | None, _ when is_start name ->
          let c = List.find (fun c -> c.c_key = pk ps) (fn_calls (fk ps)) in
          sprintf "%s() in %s() goes with %s: mmu_notifier_range_init(&range, %s, %s, %s); %s(&range), with &range passed down to them"
            name fn (fnames g.g_members) (deref c.c_m) (deref c.c_s) (deref c.c_e) name
        | None, _ ->
          sprintf "%s() in %s() goes with %s: %s(&range), with &range passed down to them"
            name fn (fnames g.g_members) name)

(* A call of a member of a group, as a site of the group. *)
let site_message ps callee =
  let (file, fn) = fk ps in
  match group_of file fn with
  | None -> None
  | Some (g, role) ->
    (match resolve (g_defs ()) file callee with
     | Some d when List.exists (same d) g.g_members ->
       Some (match g.g_why with
           | Some why ->
             Printf.sprintf "%s() call in %s(): the pair is split across functions (%s), and %s: convert them by hand"
               callee fn (fnames (List.append g.g_members g.g_owners)) why
           | None ->
             Printf.sprintf "%s() call in %s(): pass it %s, the range of a pair split across functions"
               callee fn (if role = "owner" then "&range" else "range"))
     | _ -> None)

let call_message ps name =
  match group_message ps name with
  | Some m -> m
  | None ->
  let v = decide (fk ps) in
  match Hashtbl.find_opt v.msgs (pk ps) with
  | Some m -> m
  | None ->
    let r = try Hashtbl.find v.names (pk ps) with Not_found -> "range" in
    let c = List.find (fun c -> c.c_key = pk ps) (fn_calls (fk ps)) in
    if is_start name then
      Printf.sprintf "use a struct mmu_notifier_range: mmu_notifier_range_init(&%s, %s, %s, %s); %s(&%s)"
        r c.c_m c.c_s c.c_e name r
    else
      Printf.sprintf "use the range of the start call on line %d: %s(&%s)"
        (try Hashtbl.find v.from (pk ps) with Not_found -> 0) name r

let dropped ps l =
  let f = fk ps in convertible f && List.mem l (decide f).dropped

(* Anchors, found again after the calls are rewritten. *)
(* spatch parses the rewritten file again under another name: key the
   function with the name of the file the facts came from. *)
(* With facts, the groups are decided before any file is rewritten (and
   before spatch forks its jobs): the text of every file is read as it
   was when the facts were collected, and every job decides alike. *)
let () = load_facts (); if !loaded then ignore (groups ())

let afk ps = (!cur_file, (pos ps).Coccilib.current_element)
let anc_pos : (fkey, (int * int) * string) Hashtbl.t = Hashtbl.create 53
let is_anchor ps =
  let f = afk ps in
  let p = pos ps in
  convertible f &&
  (let all = uniq (Hashtbl.find_all anc_pos f) in
   match (decide f).anchor with
   | After (t, i) ->
     let same = List.filter (fun (_, t2) -> t2 = t) all in
     (match List.nth_opt same i with
      | Some (lc, _) -> lc = (p.Coccilib.line, p.Coccilib.col)
      | None -> false)
   | First | Top -> false)

//----------------------------------------------------------------
//  Facts: the calls, their statements, the functions
//----------------------------------------------------------------

// A literal name, so that spatch (and --use-gitgrep) skips the files that
// call none of them without parsing them.
@named@
@@
(
mmu_notifier_invalidate_range_start(...)
|
mmu_notifier_invalidate_range_start_nonblock(...)
|
mmu_notifier_invalidate_range_end(...)
|
mmu_notifier_invalidate_range_only_end(...)
)

@oldcall depends on named@
identifier fc =~ "^mmu_notifier_invalidate_range_(start|start_nonblock|end|only_end)$";
expression M, S, E;
position p : script:ocaml() { not (api_file p) };
@@
fc@p(M, S, E)

@script:ocaml@
p << oldcall.p;
fc << oldcall.fc;
m << oldcall.M;
s << oldcall.S;
e << oldcall.E;
@@
add_call p fc m s e

// Calls already in the (&range) form, so that the text check knows them.
@newcall depends on oldcall@
identifier fc =~ "^mmu_notifier_invalidate_range_(start|start_nonblock|end|only_end)$";
expression R;
position p;
@@
fc@p(R)

@script:ocaml@
p << newcall.p;
@@
Hashtbl.replace new_calls (pk p) ()

@fdef depends on oldcall@
identifier fn;
position p;
@@
fn@p(...) { ... }

@script:ocaml@
p << fdef.p;
@@
Hashtbl.add fn_starts (pos p).Coccilib.file (pos p).Coccilib.line;
Hashtbl.add fn_defs (fk p) (pos p).Coccilib.line

// The function's declarations, and the last one before its first statement.
@fdecls depends on oldcall@
declaration d;
position p;
@@
d@p

@script:ocaml@
p << fdecls.p;
d << fdecls.d;
@@
let q = pos p in
Hashtbl.add decls (fk p) (q.Coccilib.line, q.Coccilib.col, q.Coccilib.line_end, q.Coccilib.col_end);
Hashtbl.replace decl_text (pk p) d

@flead depends on oldcall@
declaration d;
statement S;
position p;
@@
d@p
S

@script:ocaml@
p << flead.p;
@@
let l = (pos p).Coccilib.line in
match Hashtbl.find_opt lead (fk p) with
| Some l' when l' <= l -> ()
| _ -> Hashtbl.replace lead (fk p) l

@ffirst depends on oldcall@
identifier fn;
statement S;
position p;
@@
fn(...) {
  S@p
  ... when any
}

@script:ocaml@
p << ffirst.p;
@@
Hashtbl.replace nolead (fk p) ()

@fstmt depends on oldcall@
identifier fc =~ "^mmu_notifier_invalidate_range_(start|start_nonblock|end|only_end)$";
expression M, S, E;
position oldcall.p;
position q;
@@
fc@p@q(M, S, E);

@script:ocaml@
p << fstmt.q;
@@
set_form p "stmt"

@fif depends on oldcall@
identifier fc =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
expression M, S, E;
statement S1, S2;
position oldcall.p;
position q;
@@
(
if (fc@p@q(M, S, E)) S1 else S2
|
if (fc@p@q(M, S, E)) S1
|
if (!fc@p@q(M, S, E)) S1 else S2
|
if (!fc@p@q(M, S, E)) S1
)

@script:ocaml@
p << fif.q;
@@
set_form p "if"

@fassign depends on oldcall@
identifier fc =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
expression M, S, E, X;
position oldcall.p;
position q;
@@
X = fc@p@q(M, S, E);

@script:ocaml@
p << fassign.q;
@@
set_form p "assign"

@fconst depends on oldcall@
identifier fc =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
expression M, S, E;
type T;
identifier X;
position oldcall.p;
position q;
@@
const T X = fc@p@q(M, S, E);

@script:ocaml@
p << fconst.q;
@@
set_form p "const"

@fdecl depends on oldcall@
identifier fc =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
expression M, S, E;
type T;
identifier X;
statement S1;
position oldcall.p;
position q;
@@
T X = fc@p@q(M, S, E);
S1

@script:ocaml@
p << fdecl.q;
@@
set_form p "decl"

//----------------------------------------------------------------
//  Facts: pairs, overlaps, bounds written between start and end
//----------------------------------------------------------------

@pair depends on named exists@
identifier fs =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
identifier fe =~ "^mmu_notifier_invalidate_range_(only_)?end$";
expression M, S, E;
position p1, p2;
@@
fs@p1(M, S, E)
... when != mmu_notifier_invalidate_range_start(M, S, E)
    when != mmu_notifier_invalidate_range_start_nonblock(M, S, E)
fe@p2(M, S, E)

@script:ocaml@
p1 << pair.p1;
p2 << pair.p2;
@@
Hashtbl.replace reach (pk p1, pk p2) ()

// A start from which a path returns with the range still open: the start of
// a helper whose caller ends the range (a split pair), never a local one.
// A path that skips an end guarded by a condition alone ("if (x) _end();",
// with x set where the start is) is not one: spatch cannot know the
// condition holds; an end in an error branch that returns is no guard.
@openret depends on named exists@
identifier fs =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
position p1;
@@
fs@p1(...);
... when != mmu_notifier_invalidate_range_end(...)
    when != mmu_notifier_invalidate_range_only_end(...)
    when != if (...) { mmu_notifier_invalidate_range_end(...); }
    when != if (...) { mmu_notifier_invalidate_range_only_end(...); }
    when != if (...) mmu_notifier_invalidate_range_end(...);
    when != if (...) mmu_notifier_invalidate_range_only_end(...);
return ...;

@script:ocaml@
p1 << openret.p1;
@@
Hashtbl.replace open_ret (pk p1) ()

@anypair depends on named exists@
identifier fs =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
identifier fe =~ "^mmu_notifier_invalidate_range_(only_)?end$";
position p1, p2;
@@
fs@p1(...)
...
fe@p2(...)

@script:ocaml@
p1 << anypair.p1;
p2 << anypair.p2;
@@
Hashtbl.add anyreach (pk p2) (pk p1)

@btw depends on named exists@
identifier fs =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
identifier fs2 =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
identifier fe =~ "^mmu_notifier_invalidate_range_(only_)?end$";
expression M, S, E;
position pa, pb;
@@
fs@pa(M, S, E)
... when != mmu_notifier_invalidate_range_start(M, S, E)
    when != mmu_notifier_invalidate_range_start_nonblock(M, S, E)
    when != mmu_notifier_invalidate_range_end(M, S, E)
    when != mmu_notifier_invalidate_range_only_end(M, S, E)
fs2@pb(...)
... when != mmu_notifier_invalidate_range_start(M, S, E)
    when != mmu_notifier_invalidate_range_start_nonblock(M, S, E)
fe(M, S, E)

@script:ocaml@
pa << btw.pa;
pb << btw.pb;
@@
if pk pa <> pk pb then Hashtbl.replace between (pk pa, pk pb) ()

// Every subexpression of a start call's arguments; those written between
// the start and an end of the pair make the pair unsafe to convert.
@sublv depends on pair@
identifier fs =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
expression LV;
position p;
@@
fs@p(..., <+... LV ...+>, ...)

@clob depends on named exists@
identifier fs =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
identifier fe =~ "^mmu_notifier_invalidate_range_(only_)?end$";
expression M, S, E, X;
expression sublv.LV;
position sublv.p;
position pw;
assignment operator aop;
@@
fs@p(M, S, E)
... when != mmu_notifier_invalidate_range_start(M, S, E)
    when != mmu_notifier_invalidate_range_start_nonblock(M, S, E)
(
LV@pw aop X
|
LV@pw++
|
LV@pw--
|
 ++LV@pw
|
 --LV@pw
|
 &LV@pw
)
... when != mmu_notifier_invalidate_range_start(M, S, E)
    when != mmu_notifier_invalidate_range_start_nonblock(M, S, E)
fe(M, S, E)

@script:ocaml@
p << sublv.p;
lv << sublv.LV;
pw << clob.pw;
@@
if not (Hashtbl.mem clob (pk p)) then
  Hashtbl.replace clob (pk p) (tidy lv, (pos pw).Coccilib.line)

//----------------------------------------------------------------
//  Facts: names in use (range, mn_range, range2...)
//----------------------------------------------------------------

@cuse depends on oldcall@
identifier I =~ "^(mn_)?range[0-9]*$";
position p;
@@
I@p

@script:ocaml@
i << cuse.I;
p << cuse.p;
@@
Hashtbl.add used_names (fk p) i

@cdecl depends on oldcall@
identifier I =~ "^(mn_)?range[0-9]*$";
type T;
expression V;
position p;
@@
(
T I@p;
|
T I@p = V;
)

@script:ocaml@
i << cdecl.I;
p << cdecl.p;
@@
Hashtbl.add used_names (fk p) i

@cparam depends on oldcall@
identifier fn;
identifier I =~ "^(mn_)?range[0-9]*$";
type T;
position p;
@@
fn(..., T I@p, ...) { ... }

@script:ocaml@
i << cparam.I;
p << cparam.p;
@@
Hashtbl.add used_names (fk p) i

//----------------------------------------------------------------
//  Facts: the locals that carry the bounds (mmun_start, mmun_end)
//----------------------------------------------------------------

@argread depends on oldcall@
identifier fc =~ "^mmu_notifier_invalidate_range_(start|start_nonblock|end|only_end)$";
identifier L;
position pu;
expression E1;
@@
fc(E1, ..., <+... L@pu ...+>, ...)

@script:ocaml@
l << argread.L;
pu << argread.pu;
@@
Hashtbl.replace cands l ();
Hashtbl.replace argread (pk pu) ()

@valread depends on argread@
identifier lc2 : script:ocaml() { is_cand lc2 };
identifier lc;
type T;
position pw, pu;
@@
(
lc2@pw = <+... lc@pu ...+>;
|
T lc2@pw = <+... lc@pu ...+>;
)

@script:ocaml@
l2 << valread.lc2;
l << valread.lc;
pu << valread.pu;
@@
Hashtbl.replace cands l ();
Hashtbl.replace valread (pk pu) l2

@ldecl0 depends on argread@
identifier lc : script:ocaml() { is_cand lc };
type T;
position p;
@@
T lc@p;

@script:ocaml@
l << ldecl0.lc;
p << ldecl0.p;
@@
Hashtbl.add ldecl (fk p, l) (pk p, false)

@ldecl1 depends on argread@
identifier lc : script:ocaml() { is_cand lc };
type T;
expression V;
position p;
@@
T lc@p = V;

@script:ocaml@
l << ldecl1.lc;
p << ldecl1.p;
@@
Hashtbl.add ldecl (fk p, l) (pk p, true)

@lwst depends on argread@
identifier lc : script:ocaml() { is_cand lc };
expression V;
position p;
@@
lc@p = V;

@script:ocaml@
l << lwst.lc;
p << lwst.p;
@@
Hashtbl.add lwrite_stmt (fk p, l) (pk p)

@lwany depends on argread@
identifier lc : script:ocaml() { is_cand lc };
expression X;
assignment operator aop;
position p;
@@
(
lc@p aop X
|
lc@p++
|
lc@p--
|
 ++lc@p
|
 --lc@p
|
 &lc@p
)

@script:ocaml@
l << lwany.lc;
p << lwany.p;
@@
Hashtbl.add lwrite_any (fk p, l) (pk p)

@lrd depends on argread@
identifier lc : script:ocaml() { is_cand lc };
position p;
@@
lc@p

@script:ocaml@
l << lrd.lc;
p << lrd.p;
@@
Hashtbl.add lread (fk p, l) (pk p)

// The value of a local: where it is written, what it reads.
@lval depends on argread@
identifier lc : script:ocaml() { is_cand lc };
expression V;
type T;
position pv;
@@
(
lc@pv = V;
|
T lc@pv = V;
)

@lvsub depends on named@
identifier lval.lc;
position lval.pv;
expression LV;
type T;
@@
(
lc@pv = <+... LV ...+>;
|
T lc@pv = <+... LV ...+>;
)

// Nothing that the value reads may be written before a start call reads
// the local.
@lvclob depends on named exists@
identifier fs =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
identifier lval.lc;
expression lval.V;
position lval.pv;
expression lvsub.LV;
expression X;
assignment operator aop;
type T;
position pz;
@@
(
lc@pv = V;
|
T lc@pv = V;
)
...
(
LV@pz aop X
|
LV@pz++
|
LV@pz--
|
 ++LV@pz
|
 --LV@pz
|
 &LV@pz
)
...
fs(...)

@script:ocaml@
l << lval.lc;
pv << lval.pv;
pz << lvclob.pz;
@@
ignore pz;
Hashtbl.replace vclob (fk pv, l) ()

@lvbad depends on named@
identifier lval.lc;
position lval.pv;
expression X, Y;
assignment operator aop;
type T;
position pz;
@@
(
lc@pv = <+... \(X@pz aop Y\|X@pz++\|X@pz--\|++X@pz\|--X@pz\) ...+>;
|
T lc@pv = <+... \(X@pz aop Y\|X@pz++\|X@pz--\|++X@pz\|--X@pz\) ...+>;
)

@script:ocaml@
l << lval.lc;
pv << lval.pv;
pz << lvbad.pz;
@@
ignore pz;
Hashtbl.replace vbad (fk pv, l) ()

// Values that need no parentheses inside a larger expression.
@lvprim depends on named disable paren@
identifier lval.lc;
position lval.pv;
identifier I, F;
constant C;
expression E1, E2;
type T;
position pz;
@@
(
lc@pv = \(I@pz\|C@pz\|F@pz(...)\|E1@pz->F\|E1@pz.F\|E1@pz[E2]\|(E1@pz)\);
|
T lc@pv = \(I@pz\|C@pz\|F@pz(...)\|E1@pz->F\|E1@pz.F\|E1@pz[E2]\|(E1@pz)\);
)

@script:ocaml@
l << lval.lc;
pv << lval.pv;
pz << lvprim.pz;
@@
ignore pz;
Hashtbl.replace vprim (fk pv, l) ()

//----------------------------------------------------------------
//  Facts: split ranges (definitions, calls, prototypes)
//----------------------------------------------------------------

@gdef depends on oldcall || collect || groups@
identifier fn;
parameter list ps;
type T;
position p;
@@
T fn@p(ps) { ... }

@script:ocaml@
fn << gdef.fn;
ps << gdef.ps;
p << gdef.p;
@@
let q = pos p in
let file = q.Coccilib.file in
orig_file := file;
Hashtbl.add l_defs fn
  { d_file = file; d_name = fn; d_line = q.Coccilib.line; d_col = q.Coccilib.col;
    d_static = is_static file q.Coccilib.line q.Coccilib.col; d_kind = "?";
    d_nparams = (if ps = "" || ps = "void" then 0 else 1) }

@gcall depends on oldcall || collect || groups@
identifier g;
expression list es;
position p;
@@
g@p(es)

@script:ocaml@
g << gcall.g;
es << gcall.es;
p << gcall.p;
@@
let q = pos p in
orig_file := q.Coccilib.file;
Hashtbl.add l_calls g
  { k_file = q.Coccilib.file; k_callee = g; k_caller = q.Coccilib.current_element;
    k_line = q.Coccilib.line; k_col = q.Coccilib.col; k_nargs = (if es = "" then 0 else 1) }

@gproto depends on oldcall || collect || groups@
identifier g;
parameter list ps;
type T;
position p;
@@
T g@p(ps);

@script:ocaml@
g << gproto.g;
p << gproto.p;
@@
let q = pos p in
orig_file := q.Coccilib.file;
Hashtbl.add l_protos g (q.Coccilib.file, q.Coccilib.line, q.Coccilib.col)

// collect mode: the facts, one a line, tab-separated, the file last.
@script:ocaml depends on collect@
fn << gdef.fn;
p << gdef.p;
@@
let q = pos p in
let file = q.Coccilib.file in
let d = List.find (fun d -> d.d_file = file && d.d_line = q.Coccilib.line) (Hashtbl.find_all l_defs fn) in
Printf.printf "def\t%s\t%d\t%d\t%d\t%s\t%d\t%s\n" fn d.d_line d.d_col
  (if d.d_static then 1 else 0) (split_kind (file, fn)) d.d_nparams file

@script:ocaml depends on collect@
g << gcall.g;
es << gcall.es;
p << gcall.p;
@@
let q = pos p in
Printf.printf "call\t%s\t%s\t%d\t%d\t%d\t%s\n" g q.Coccilib.current_element
  q.Coccilib.line q.Coccilib.col (if es = "" then 0 else 1) q.Coccilib.file

@script:ocaml depends on collect@
g << gproto.g;
p << gproto.p;
@@
let q = pos p in
Printf.printf "proto\t%s\t%d\t%d\t%s\n" g q.Coccilib.line q.Coccilib.col q.Coccilib.file

//----------------------------------------------------------------
//  context, report and org modes
//----------------------------------------------------------------

@depends on context && !patch && !org && !report@
identifier fc =~ "^mmu_notifier_invalidate_range_(start|start_nonblock|end|only_end)$";
expression M, S, E;
position oldcall.p;
@@
* fc@p(M, S, E)

@script:ocaml depends on report@
p << oldcall.p;
fc << oldcall.fc;
@@
report p (call_message p fc)

@script:ocaml depends on org@
p << oldcall.p;
fc << oldcall.fc;
@@
todo p (call_message p fc)

// The calls that pass the range of a split pair down, as sites of its group.
@script:ocaml depends on report && (named || groups)@
p << gcall.p;
g << gcall.g;
@@
match site_message p g with Some m -> report p m | None -> ()

@script:ocaml depends on org && (named || groups)@
p << gcall.p;
g << gcall.g;
@@
match site_message p g with Some m -> todo p m | None -> ()

//----------------------------------------------------------------
//  patch mode: what each rule below gets, decided per function
//----------------------------------------------------------------

// The range each converted call passes: &range, or range in the helper of a
// split pair.
@script:ocaml rname depends on patch && !context && !org && !report@
p << oldcall.p;
r;
@@
match group_range p with
| Some e -> r := Coccilib.make_expr e
| None ->
let v = decide (fk p) in
match Hashtbl.find_opt v.names (pk p) with
| Some n when convertible (fk p) -> r := Coccilib.make_expr ("&" ^ n)
| _ -> Coccilib.include_match false

// Functions whose range goes at the top of the body.
@script:ocaml top depends on patch && !context && !org && !report@
p << oldcall.p;
fn;
id;
@@
let f = fk p in
if convertible f && (decide f).anchor = Top && first_time "top" f "" then begin
  fn := make_ident (snd f);
  id := make_ident (List.hd (decide f).vars)
end else begin fn := make_ident none; id := make_ident none end

// Functions without declarations: the range goes before the first statement.
@script:ocaml first depends on patch && !context && !org && !report@
p << oldcall.p;
fn;
id;
@@
let f = fk p in
if convertible f && (decide f).anchor = First && first_time "first" f "" then begin
  fn := make_ident (snd f);
  id := make_ident (List.hd (decide f).vars)
end else begin fn := make_ident none; id := make_ident none end

// Second and third range variables, after the first one.
@script:ocaml more2 depends on patch && !context && !org && !report@
p << oldcall.p;
fn;
id1;
id2;
@@
let f = fk p in
match (decide f).vars with
| a :: b :: _ when convertible f && first_time "more2" f "" ->
  fn := make_ident (snd f); id1 := make_ident a; id2 := make_ident b
| _ -> fn := make_ident none; id1 := make_ident none; id2 := make_ident none

@script:ocaml more3 depends on patch && !context && !org && !report@
p << oldcall.p;
fn;
id2;
id3;
@@
let f = fk p in
match (decide f).vars with
| _ :: b :: c :: _ when convertible f && first_time "more3" f "" ->
  fn := make_ident (snd f); id2 := make_ident b; id3 := make_ident c
| _ -> fn := make_ident none; id2 := make_ident none; id3 := make_ident none

// Dropped locals: their function, and whether their value needs
// parentheses inside a larger expression.
@script:ocaml drop depends on patch && !context && !org && !report@
l << lval.lc;
pv << lval.pv;
fn;
@@
if dropped pv l && first_time "drop" (fk pv) l then fn := make_ident (snd (fk pv))
else fn := make_ident none

@script:ocaml dropp depends on patch && !context && !org && !report@
l << lval.lc;
pv << lval.pv;
fn;
@@
if dropped pv l && not (Hashtbl.mem vprim (fk pv, l)) && first_time "dropp" (fk pv) l
then fn := make_ident (snd (fk pv))
else fn := make_ident none

@script:ocaml dropn depends on patch && !context && !org && !report@
l << lval.lc;
pv << lval.pv;
fn;
@@
if dropped pv l && Hashtbl.mem vprim (fk pv, l) && first_time "dropn" (fk pv) l
then fn := make_ident (snd (fk pv))
else fn := make_ident none

//----------------------------------------------------------------
//  patch mode: the calls
//----------------------------------------------------------------

@calls depends on patch && !context && !org && !report@
identifier fs =~ "^mmu_notifier_invalidate_range_start(_nonblock)?$";
identifier fe =~ "^mmu_notifier_invalidate_range_(only_)?end$";
position oldcall.p;
expression rname.r;
expression M, S, E, X;
statement S1, S2;
type T;
identifier Y;
@@
(
+ mmu_notifier_range_init(r, M, S, E);
- fs@p(M, S, E)
+ fs(r)
  ;
|
+ mmu_notifier_range_init(r, M, S, E);
  if (
- fs@p(M, S, E)
+ fs(r)
  ) S1 else S2
|
+ mmu_notifier_range_init(r, M, S, E);
  if (
- fs@p(M, S, E)
+ fs(r)
  ) S1
|
+ mmu_notifier_range_init(r, M, S, E);
  if (!
- fs@p(M, S, E)
+ fs(r)
  ) S1 else S2
|
+ mmu_notifier_range_init(r, M, S, E);
  if (!
- fs@p(M, S, E)
+ fs(r)
  ) S1
|
+ mmu_notifier_range_init(r, M, S, E);
  X =
- fs@p(M, S, E)
+ fs(r)
  ;
|
- T Y = fs@p(M, S, E);
+ T Y;
+
+ mmu_notifier_range_init(r, M, S, E);
+ Y = fs(r);
  S1
|
- fe@p(M, S, E)
+ fe(r)
  ;
)


//----------------------------------------------------------------
//  patch mode: split pairs, converted with their group
//----------------------------------------------------------------

// The helper and its wrappers take the range as a last parameter, in
// their definitions and prototypes.
// (An identifier from gdef: a rule that changes a function header and
// inherits nothing from a rule with tokens costs the step its grep query.)
@script:ocaml gmem depends on patch && !context && !org && !report@
fn << gdef.fn;
f;
@@
if member_here fn && first_time "gmem" (!orig_file, fn) "" then f := make_ident fn
else f := make_ident none

@depends on patch && !context && !org && !report@
identifier gmem.f;
parameter list ps;
type T;
@@
T f(ps
+ , struct mmu_notifier_range *range
  ) { ... }

@depends on (named || groups) && patch && !context && !org && !report@
identifier fn : script:ocaml() { member_proto fn };
parameter list ps;
type T;
@@
T fn(ps
+ , struct mmu_notifier_range *range
  );

// A header that declares one of them names the struct first: it may be
// included before <linux/mmu_notifier.h>.
@depends on (named || groups) && patch && !context && !org && !report@
identifier fn : script:ocaml() { needs_forward fn };
parameter list ps;
type T;
@@
+ struct mmu_notifier_range;
+
  T fn(ps);

// Their calls pass it down: range from a wrapper, &range from the owner.
@depends on (named || groups) && patch && !context && !org && !report@
identifier g : script:ocaml() { member_name g };
position p : script:ocaml() { caller_role p = "member" };
expression list es;
@@
- g@p(es)
+ g(es, range)

@depends on (named || groups) && patch && !context && !org && !report@
identifier g : script:ocaml() { member_name g };
position p : script:ocaml() { caller_role p = "owner" };
expression list es;
@@
- g@p(es)
+ g(es, &range)

// The owner's range, first in its body.
@depends on (named || groups) && patch && !context && !org && !report@
identifier fn : script:ocaml() { owner_here fn false };
@@
fn(...) {
+ struct mmu_notifier_range range;
  ... when any
}

@depends on (named || groups) && patch && !context && !org && !report@
identifier fn : script:ocaml() { owner_here fn true };
@@
fn(...) {
+ struct mmu_notifier_range range;
+
  ... when any
}

//----------------------------------------------------------------
//  patch mode: the declarations
//----------------------------------------------------------------

@anc depends on oldcall && patch && !context && !org && !report@
declaration d;
position pd;
@@
d@pd

@script:ocaml depends on patch && !context && !org && !report@
pd << anc.pd;
d << anc.d;
@@
let q = pos pd in
Hashtbl.add anc_pos (afk pd) ((q.Coccilib.line, q.Coccilib.col), d)

@script:ocaml ancs depends on patch && !context && !org && !report@
pd << anc.pd;
id;
@@
if is_anchor pd && first_time "anchor" (afk pd) "" then
  id := make_ident (List.hd (decide (afk pd)).vars)
else Coccilib.include_match false

@depends on patch && !context && !org && !report@
position anc.pd;
identifier ancs.id;
declaration d;
@@
  d@pd
+ struct mmu_notifier_range id;

@depends on patch && !context && !org && !report@
identifier top.fn, top.id;
@@
fn(...) {
+ struct mmu_notifier_range id;
  ... when any
}

@depends on patch && !context && !org && !report@
identifier first.fn, first.id;
@@
fn(...) {
+ struct mmu_notifier_range id;
+
  ... when any
}

@depends on patch && !context && !org && !report@
identifier more2.fn, more2.id1, more2.id2;
@@
fn(...) {
  ... when any
  struct mmu_notifier_range id1;
+ struct mmu_notifier_range id2;
  ... when any
}

@depends on patch && !context && !org && !report@
identifier more3.fn, more3.id2, more3.id3;
@@
fn(...) {
  ... when any
  struct mmu_notifier_range id2;
+ struct mmu_notifier_range id3;
  ... when any
}

//----------------------------------------------------------------
//  patch mode: the dropped locals' values go into the init calls
//----------------------------------------------------------------

// A whole argument: no parentheses (twice, for mmun_end = mmun_start).
@depends on patch && !context && !org && !report@
identifier drop.fn;
identifier lval.lc;
expression lval.V;
@@
fn(...) {
  <...
  mmu_notifier_range_init(...,
- lc
+ V
  ,...)
  ...>
}

@depends on patch && !context && !org && !report@
identifier drop.fn;
identifier lval.lc;
expression lval.V;
@@
fn(...) {
  <...
  mmu_notifier_range_init(...,
- lc
+ V
  ,...)
  ...>
}

// Inside a larger argument (mmun_start + HPAGE_PMD_SIZE): parenthesised
// unless the value is a primary expression.  Twice, for two levels.
@depends on patch && !context && !org && !report@
identifier dropp.fn;
identifier lval.lc;
expression lval.V;
@@
fn(...) {
  <...
  mmu_notifier_range_init(..., <+...
- lc
+ (V)
  ...+>, ...)
  ...>
}

@depends on patch && !context && !org && !report@
identifier dropn.fn;
identifier lval.lc;
expression lval.V;
@@
fn(...) {
  <...
  mmu_notifier_range_init(..., <+...
- lc
+ V
  ...+>, ...)
  ...>
}

@depends on patch && !context && !org && !report@
identifier dropp.fn;
identifier lval.lc;
expression lval.V;
@@
fn(...) {
  <...
  mmu_notifier_range_init(..., <+...
- lc
+ (V)
  ...+>, ...)
  ...>
}

@depends on patch && !context && !org && !report@
identifier dropn.fn;
identifier lval.lc;
expression lval.V;
@@
fn(...) {
  <...
  mmu_notifier_range_init(..., <+...
- lc
+ V
  ...+>, ...)
  ...>
}

//----------------------------------------------------------------
//  patch mode: the dropped locals go
//----------------------------------------------------------------

@depends on patch && !context && !org && !report@
identifier drop.fn;
identifier lval.lc;
expression V;
@@
fn(...) {
  <...
- lc = V;
  ...>
}

@depends on patch && !context && !org && !report@
identifier drop.fn;
identifier lval.lc;
type T;
@@
fn(...) {
  ... when any
- T lc;
  ... when any
}

@depends on patch && !context && !org && !report@
identifier drop.fn;
identifier lval.lc;
type T;
expression V;
@@
fn(...) {
  ... when any
- T lc = V;
  ... when any
}
