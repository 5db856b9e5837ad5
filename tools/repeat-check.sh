#!/bin/sh
# repeat-check.sh N [MAKEFLAGS...] -- run the whole `make check` N times in
# a row, as CI would (no retries): stop at the first failing run and say
# which, else report every run's duration.  Each run's output is kept in
# build/repeat-check/run-K.log.  Exit status 0 only when all N runs pass.
n=${1:-20}
shift
dir=${B:-build}/repeat-check
mkdir -p "$dir" || exit 2
times=
k=1
while [ "$k" -le "$n" ]; do
	start=$(date +%s)
	if ! make "$@" check >"$dir/run-$k.log" 2>&1; then
		echo "repeat-check: run $k of $n FAILED after $(($(date +%s) - start)) s (log: $dir/run-$k.log):"
		grep -E '^(FAIL|XPASS)|Error [0-9]|failed' "$dir/run-$k.log" | head -n 20
		exit 1
	fi
	secs=$(($(date +%s) - start))
	times="$times $secs"
	echo "repeat-check: run $k of $n passed in $secs s"
	k=$((k + 1))
done
echo "repeat-check: $n of $n consecutive runs passed; durations (s):$times"
