#!/bin/sh
# run.sh -- the `make bench` runner.
#
# Usage: run.sh BUILD_DIR RUNFOREIGN QEMU
#   BUILD_DIR holds native/NAME, arm64/NAME and timeit (built by bench/rules.mk).
# Each benchmark runs BENCH_RUNS times (default 3) natively, under QEMU
# (skipped when empty or missing) and under RUNFOREIGN --stats, with the
# iteration count from the table below times BENCH_SCALE percent (default 100).
# The table shows median CPU time (user+system) and median wall time per
# configuration, the CPU-time ratios runforeign/native and runforeign/qemu,
# and runforeign's guest instructions per second, from the line
#   runforeign: stats: guest_insns=N wall_ms=M
# it prints at exit (per CPU second and per wall second of its own count).
# Every run's standard output must equal the native run's (the benchmarks
# print checksums); a mismatch or a failure is shown instead of a time.

bdir=$1 rf=$2 qemu=$3
runs=${BENCH_RUNS:-3}
scale=${BENCH_SCALE:-100}
timeit=$bdir/timeit
work=$bdir/work
mkdir -p "$work"

# name  iterations at 100% (about 0.1 s of CPU natively on a 2020s x86-64)
BENCHES="coremark_like:12000 dhrystone_like:4000000 fp_kernels:1500"

[ -n "$qemu" ] && ! command -v "$qemu" >/dev/null 2>&1 && qemu=

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure CONFIG NAME ITERS CMD... -- run BENCH_RUNS times; leaves
# $work/NAME.CONFIG.{cpu,wall,insns,insn_wall} (one value per run) and
# $work/NAME.CONFIG.bad (a reason, empty when all runs were good).
measure() {
	cfg=$1 name=$2 iters=$3
	shift 3
	base=$work/$name.$cfg
	: >"$base.cpu"; : >"$base.wall"; : >"$base.insns"; : >"$base.insn_wall"; : >"$base.bad"
	r=0
	while [ $r -lt "$runs" ]; do
		r=$((r + 1))
		set -- $("$timeit" /dev/null "$base.out" "$base.err" "$@" "$iters") "$@"
		status=$1 wall=$2 cpu=$3
		shift 3
		if [ "$status" != 0 ]; then
			echo "status $status: $(grep -m1 -v '^runforeign: stats' "$base.err")" >"$base.bad"
			break
		fi
		if [ "$cfg" != native ] && ! cmp -s "$base.out" "$work/$name.native.out"; then
			echo "wrong output: $(head -c 100 "$base.out")" >"$base.bad"
			break
		fi
		echo "$cpu" >>"$base.cpu"
		echo "$wall" >>"$base.wall"
		sed -n 's/^runforeign: stats: guest_insns=\([0-9]*\) wall_ms=\([0-9.]*\).*/\1 \2/p' "$base.err" |
			while read -r n ms; do echo "$n" >>"$base.insns"; echo "$ms" >>"$base.insn_wall"; done
	done
}

cell() { # cell NAME CONFIG -- "cpu/wall" medians in seconds, or the failure
	if [ -s "$work/$1.$2.bad" ]; then echo "FAIL"; return; fi
	c=$(median <"$work/$1.$2.cpu") w=$(median <"$work/$1.$2.wall")
	[ "$c" = - ] && { echo "-"; return; }
	awk -v c="$c" -v w="$w" 'BEGIN { printf "%.3f/%.2f\n", c / 1000, w / 1000 }'
}

ratio() { # ratio NAME CFG_A CFG_B -- median CPU of A over B
	a=$(median <"$work/$1.$2.cpu" 2>/dev/null) b=$(median <"$work/$1.$3.cpu" 2>/dev/null)
	if [ -s "$work/$1.$2.bad" ] || [ -s "$work/$1.$3.bad" ] || [ "$a" = - ] || [ "$b" = - ] ||
	   [ -z "$a" ] || [ -z "$b" ]; then echo "-"; return; fi
	awk -v a="$a" -v b="$b" 'BEGIN { if (b > 0) printf "%.1fx\n", a / b; else print "-" }'
}

mips() { # mips NAME -- guest Minsn per CPU second / per wall second (runforeign's wall_ms)
	n=$(median <"$work/$1.rf.insns") ms=$(median <"$work/$1.rf.insn_wall") c=$(median <"$work/$1.rf.cpu")
	if [ -s "$work/$1.rf.bad" ] || [ "$n" = - ]; then echo "-"; return; fi
	awk -v n="$n" -v ms="$ms" -v c="$c" 'BEGIN { printf "%.1f/%.1f\n", n / c / 1000, (ms > 0 ? n / ms / 1000 : 0) }'
}

echo "bench: $runs runs each, scale $scale%; times are median CPU s / wall s"
for spec in $BENCHES; do
	name=${spec%%:*} iters=$(( ${spec#*:} * scale / 100 ))
	[ "$iters" -gt 0 ] || iters=1
	measure native "$name" "$iters" "$bdir/native/$name"
	[ -n "$qemu" ] && measure qemu "$name" "$iters" "$qemu" "$bdir/arm64/$name"
	measure rf "$name" "$iters" "$rf" --stats "$bdir/arm64/$name"
done

printf '%-15s %10s %14s %14s %14s %10s %9s %15s\n' benchmark iterations native qemu-aarch64 \
	runforeign rf/native rf/qemu "rf Minsn/s"
for spec in $BENCHES; do
	name=${spec%%:*} iters=$(( ${spec#*:} * scale / 100 ))
	q="-"; rq="-"
	[ -n "$qemu" ] && q=$(cell "$name" qemu) rq=$(ratio "$name" rf qemu)
	printf '%-15s %10s %14s %14s %14s %10s %9s %15s\n' "$name" "$iters" "$(cell "$name" native)" \
		"$q" "$(cell "$name" rf)" "$(ratio "$name" rf native)" "$rq" "$(mips "$name")"
done
for f in "$work"/*.bad; do
	[ -s "$f" ] && echo "bench: $(basename "$f" .bad): $(cat "$f")"
done
echo "bench: Minsn/s = guest instructions per CPU second / per second of runforeign's wall_ms"
exit 0
