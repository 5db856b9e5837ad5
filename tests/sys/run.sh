#!/bin/sh
# run.sh RUNNER DIR NAME... -- run each guest conformance program under
# RUNNER (runforeign, or uc_run) as DIR/guest/NAME and natively as
# DIR/native/NAME, each in its own fresh scratch directory with stdin from
# /dev/null, and require identical output and exit status.
bin=$1 dir=$2
shift 2
pass=0 fail=0
for t in "$@"; do
	for how in native guest; do
		w=$dir/work/$t.$how
		rm -rf "$w" && mkdir -p "$w"
		if [ $how = native ]; then
			(cd "$w" && "$OLDPWD/$dir/native/$t") </dev/null >"$dir/$t.$how.out" 2>&1
		else
			(cd "$w" && "$OLDPWD/$bin" "$OLDPWD/$dir/guest/$t") </dev/null >"$dir/$t.$how.out" 2>&1
		fi
		echo "exit $?" >>"$dir/$t.$how.out"
	done
	if cmp -s "$dir/$t.native.out" "$dir/$t.guest.out"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: tests/sys/$t.c: output under $(basename "$bin") differs from native:"
		diff "$dir/$t.native.out" "$dir/$t.guest.out" | head -20
	fi
done
echo "tests/sys under $(basename "$bin"): $pass passed, $fail failed"
[ $fail -eq 0 ]
