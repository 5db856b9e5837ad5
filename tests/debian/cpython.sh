#!/bin/sh
# cpython.sh -- CPython's own regression tests (Debian's
# libpython3.11-testsuite) run by the arm64 python3.11 under an emulator.
#
# Usage: cpython.sh EMU ROOT WORK TEST...
# Runs `python3.11 -m test -v TEST` per TEST in WORK (regrtest makes its
# temporary directories there), with ROOT as the sysroot.  A test passes
# when regrtest says "Tests result: SUCCESS"; prints PASS/FAIL with the
# number of unit tests run (and the failing ones), then
# "cpython: N passed, M failed".  DEBIAN_CPYTHON_TIMEOUT (default 1800 s)
# bounds one test module: test_math and test_decimal take minutes.

emu=$1 root=$2 work=$3
shift 3
timeout_s=${DEBIAN_CPYTHON_TIMEOUT:-1800}
srcdir=$(pwd)
case $root in /*) ;; *) root=$srcdir/$root ;; esac
case $work in /*) ;; *) work=$srcdir/$work ;; esac
case $emu in /*) ;; */*) emu=$srcdir/$emu ;; esac
if [ ! -d "$root/usr/lib/python3.11/test/libregrtest" ]; then
	echo "cpython: SKIP: no CPython test suite under $root (libpython3.11-testsuite)"
	exit 0
fi
mkdir -p "$work"
export TZ=UTC LC_ALL=C.UTF-8 HOME=/nonexistent PATH=/usr/bin:/bin
unset LANG LANGUAGE PYTHONPATH PYTHONHOME
pass=0 fail=0
for t in "$@"; do
	log=$work/$t.log
	start=$(date +%s)
	(cd "$work" && timeout -k 10 "$timeout_s" $emu -L "$root" -0 /usr/bin/python3.11 \
		"$root/usr/bin/python3.11" -m test -v "$t") >"$log" 2>&1
	st=$? secs=$(($(date +%s) - start))
	ran=$(sed -n 's/^Ran \([0-9]*\) tests.*/\1/p' "$log" | tail -n 1)
	res=$(grep -E '^(OK|FAILED)' "$log" | tail -n 1)
	if [ $st -eq 0 ] && grep -q '^Tests result: SUCCESS' "$log"; then
		pass=$((pass + 1))
		echo "PASS cpython/$t: ${ran:-?} tests, $res, ${secs}s"
	else
		fail=$((fail + 1))
		echo "FAIL cpython/$t: status $st, ${ran:-?} tests, ${res:-no result}, ${secs}s (log: $log)"
		grep -E '^(FAIL|ERROR):' "$log" | head -n 10 | sed 's/^/  /'
		grep -E '^runforeign:' "$log" | head -n 3 | sed 's/^/  /'
	fi
done
echo "cpython: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
