#!/bin/sh
# run.sh -- runforeign as the kernel's binfmt_misc handler for AArch64 ELF
# programs, for real: register, run `./prog` directly, unregister.
#
# Usage: run.sh RUNFOREIGN WORK [DEBIAN_ROOT]
# Needs root and a binfmt_misc file system (mounted here if it is not, and
# unmounted again); otherwise prints SKIP and why.  Whatever happens, the
# rules it registered are removed on exit.  Prints PASS/FAIL per case and
# "binfmt: N passed, M failed".
rf=$1 work=$2 droot=${3:-}
dir=/proc/sys/fs/binfmt_misc
srcdir=$(pwd)
case $rf in /*) ;; *) rf=$srcdir/$rf ;; esac
case $work in /*) ;; *) work=$srcdir/$work ;; esac
case $droot in /*|'') ;; *) droot=$srcdir/$droot ;; esac

[ "$(id -u)" -eq 0 ] || { echo "binfmt: SKIP: needs root (registering a binfmt_misc rule)"; exit 0; }
command -v aarch64-linux-gnu-gcc >/dev/null || { echo "binfmt: SKIP: no aarch64-linux-gnu-gcc"; exit 0; }
mounted=
if [ ! -e "$dir/register" ]; then
	mount -t binfmt_misc binfmt_misc "$dir" 2>/dev/null ||
		{ echo "binfmt: SKIP: cannot mount binfmt_misc on $dir (not in this kernel or container)"; exit 0; }
	mounted=yes
fi
for r in runforeign-aarch64 runforeign-aarch64-p; do
	[ -e "$dir/$r" ] && { echo "binfmt: SKIP: $r is registered already (by someone else)"; exit 0; }
done
cleanup() {
	for r in runforeign-aarch64 runforeign-aarch64-p; do
		[ -e "$dir/$r" ] && echo -1 >"$dir/$r"
	done
	[ -n "$mounted" ] && umount "$dir"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

rm -rf "$work"
mkdir -p "$work"
cd "$work" || exit 2
aarch64-linux-gnu-gcc -O1 -o hello "$srcdir/tests/binfmt/hello.c" &&
aarch64-linux-gnu-gcc -O1 -static -o hello-static "$srcdir/tests/binfmt/hello.c" || exit 2
cp hello-static hello-xonly && chmod 711 hello-xonly
ln -sf "$rf" runforeign-binfmt-P

pass=0 fail=0
# check NAME EXPECTED-FILE ACTUAL-FILE -- compare and report.
check() {
	if cmp -s "$2" "$3"; then
		pass=$((pass + 1)) && echo "PASS binfmt/$1"
	else
		fail=$((fail + 1)) && echo "FAIL binfmt/$1" &&
			diff -u --label expected --label actual "$2" "$3" | head -n 12
	fi
}
# expect NAME STATUS LINE... -- the last command's output (out) against LINEs.
expect() {
	name=$1 want=$2
	shift 2
	printf '%s\n' "$@" "status $want" >want
	echo "status $st" >>out
	check "$name" want out
}

"$rf" --binfmt register >out 2>&1; st=$?
expect register 0 "registered runforeign-aarch64: AArch64 ELF programs run with $(readlink -f "$rf") (flags POF)"
"$rf" --binfmt status | grep -v -e '^magic' -e '^mask' -e '^offset' >out; st=$?
expect status 0 "runforeign-aarch64 is registered:" enabled "interpreter $(readlink -f "$rf")" "flags: POF"

./hello a 'b c' >out 2>&1; st=$?
expect dynamic 7 "argv[0]=./hello" "argv[1]=a" "argv[2]=b c" "exe=$work/hello"
perl -e 'exec {"./hello-static"} "other-name", "x"' >out 2>&1; st=$?
expect argv0_kept 7 "argv[0]=other-name" "argv[1]=x" "exe=$work/hello-static"
sh -c "cd / && $work/hello-static" >out 2>&1; st=$?
expect from_shell 7 "argv[0]=$work/hello-static" "exe=$work/hello-static"
if command -v setpriv >/dev/null; then
	setpriv --reuid=65534 --regid=65534 --clear-groups ./hello-xonly >out 2>&1; st=$?
	expect exec_only_O 7 "argv[0]=./hello-xonly" "exe=$work/hello-xonly"
fi
if [ -n "$droot" ] && [ -x "$droot/bin/ls" ]; then
	RUNFOREIGN_SYSROOT=$droot "$droot/bin/ls" --version >out 2>&1; st=$?
	echo "status $st" >>out
	{ ls --version; echo "status 0"; } >want
	check debian_ls want out
	RUNFOREIGN_SYSROOT=$droot "$droot/bin/dash" -c 'echo $0; exit 3' >out 2>&1; st=$?
	echo "status $st" >>out
	printf '%s\n' "$droot/bin/dash" "status 3" >want
	check debian_dash want out
fi

"$rf" --binfmt register=POC >out 2>&1; st=$?
grep -q "flag C is refused" out && [ $st -eq 125 ] && echo "PASS binfmt/refuse_C" && pass=$((pass + 1)) ||
	{ echo "FAIL binfmt/refuse_C: status $st: $(cat out)"; fail=$((fail + 1)); }
"$rf" --binfmt unregister >out 2>&1; st=$?
expect unregister 0 "unregistered runforeign-aarch64"
sh -c ./hello >out 2>&1; st=$?
[ $st -eq 126 ] && echo "PASS binfmt/unregistered_noexec" && pass=$((pass + 1)) ||
	{ echo "FAIL binfmt/unregistered_noexec: status $st: $(cat out)"; fail=$((fail + 1)); }

# The update-binfmts form: P without O, argv layout chosen by the link name.
magic=$(sed -n 's/^magic //p' "$srcdir/tools/binfmt/runforeign-aarch64")
mask=$(sed -n 's/^mask //p' "$srcdir/tools/binfmt/runforeign-aarch64")
printf ':runforeign-aarch64-p:M::%s:%s:%s:PF' "$magic" "$mask" "$work/runforeign-binfmt-P" \
	>"$dir/register"
perl -e 'exec {"./hello"} "named", "y z"' >out 2>&1; st=$?
expect p_by_name 7 "argv[0]=named" "argv[1]=y z" "exe=$work/hello"
echo -1 >"$dir/runforeign-aarch64-p"

echo "binfmt: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
