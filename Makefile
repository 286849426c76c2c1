# SPDX-License-Identifier: GPL-2.0-only
#
# mnmigrate: mmu_notifier / migrate_vma API migration and lint tool.
# `make help` lists every target and variable.  GNU Make and POSIX sh only;
# every target that needs a host tool depends on `deps`, which installs what
# is missing (Debian, as root) and builds libsparse from sparse's source.

NAME      := mnmigrate
VERSION   := 0.1
SHELL     := /bin/sh
comma     := ,
BUILDDIR  := build
SPARSE    := $(BUILDDIR)/sparse

##V PREFIX      install prefix (default /usr/local); DESTDIR is honoured
PREFIX    ?= /usr/local
DESTDIR   ?=
##V SPARSE_SRC  an unpacked sparse 0.6.4 source tree to build libsparse from
SPARSE_SRC ?=
##V CC, CFLAGS  compiler and flags for the checker (default gcc, -O2 -g)
CC        ?= gcc
CFLAGS    ?= -O2 -g
WARNFLAGS := -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare \
	     -Wno-missing-field-initializers

##V KDIR        kernel tree to work on (demo: default testcases/example-tree)
KDIR  ?=
##V MODE        coccicheck mode: report (default), patch, context, org
MODE  ?= report
##V M           coccicheck: only this folder of KDIR; lint: the module's git repo (absolute M=: an external module, KDIR its kernel build)
M     ?=
##V STEP        only these steps (names of cocci/series, comma-separated)
STEP  ?=
##V TO          last API version: series, driver-patch convert to it, coccicheck reports up to it (default auto: KDIR's)
TO    ?= auto
##V OUT         series: folder for the patch series (default beside KDIR)
OUT   ?=
##V SIGNOFF     series: 1 adds your Signed-off-by
SIGNOFF ?=
##V BUILD       series: 1 compile-checks the objects each commit touches
BUILD ?=
##V O           bench: the kbuild build folder of KDIR (default KDIR) for the checker timing
##V NOCACHE     coccicheck: 1 runs every step again (no result cache)
##V KCACHE      kernel-test: where the Debian kernel trees go (default build/kcache)
KCACHE ?= $(BUILDDIR)/kcache
##V RECORD_SITES kernel-test: 1 records the line counts of our runs in testcases/kernel/sites (review the diff)
RECORD_SITES ?=
##V VERSIONS    build-proof: only these versions (comma-separated, e.g. 6.3,5.14; default all)
VERSIONS ?=
##V J           spatch jobs (default: the number of cores)
J     ?=
##V Q           1: quiet, only final summaries
Q     ?=

##V DIR         driver-patch: the driver folder (in a kernel tree or out of tree)
DIR   ?=
##V COMPAT      driver-patch: 1 keeps the old forms under LINUX_VERSION_CODE tests (or the module's own macro)
COMPAT ?=
##V VERIFY      driver-patch: a kernel build of the target version; builds the converted module (make -C VERIFY M=)
VERIFY ?=
##V RANGE       lint: the commits to lint (default @{upstream}..HEAD, else HEAD~1..HEAD)
RANGE ?=
##V PATCH       lint: a patch file to lint instead
PATCH ?=
##V STAGED      lint: 1 lints the staged change
STAGED ?=
##V CF          lint: checker flags, e.g. -Wno-event-ignored
CF    ?=
##V HOOK        install-hook: pre-commit (default) or pre-push
HOOK  ?= pre-commit
##V FORCE       install-hook: 1 replaces an existing hook (kept as <hook>.mnmigrate-old)
FORCE ?=

##V MAXSIZE     the largest file the jobs read, in bytes (default 16 MiB)
MAXSIZE ?=

# The values a job takes reach its script through the environment, as
# MNV_<name>, never pasted into the recipe's shell text: a path holding
# `cmd`, $(cmd) or a quote stays a string.  The recipes only paste
# constants ($(if $(filter 1,$(Q)),--quiet) and the like).
JOB_VARS := KDIR MODE M STEP TO OUT O KCACHE J DIR RANGE PATCH CF HOOK VERIFY VERSIONS
$(foreach v,$(JOB_VARS),$(eval export MNV_$(v) = $$($(v))))
export MN_MAX_SIZE = $(MAXSIZE)
# Our variables (KDIR=, M=, O=...) are not for the kernel's make that
# series BUILD=1 and bench run: command-line values stay in this make.
MAKEOVERRIDES :=

CHECKER_SRCS := $(sort $(wildcard checker/*.c))
CHECKER_OBJS := $(CHECKER_SRCS:checker/%.c=$(BUILDDIR)/checker/%.o)
CHECKER_HDRS := $(wildcard checker/*.h checker/*.def)

export NAME VERSION

.PHONY: all deps check check-cocci check-checker check-scripts demo \
	coccicheck series driver-patch lint install-hook kernel-test build-proof bench bench-steps fuzz \
	install clean help

##T all           build checker/mncheck (the default target)
all: checker/mncheck

##T deps          install missing host tools (Debian, as root), build libsparse
deps:
	@mkdir -p $(BUILDDIR)
	@sh mk/deps.sh
	@if [ -n "$(SPARSE_SRC)" ] || [ ! -f $(SPARSE)/libsparse.a ]; then \
		echo "  LIBSPARSE $(SPARSE)"; \
		sh mk/libsparse.sh $(BUILDDIR) $(SPARSE_SRC) || exit 1; \
	fi

$(SPARSE)/libsparse.a: | deps

$(BUILDDIR)/checker/%.o: checker/%.c $(CHECKER_HDRS) | deps
	@mkdir -p $(@D)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) $(WARNFLAGS) -I$(SPARSE) -Ichecker -c -o $@ $<

checker/mncheck: $(CHECKER_OBJS) $(SPARSE)/libsparse.a
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) -o $@ $(CHECKER_OBJS) $(SPARSE)/libsparse.a

##T check         run every test suite; ends with "N passed, M failed"
check: deps all
	@sh testcases/check-all.sh

##T check-cocci   semantic-patch tests only
check-cocci: deps
	@sh testcases/check-all.sh cocci

##T check-checker checker tests only
check-checker: deps all
	@sh testcases/check-all.sh checker

##T check-scripts script tests only
check-scripts: deps all
	@sh testcases/check-all.sh scripts

##T demo          apply the series to a copy of the example tree (or KDIR)
demo: deps all
	@sh scripts/demo $${MNV_KDIR:+"--kdir=$$MNV_KDIR"}

##T coccicheck    the steps up to KDIR's API level (TO= forward port) in MODE (M=, STEP=); never writes
coccicheck: deps
	@sh scripts/coccicheck --kdir="$$MNV_KDIR" --mode="$$MNV_MODE" \
		--to="$$MNV_TO" \
		$${MNV_M:+"--subdir=$$MNV_M"} $${MNV_STEP:+"--step=$$MNV_STEP"} \
		$${MNV_J:+"--jobs=$$MNV_J"} $(if $(filter 1,$(Q)),--quiet) \
		$(if $(filter 1,$(NOCACHE)),--no-cache)

##T series        one commit per step on the git tree KDIR (TO=, OUT=, SIGNOFF=1)
series: deps
	@sh scripts/apply-series --kdir="$$MNV_KDIR" --to="$$MNV_TO" \
		$${MNV_OUT:+"--out=$$MNV_OUT"} $(if $(filter 1,$(SIGNOFF)),--signoff) \
		$(if $(filter 1,$(BUILD)),--build) $(if $(filter 1,$(Q)),--quiet) \
		$${MNV_J:+"--jobs=$$MNV_J"}

##T kernel-test   real-tree tests on Debian's 6.1 and 5.10 trees and 6.1 linux-headers (long; KCACHE=)
kernel-test: deps all
	@set -f; IFS=,; sh mk/kernel-test.sh "$$MNV_KCACHE" $(if $(filter 1,$(RECORD_SITES)),--record-sites) $$MNV_STEP

##T build-proof   the series builds on Debian's 6.1 and 5.10 at each later API (VERSIONS=; part of kernel-test)
build-proof: deps
	@set -f; IFS=,; J=$${MNV_J:-2} sh mk/build-proof.sh "$$MNV_KCACHE" $$MNV_VERSIONS

##T bench         whole-tree timings on KDIR (O= build folder): see README
bench: deps all
	@sh mk/bench.sh "$$MNV_KDIR" "$$MNV_O"

##T bench-steps   where a cold run on KDIR spends its time, step by step: see README
bench-steps: deps all
	@sh mk/bench-steps.sh "$$MNV_KDIR"

##T fuzz          AFL++ on the checker for FUZZ_SECONDS (default 300); crashes become tests
fuzz: deps all
	@sh mk/fuzz.sh

##T driver-patch  DIR=<driver dir> [TO=] [KDIR=] [OUT=file] [COMPAT=1] [VERIFY=<kernel build>]: one patch
driver-patch: deps
	@sh scripts/driver-patch --dir="$$MNV_DIR" --to="$$MNV_TO" $${MNV_VERIFY:+"--verify=$$MNV_VERIFY"} \
		$${MNV_KDIR:+"--kdir=$$MNV_KDIR"} $${MNV_OUT:+"--out=$$MNV_OUT"} \
		$(if $(filter 1,$(COMPAT)),--compat) $(if $(filter 1,$(Q)),--quiet) \
		$${MNV_J:+"--jobs=$$MNV_J"}

##T lint          KDIR=<git tree> [RANGE=a..b|PATCH=file|STAGED=1] [CF=-Wno-rule]: new findings only;
##T               KDIR=<kernel build> M=<module git repo>: the module's change, kbuild's flags
lint: deps all
	@sh scripts/presubmit --kdir="$$MNV_KDIR" $${MNV_M:+"--module=$$MNV_M"} \
		$${MNV_RANGE:+"--range=$$MNV_RANGE"} $(if $(filter 1,$(Q)),--quiet) \
		$${MNV_PATCH:+"--patch=$$MNV_PATCH"} $(if $(filter 1,$(STAGED)),--staged) \
		$${MNV_STEP:+"--step=$$MNV_STEP"} $${MNV_CF:+"--checker-flags=$$MNV_CF"} \
		$${MNV_J:+"--jobs=$$MNV_J"}

##T install-hook  KDIR=<git tree> [HOOK=pre-commit|pre-push] [FORCE=1]: lint as a git hook;
##T               M=<module git repo> [KDIR=<kernel build>]: in the module's repository
install-hook: all
	@sh scripts/install-hook --kdir="$$MNV_KDIR" $${MNV_M:+"--module=$$MNV_M"} \
		--hook="$$MNV_HOOK" \
		$(if $(filter 1,$(FORCE)),--force)

##T install       install the checker, the scripts and cocci/ under PREFIX
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/$(NAME)/cocci \
		$(DESTDIR)$(PREFIX)/share/$(NAME)/scripts
	install -m 755 checker/mncheck $(DESTDIR)$(PREFIX)/bin/mncheck
	install -m 644 cocci/series cocci/*.cocci cocci/*.h \
		$(DESTDIR)$(PREFIX)/share/$(NAME)/cocci/
	install -m 644 scripts/mn-lib.sh scripts/combine-steps.awk scripts/compat-merge.awk \
		scripts/compat-regions.awk $(DESTDIR)$(PREFIX)/share/$(NAME)/scripts/
	install -m 755 scripts/ocamlopt-cache $(DESTDIR)$(PREFIX)/share/$(NAME)/scripts/
	# demo's built-in input and the test API headers it checks against.
	mkdir -p $(DESTDIR)$(PREFIX)/share/$(NAME)/testcases
	cp -R testcases/example-tree testcases/include $(DESTDIR)$(PREFIX)/share/$(NAME)/testcases/
	for s in apply-series coccicheck demo driver-patch presubmit install-hook; do \
		install -m 755 scripts/$$s $(DESTDIR)$(PREFIX)/share/$(NAME)/scripts/$$s; \
		ln -sf ../share/$(NAME)/scripts/$$s $(DESTDIR)$(PREFIX)/bin/$(NAME)-$$s; \
	done

##T clean         remove build outputs (keeps the fetched sparse source)
clean:
	rm -rf $(BUILDDIR)/checker $(BUILDDIR)/tests $(BUILDDIR)/tokens $(BUILDDIR)/results checker/mncheck

##T help          this list
help:
	@echo "Targets:"
	@sed -n 's/^##T /  /p' $(MAKEFILE_LIST)
	@echo "Variables:"
	@sed -n 's/^##V /  /p' $(MAKEFILE_LIST)
