#!/bin/sh
# run.sh RUNFOREIGN ROUNDS TEST... -- run every stress test ROUNDS times
# under runforeign (each run limited to 60 s); a test passes when it exits 0
# and prints a line starting with "ok".  Prints PASS/FAIL per test and
# "stress: N passed, M failed"; exits 1 on any failure.
rf=$1 rounds=$2
shift 2
pass=0 fail=0
for t in "$@"; do
	name=$(basename "$t")
	r=0 bad=
	while [ "$r" -lt "$rounds" ]; do
		r=$((r + 1))
		timeout 60 "$rf" "$t" >"$t.out" 2>"$t.err"
		st=$?
		if [ "$st" -ne 0 ] || ! grep -q '^ok' "$t.out"; then
			bad="round $r: status $st: $(head -c 300 "$t.err")"
			break
		fi
	done
	if [ -z "$bad" ]; then
		echo "PASS stress/$name"
		pass=$((pass + 1))
	else
		echo "FAIL stress/$name: $bad"
		fail=$((fail + 1))
	fi
done
echo "stress: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
