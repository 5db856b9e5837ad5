#!/bin/sh
# run.sh RUNNER DIR NAME... -- run each guest conformance program under
# RUNNER (runforeign, or uc_run) as DIR/guest/NAME and natively as
# DIR/native/NAME, each in its own fresh scratch directory with stdin from
# /dev/null, and require identical output and exit status.  Scratch
# directories and outputs go under DIR/RUNNER-NAME/, so that runs under
# runforeign and uc_run (make -j) never share a directory.
bin=$1 dir=$2
shift 2
out=$dir/runs-$(basename "$bin")
pass=0 fail=0
for t in "$@"; do
	for how in native guest; do
		w=$out/work/$t.$how
		rm -rf "$w" && mkdir -p "$w"
		if [ $how = native ]; then
			(cd "$w" && "$OLDPWD/$dir/native/$t") </dev/null >"$out/$t.$how.out" 2>&1
		else
			(cd "$w" && "$OLDPWD/$bin" "$OLDPWD/$dir/guest/$t") </dev/null >"$out/$t.$how.out" 2>&1
		fi
		echo "exit $?" >>"$out/$t.$how.out"
	done
	if cmp -s "$out/$t.native.out" "$out/$t.guest.out"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: tests/sys/$t.c: output under $(basename "$bin") differs from native:"
		diff "$out/$t.native.out" "$out/$t.guest.out" | head -20
	fi
done
echo "tests/sys under $(basename "$bin"): $pass passed, $fail failed"
[ $fail -eq 0 ]
