#!/bin/sh
# run.sh RUNFOREIGN DIR CALLS SEED... -- run DIR/native/sysfuzz and, under
# RUNFOREIGN, DIR/guest/sysfuzz with each SEED, and fail if runforeign
# crashed (internal error, status 120, a host signal), hung (timeout), or a
# line differs from the native one for a syscall not in exclusions.txt.
rf=$1 dir=$2 calls=$3
shift 3
excl=tests/sysfuzz/exclusions.txt
fail=0 total=0
# The fuzzers must leave the machine's shared files alone (run as root, a
# chmod of /dev/null through fd 0 once made it unusable).
shared="/dev/null /dev/zero"
before=$(stat -c '%n %a %u:%g' $shared)
for seed in "$@"; do
	n=$dir/seed$seed.native.out g=$dir/seed$seed.guest.out
	timeout 120 "$dir/native/sysfuzz" "$seed" "$calls" >"$n" 2>"$n.err"
	echo "exit $?" >>"$n"
	timeout 240 "$rf" "$dir/guest/sysfuzz" "$seed" "$calls" >"$g" 2>"$g.err"
	st=$?
	echo "exit $st" >>"$g"
	total=$((total + calls))
	if [ $st -ge 120 ] || grep -q 'runforeign: internal error' "$g.err"; then
		echo "FAIL: seed $seed: runforeign status $st (crash, hang or internal error)"
		tail -3 "$g.err"
		fail=1
	fi
	# Compare line by line, dropping the lines exclusions.txt names on
	# both sides (decided from the native line, so both drop the same).
	paste -d '\n' "$n" "$g" | awk -f tests/sysfuzz/exclude.awk "$excl" - >"$dir/seed$seed.pairs"
	awk 'NR % 2 == 1' "$dir/seed$seed.pairs" >"$n.cmp"
	awk 'NR % 2 == 0' "$dir/seed$seed.pairs" >"$g.cmp"
	skipped=$(( $(wc -l <"$n") - $(wc -l <"$n.cmp") ))
	echo "seed $seed: $skipped lines excluded by $excl"
	if ! cmp -s "$n.cmp" "$g.cmp"; then
		d=$(diff "$n.cmp" "$g.cmp" | grep -c '^<')
		echo "FAIL: seed $seed: $d lines differ from native (first ones below; all in $dir)"
		diff "$n.cmp" "$g.cmp" | head -12
		fail=1
	fi
done
after=$(stat -c '%n %a %u:%g' $shared)
if [ "$before" != "$after" ]; then
	echo "FAIL: the fuzzers changed shared files (mode or owner):"
	echo "before: $before"
	echo "after:  $after"
	fail=1
fi
echo "sysfuzz: $total calls per build over seeds $*: $([ $fail = 0 ] && echo passed || echo FAILED)"
exit $fail
