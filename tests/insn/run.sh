#!/bin/sh
# run.sh RUNFOREIGN QEMU HAVE_QEMU TEST... -- run each insn test under
# qemu-aarch64 (oracle for the expectations) and under runforeign.
rf=$1 qemu=$2 have_qemu=$3
shift 3
pass=0 fail=0
for t in "$@"; do
	name=$(basename "$t")
	if [ "$have_qemu" = yes ] && ! "$qemu" "$t" >/dev/null 2>"$t.qemu.err"; then
		echo "FAIL insn/$name: expectations wrong under qemu-aarch64:"; cat "$t.qemu.err"
		fail=$((fail + 1)); continue
	fi
	if "$rf" "$t" >/dev/null 2>"$t.err"; then
		pass=$((pass + 1))
	else
		echo "FAIL insn/$name (exit $?):"; head -20 "$t.err"
		fail=$((fail + 1))
	fi
done
echo "insn: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
