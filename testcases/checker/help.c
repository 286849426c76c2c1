/*
 * --help prints the usage on stdout and exits 0.
 */

/*
 * check-name: --help
 * check-command: mncheck --help
 *
 * check-output-start
usage: mncheck [options] [sparse/gcc options] file.c...

Lint for the mmu_notifier and migrate_vma kernel APIs, on sparse's parser.
Findings go to stderr as 'file:line:col: warning: message [rule]'; notes
('file:line:col: note: ...') say what could not be checked, and why.
As kbuild's checker: make C=1 CHECK=mncheck [CF="-Wno-<rule>"].

  -W<rule>, -Wno-<rule>  enable or disable a rule
  --target=<version>     enable old-api: report forms older than that kernel
                         (x.y or x.y.z; any other value is clang's target
                         triple, as kbuild passes it with LLVM=1: ignored)
  --baseline FILE        do not report findings listed in FILE
                         (lines: file<TAB>function<TAB>rule)
  --fatal                exit 1 when something is reported or could not be
                         checked (default: 0)
  --all-files            also report findings in included files
  --emit-baseline        print the findings as baseline lines on stdout
  --sparse-warnings      also print sparse's own warnings and errors (by
                         default a file with sparse errors gets one note:
                         how many, and which callbacks were not analysed)
  --list-rules           print rule<TAB>on|off<TAB>description
  --explain <rule>       why a rule matters and how to fix what it finds
  --help, --version

Every other option goes to sparse (-I, -D, -include, ...); gcc and clang
options such as -c, -o, -Werror, -Wp,-MMD, -mllvm <arg> or -Xclang <arg>
are accepted and ignored; nothing is written.  A -W option that names no
rule but looks meant for one gets a warning.
Silence one site with a comment on the line or the line above, such as
  // mncheck: ignore <rule> -- why
 * check-output-end
 */
