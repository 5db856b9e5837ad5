#!/bin/sh
# run.sh RUNFOREIGN QEMU HAVE_QEMU WAITSTATUS TEST... -- run each signal test
# and compare how it ends and what it prints.
#
# A test's source (tests/sig/NAME.S or NAME.c) states in its header comment,
# on lines of the form " * key: value":
#   expect: exited N | killed N   how its parent must see it end (required)
#   stderr: TEXT                  runforeign's stderr must contain TEXT
#   send: SIG MS                  another process sends SIG after MS ms
#   native: same                  the x86-64 build must end and print the same
#   qemu: status-only REASON      qemu-aarch64 prints otherwise (a qemu bug):
#                                 compare only how it ends
#   qemu: skip REASON             qemu-aarch64 ends otherwise (a qemu bug)
# Every test must end as expected under qemu-aarch64 (proving the
# expectations) and under runforeign, with the same stdout as qemu's.
# If tests/sig/NAME.expected exists, runforeign's stdout must equal it.
rf=$1 qemu=$2 have_qemu=$3 ws=$4
shift 4
pass=0 fail=0
# qemu's default "max" CPU has SVE, whose signal record overrides the
# fpsimd one on return; the guest CPU here is ARMv8.0 with FP/AdvSIMD.
QEMU_CPU=cortex-a72
export QEMU_CPU

directive() { sed -n "s/^ \\* $1: *//p" "$2" | head -1; }

fail() { echo "FAIL sig/$name: $*"; fail=$((fail + 1)); }

for t in "$@"; do
	name=$(basename "$t")
	case $name in *.native) continue ;; esac
	src=tests/sig/$name.c
	[ -f "$src" ] || src=tests/sig/$name.S
	expect=$(directive expect "$src")
	want_err=$(directive stderr "$src")
	send=$(directive send "$src")
	native=$(directive native "$src")
	qemu_mode=$(directive qemu "$src")
	opts=
	[ -n "$send" ] && opts="-s ${send% *} -d ${send#* }"
	if [ -z "$expect" ]; then fail "no 'expect:' line in $src"; continue; fi

	if [ "$have_qemu" = yes ] && [ "${qemu_mode%% *}" != skip ]; then
		got=$("$ws" $opts "$qemu" "$t" 2>"$t.qemu.err" >"$t.qemu.out"; tail -1 "$t.qemu.out")
		sed -i '$d' "$t.qemu.out"
		if [ "$got" != "$expect" ]; then
			fail "under qemu-aarch64: $got, expected $expect"; cat "$t.qemu.out" "$t.qemu.err" | head -10
			continue
		fi
	fi
	got=$("$ws" $opts "$rf" "$t" 2>"$t.err" >"$t.out"; tail -1 "$t.out")
	sed -i '$d' "$t.out"
	if [ "$got" != "$expect" ]; then
		fail "$got, expected $expect"; cat "$t.out" | head -10; head -10 "$t.err"
		continue
	fi
	case $expect in
	killed*)
		# The same through a shell: $? is 128 + the signal number.
		st=$((128 + ${expect#killed }))
		[ -z "$send" ] && st=$(sh -c '"$1" "$2" >/dev/null 2>&1 </dev/null; echo $?' sh "$rf" "$t" 2>/dev/null)
		if [ "$st" != $((128 + ${expect#killed })) ]; then
			fail "shell saw \$?=$st"
			continue
		fi ;;
	esac
	if [ -f "tests/sig/$name.expected" ] && ! cmp -s "$t.out" "tests/sig/$name.expected"; then
		fail "stdout differs from tests/sig/$name.expected:"; diff "tests/sig/$name.expected" "$t.out" | head -10
		continue
	fi
	if [ "$have_qemu" = yes ] && [ -z "$qemu_mode" ] &&
	   ! cmp -s "$t.out" "$t.qemu.out"; then
		fail "stdout differs from qemu-aarch64's:"; diff "$t.qemu.out" "$t.out" | head -10
		continue
	fi
	if [ -n "$want_err" ] && ! grep -qF -- "$want_err" "$t.err"; then
		fail "stderr lacks '$want_err':"; head -5 "$t.err"
		continue
	fi
	if [ "$native" = same ]; then
		got=$("$ws" $opts "$t.native" 2>/dev/null >"$t.native.out"; tail -1 "$t.native.out")
		sed -i '$d' "$t.native.out"
		if [ "$got" != "$expect" ] || ! cmp -s "$t.out" "$t.native.out"; then
			fail "differs from the x86-64 build ($got):"; diff "$t.native.out" "$t.out" | head -10
			continue
		fi
	fi
	pass=$((pass + 1))
done
echo "sig: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
