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
only="$*"
timeout_s=${E2E_TIMEOUT:-120}
suite=e2e
xfail_file=$(pwd)/tests/e2e/xfail.txt
. tests/lib/differ.sh
native_dir=$(abspath "$native_dir") guest_dir=$(abspath "$guest_dir") work=$(abspath "$work")

# run_side DIR PROG STDIN ENVWORDS ARGS... -- run one side, recording out/err/status in DIR.
run_side() {
	dir=$1 prog=$2 in=$3 envw=$4
	shift 4
	( cd "$dir" && eval "timeout -k 5 $timeout_s env -i $envw $prog \"\$@\"" \
		<"$in" >"$dir.out" 2>"$dir.err"; echo $? >"$dir.status" )
}

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
	judge "$name" "$sample" native
done <"$cases"

summary
