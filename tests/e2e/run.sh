#!/bin/sh
# run.sh -- differential end-to-end runner for samples/.
#
# Usage: run.sh EMU NATIVE_DIR GUEST_DIR CASES WORK [CASE...]
#   EMU         command that runs an AArch64 program (build/runforeign,
#               qemu-aarch64, ...; may carry options)
#   NATIVE_DIR  directory of the host builds of the samples
#   GUEST_DIR   directory of the AArch64 builds (same file names)
#   CASES       the table (tests/e2e/cases.txt)
#   WORK        scratch directory, recreated per case
#   CASE...     run only these cases (default: all)
# Each case runs the native program directly and the AArch64 program under
# EMU with the same argv[0] ("./SAMPLE"), arguments, standard input and
# environment (env -i plus the case's variables), each in its own fresh
# directory with an empty tmp/ subdirectory.  Standard output, standard error
# and the exit status must be byte-identical, with one allowance: uname's
# machine name is the one legitimate difference, so "x86_64" in the native
# side's output is read as "aarch64".  Prints one line per failing
# case with the reason and a diff, then "e2e: N passed, M failed".
# E2E_TIMEOUT (seconds, default 120) bounds each run.

emu=$1 native_dir=$2 guest_dir=$3 cases=$4 work=$5
shift 5
timeout_s=${E2E_TIMEOUT:-120}
srcdir=$(pwd)
pass=0 fail=0 failed_names= xfail=0 xfail_names=

abspath() { case $1 in /*) echo "$1" ;; *) echo "$srcdir/$1" ;; esac; }
native_dir=$(abspath "$native_dir") guest_dir=$(abspath "$guest_dir") work=$(abspath "$work")

# Resolve the emulator's program to an absolute path: env -i clears PATH.
emu_prog=${emu%% *}
emu_rest=${emu#"$emu_prog"}
case $emu_prog in
*/*) emu_prog=$(abspath "$emu_prog") ;;
*) emu_prog=$(command -v "$emu_prog") || { echo "e2e: emulator '$emu' not found"; exit 2; } ;;
esac
[ -x "$emu_prog" ] || { echo "e2e: emulator '$emu_prog' is not executable"; exit 2; }
emu="$emu_prog$emu_rest"

# Known failures of runforeign (tests/e2e/xfail.txt: "case reason..."):
# reported as XFAIL while they fail; one that passes fails the run (XPASS)
# so that its line gets removed.  Other emulators are held to every case.
xfail_file=$srcdir/tests/e2e/xfail.txt
xfail_reason() {
	case $emu_prog in */runforeign) ;; *) return 1 ;; esac
	[ -f "$xfail_file" ] || return 1
	awk -v c="$1" '$1 == c { $1 = ""; sub(/^ /, ""); print; found = 1 } END { exit !found }' "$xfail_file"
}

# describe STATUS -- the shell's status with its likely meaning.
describe() {
	if [ "$1" -eq 124 ]; then echo "timed out after ${timeout_s}s"
	elif [ "$1" -gt 128 ] && [ "$1" -le 192 ]; then
		echo "status $1 (SIG$(kill -l $(($1 - 128)) 2>/dev/null))"
	else echo "exit $1"; fi
}

# run_side DIR PROG STDIN ENVWORDS ARGS... -- run one side, recording out/err/status in DIR.
run_side() {
	dir=$1 prog=$2 in=$3 envw=$4
	shift 4
	( cd "$dir" && eval "timeout -k 5 $timeout_s env -i $envw $prog \"\$@\"" \
		<"$in" >"$dir.out" 2>"$dir.err"; echo $? >"$dir.status" )
}

selected() {
	[ -z "$only" ] && return 0
	for o in $only; do [ "$o" = "$1" ] && return 0; done
	return 1
}
only="$*"

mkdir -p "$work"; : >"$work/diagnostics"
while read -r name sample stdin envs args; do
	case $name in ''|'#'*) continue ;; esac
	selected "$name" || continue
	[ "$args" = - ] && args=
	[ "$stdin" = - ] && stdin=/dev/null || stdin=$(abspath "$stdin")
	envw=
	if [ "$envs" != - ]; then
		old_ifs=$IFS; IFS=,
		for kv in $envs; do envw="$envw '$kv'"; done
		IFS=$old_ifs
	fi
	args=$(printf '%s' "$args" | sed 's|@TMP@|tmp|g')
	w=$work/$name
	rm -rf "$w"; mkdir -p "$w/native/tmp" "$w/guest/tmp"
	ln -s "$native_dir/$sample" "$w/native/$sample"
	ln -s "$guest_dir/$sample" "$w/guest/$sample"
	eval "set -- $args"
	run_side "$w/native" "./$sample" "$stdin" "$envw" "$@"
	run_side "$w/guest" "$emu ./$sample" "$stdin" "$envw" "$@"
	sed 's/x86_64/aarch64/g' "$w/native.out" >"$w/native.out.m" && mv "$w/native.out.m" "$w/native.out"
	ns=$(cat "$w/native.status") gs=$(cat "$w/guest.status")
	why=
	[ "$ns" = "$gs" ] || why="status: native $(describe "$ns"), guest $(describe "$gs")"
	cmp -s "$w/native.out" "$w/guest.out" || why="${why:+$why; }stdout differs"
	cmp -s "$w/native.err" "$w/guest.err" || why="${why:+$why; }stderr differs"
	xr=$(xfail_reason "$name")
	if [ -z "$why" ] && [ -n "$xr" ]; then
		fail=$((fail + 1)) failed_names="$failed_names $name"
		echo "XPASS e2e/$name: passes now, remove it from tests/e2e/xfail.txt"
		continue
	fi
	if [ -z "$why" ]; then
		pass=$((pass + 1))
		continue
	fi
	if [ -n "$xr" ]; then
		xfail=$((xfail + 1)) xfail_names="$xfail_names $name"
		echo "XFAIL e2e/$name: $xr"
		continue
	fi
	fail=$((fail + 1)) failed_names="$failed_names $name"
	echo "FAIL e2e/$name ($sample): $why"
	# The emulator's own diagnostics say why: collect them for the summary.
	grep '^runforeign:' "$w/guest.err" | head -n 3 | sed 's/ at pc 0x[0-9a-f]*//' >>"$work/diagnostics"
	if [ "$ns" != "$gs" ] && [ "$gs" -gt 128 ]; then
		sed 's/^/  guest stderr: /' "$w/guest.err" | head -n 5
		continue
	fi
	diff -u --label native.out --label guest.out "$w/native.out" "$w/guest.out" | head -n 20
	diff -u --label native.err --label guest.err "$w/native.err" "$w/guest.err" | head -n 12
done <"$cases"

if [ "$fail" -ne 0 ]; then
	echo "e2e: failing:$failed_names"
	if [ -s "$work/diagnostics" ]; then
		echo "e2e: emulator diagnostics (count, message):"
		sort "$work/diagnostics" | uniq -c | sort -rn | head -n 15
	fi
fi
[ "$xfail" -eq 0 ] || echo "e2e: $xfail known failures (tests/e2e/xfail.txt):$xfail_names"
echo "e2e: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
