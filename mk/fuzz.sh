#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Fuzz the checker with AFL++ for a bounded time, then report the crashes.
#
# Builds an instrumented libsparse and checker into build/fuzz/ (never
# touching build/sparse), seeds from testcases/checker/*.c, runs afl-fuzz
# for FUZZ_SECONDS (default 300) and lists what crashed.  Each crash must
# become a test in testcases/checker/ and be fixed.
#
# Crashes inside libsparse's parser are caught by the checker (the file is
# reported as not checked) and do not count: only the checker's own code
# is fuzzed for crashes.  Hangs are listed but do not fail the run.
#
# Usage: sh mk/fuzz.sh [--help]
# Environment: FUZZ_SECONDS, FUZZ_VERSION (kernel API of the test headers,
# default 6,1,0), FUZZ_FLAGS (checker options, default --target=6.10 so
# that old-api runs too), BUILD (default build).
set -u

die() { echo "fuzz: $*" >&2; exit 2; }

case ${1:-} in
-h|--help)
	sed -n '4,19s/^# \{0,1\}//p' "$0"
	exit 0
	;;
esac

top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-build}
case $build in
/*) ;;
*) build=$top/$build ;;
esac
seconds=${FUZZ_SECONDS:-300}
version=${FUZZ_VERSION:-6,1,0}
flags=${FUZZ_FLAGS---target=6.10}
fuzz=$build/fuzz
sparse_src=$build/sparse

case $seconds in
''|*[!0-9]*) die "FUZZ_SECONDS must be a number of seconds, not '$seconds'" ;;
esac

# AFL++ from Debian, installed when we may.
if ! command -v afl-fuzz >/dev/null 2>&1 || ! command -v afl-cc >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "  APT     afl++"
		DEBIAN_FRONTEND=noninteractive apt-get install -y afl++ >/dev/null 2>&1 ||
			{ apt-get update >/dev/null 2>&1 &&
			  DEBIAN_FRONTEND=noninteractive apt-get install -y afl++ >/dev/null 2>&1; } ||
			die "apt-get install afl++ failed"
	else
		echo "fuzz: AFL++ is missing; as root run: apt-get install -y afl++" >&2
		exit 1
	fi
fi

[ -f "$sparse_src/lib.h" ] || die "no sparse source in $sparse_src (run make deps)"

# An instrumented copy of libsparse: same sources, afl-cc, its own folder.
mkdir -p "$fuzz" || die "cannot create $fuzz"
# rebuilt when missing or older than the library it copies
if [ ! -f "$fuzz/sparse/libsparse.a" ] ||
   [ -n "$(find "$sparse_src/libsparse.a" -newer "$fuzz/sparse/libsparse.a" 2>/dev/null)" ]; then
	echo "  AFL-CC  $fuzz/sparse/libsparse.a"
	rm -rf "$fuzz/sparse"
	mkdir -p "$fuzz/sparse" || die "cannot create $fuzz/sparse"
	(cd "$sparse_src" && tar cf - --exclude='*.o' --exclude='*.a' \
		--exclude='.*.d' --exclude='.git' .) |
		(cd "$fuzz/sparse" && tar xf -) || die "cannot copy $sparse_src"
	AFL_QUIET=1 make -s -C "$fuzz/sparse" CC=afl-cc CFLAGS="-O1 -g" \
		libsparse.a >"$fuzz/sparse.log" 2>&1 ||
		die "building the instrumented libsparse failed (see $fuzz/sparse.log)"
fi

echo "  AFL-CC  $fuzz/mncheck"
mkdir -p "$fuzz/obj"
objs=
for src in "$top"/checker/*.c; do
	obj=$fuzz/obj/$(basename "$src" .c).o
	AFL_QUIET=1 afl-cc -O1 -g -I"$fuzz/sparse" -I"$top/checker" -c -o "$obj" "$src" \
		>>"$fuzz/build.log" 2>&1 || die "afl-cc $src failed (see $fuzz/build.log)"
	objs="$objs $obj"
done
# shellcheck disable=SC2086 # a list of object files
AFL_QUIET=1 afl-cc -o "$fuzz/mncheck" $objs "$fuzz/sparse/libsparse.a" \
	>>"$fuzz/build.log" 2>&1 || die "linking $fuzz/mncheck failed (see $fuzz/build.log)"

# Seeds: the test files, which include the test headers.
rm -rf "$fuzz/in"
mkdir -p "$fuzz/in"
for t in "$top"/testcases/checker/*.c; do
	cp "$t" "$fuzz/in/"
done

# Words that steer the mutations towards what the rules look at.
cat >"$fuzz/dict" <<'EOF'
"mmu_notifier_range"
"mmu_notifier_ops"
"mmu_interval_notifier_ops"
"migrate_vma"
"->event"
"->owner"
".invalidate"
".invalidate_range_start"
".flags"
".pgmap_owner"
".src_owner"
"MMU_NOTIFY_MIGRATE"
"MMU_NOTIFY_EXCLUSIVE"
"MIGRATE_VMA_SELECT_DEVICE_PRIVATE"
"mmu_interval_set_seq"
"mmu_interval_read_retry"
"mmu_notifier_range_blockable"
"migrate_vma_setup"
"mutex_lock"
"mutex_unlock"
"container_of"
"switch"
"case"
"return"
"goto"
"static"
"struct"
"typeof"
"__typeof__"
"_Static_assert"
"#include"
"#define"
"{"
"}"
"("
")"
EOF

out=$fuzz/out
rm -rf "$out"
echo "  FUZZ    $seconds s (results in $out)"
# shellcheck disable=SC2086 # $flags: several options
AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
AFL_NO_AFFINITY=1 AFL_SKIP_CRASHES=1 \
	afl-fuzz -i "$fuzz/in" -o "$out" -x "$fuzz/dict" -m none -t 5000 \
	-V "$seconds" -- "$fuzz/mncheck" $flags -I "$top/testcases/include" \
	"-DLINUX_VERSION_CODE=KERNEL_VERSION($version)" @@ >"$fuzz/afl.log" 2>&1
rc=$?
if [ ! -d "$out/default" ]; then
	tail -20 "$fuzz/afl.log" >&2
	die "afl-fuzz did not run (exit $rc, see $fuzz/afl.log)"
fi

stats=$out/default/fuzzer_stats
if [ -f "$stats" ]; then
	grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs) *:' "$stats" |
		sed 's/ *: */: /; s/^/  /'
fi
crashes=$(find "$out/default/crashes" -type f -name 'id:*' 2>/dev/null | sort)
hangs=$(find "$out/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
echo "  hangs: $hangs (in $out/default/hangs)"
if [ -n "$crashes" ]; then
	echo "fuzz: crashes (each must become a test in testcases/checker/):"
	for c in $crashes; do
		echo "  $c"
	done
	exit 1
fi
echo "fuzz: no crash in $seconds s"
exit 0
