#!/bin/sh
# run.sh RUNFOREIGN PROBE WORKDIR -- the command line as users see it:
# options and their RUNFOREIGN_* twins, -D logging, exit statuses.
rf=$1 probe=$2 work=$3
pass=0 fail=0
rm -rf "$work" && mkdir -p "$work" || exit 1

# check NAME EXPECTED-STATUS EXPECTED-OUTPUT-FILE COMMAND... (stdout+stderr)
check() {
	name=$1 want=$2 expect=$3
	shift 3
	"$@" >"$work/$name.out" 2>&1
	got=$?
	if [ "$got" -ne "$want" ]; then
		echo "FAIL cli/$name: status $got, expected $want"; cat "$work/$name.out"
		fail=$((fail + 1))
	elif [ -n "$expect" ] && ! printf '%s\n' "$expect" | diff -u - "$work/$name.out"; then
		echo "FAIL cli/$name: output differs"
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
}

check argv 0 "argv[0]=$probe
argv[1]=a b
first fd=3" "$rf" "$probe" "a b"
check argv0 0 "argv[0]=custom
first fd=3" "$rf" -0 custom "$probe"
check argv0_env 0 "argv[0]=fromenv
first fd=3" env RUNFOREIGN_ARGV0=fromenv "$rf" "$probe"
check setenv 0 "argv[0]=$probe
env CLI_A=1=2
env CLI_B=(unset)
first fd=3" env CLI_SHOW=CLI_A,CLI_B CLI_B=x "$rf" -E CLI_A=1=2 -U CLI_B "$probe"
check setenv_twin 0 "argv[0]=$probe
env CLI_A=x
env CLI_B=(unset)
first fd=3" env CLI_SHOW=CLI_A,CLI_B CLI_B=y RUNFOREIGN_SET_ENV=CLI_A=x RUNFOREIGN_UNSET_ENV=CLI_B "$rf" "$probe"
check status 3 "argv[0]=$probe
argv[1]=fail
first fd=3" "$rf" "$probe" fail
# -D: the log goes to the file, and runforeign's descriptor does not shift
# the guest's descriptor numbers.
check log_fd 0 "argv[0]=$probe
first fd=3" "$rf" --strace -d in_asm -D "$work/log" "$probe"
if grep -q '^openat(AT_FDCWD, "/dev/null", O_RDONLY) = 3$' "$work/log" && grep -q '^IN:' "$work/log"; then
	pass=$((pass + 1))
else
	echo "FAIL cli/log_content: $work/log lacks the openat line or the in_asm blocks"; fail=$((fail + 1))
fi
# A guest closing every descriptor does not close the log.
check log_closeall 0 "argv[0]=$probe
first fd=3" env CLI_CLOSE=1 "$rf" --strace -D "$work/log3" "$probe"
if grep -q '^close_range(3, 4294967295, 0) *= 0$' "$work/log3" &&
   grep -q '^openat(AT_FDCWD, "/dev/null", O_RDONLY) *= 3$' "$work/log3"; then
	pass=$((pass + 1))
else
	echo "FAIL cli/log_closeall: $work/log3 lost the lines after the guest closed its descriptors"
	tail -n 3 "$work/log3"; fail=$((fail + 1))
fi
check strace_twin 0 "" env RUNFOREIGN_STRACE=1 RUNFOREIGN_LOG_FILE="$work/log2" "$rf" "$probe"
grep -q '^exit_group(0)' "$work/log2" && pass=$((pass + 1)) ||
	{ echo "FAIL cli/strace_twin: no exit_group line in $work/log2"; fail=$((fail + 1)); }
# A guest's execve runs the running runforeign binary again, even after its
# file was replaced (as when runforeign is upgraded under running programs).
cp "$rf" "$work/rf-copy" && mkfifo "$work/go"
"$work/rf-copy" "$probe" reexec <"$work/go" >"$work/reexec.out" 2>&1 &
exec 7>"$work/go"
# Replace the file only once the copy runs the probe (before that, the
# background shell may still be executing it).
i=0
while ! grep -q '^ready$' "$work/reexec.out" 2>/dev/null && [ $i -lt 1000 ]; do
	sleep 0.01; i=$((i + 1))
done
rm "$work/rf-copy" && cp "$rf" "$work/rf-copy"
(trap "" PIPE; echo >&7) 2>/dev/null
exec 7>&-
wait $!
st=$?
if [ "$st" -eq 0 ] && printf 'ready\nargv[0]=%s\nargv[1]=after\nfirst fd=3\n' "$probe" |
	diff -u - "$work/reexec.out"; then
	pass=$((pass + 1))
else
	echo "FAIL cli/reexec_replaced: status $st"; cat "$work/reexec.out"
	fail=$((fail + 1))
fi
check usage 125 "runforeign: unknown option '--bogus' (see runforeign --help)" "$rf" --bogus "$probe"
check noprog 125 "runforeign: no program given (see runforeign --help)" "$rf"
check notfound 127 "runforeign: $work/none: No such file or directory" "$rf" "$work/none"
check directory 126 "runforeign: $work: is a directory" "$rf" "$work"
printf 'just text\n' >"$work/text"
check notelf 126 "runforeign: $work/text: not an ELF file" "$rf" "$work/text"
# "#!" scripts named on the command line run as the kernel runs them:
# interpreter, its one argument, the script, the arguments.
probe_abs=$(realpath "$probe")
printf '#!%s  -x  \n' "$probe_abs" >"$work/s1"
check script 0 "argv[0]=$probe_abs
argv[1]=-x
argv[2]=$work/s1
argv[3]=a
execfn=$work/s1
exe=$probe_abs
first fd=3" env CLI_EXE=1 "$rf" -0 ignored "$work/s1" a
printf '#!%s\n' "$work/s1" >"$work/s2"
chmod +x "$work/s1"
check script_nested 0 "argv[0]=$probe_abs
argv[1]=-x
argv[2]=$work/s1
argv[3]=$work/s2
argv[4]=b
first fd=3" "$rf" "$work/s2" b
printf '#!/bin/sh\necho "host sh: $0 $*"\n' >"$work/s3"
check script_host 0 "host sh: $work/s3 c d" "$rf" "$work/s3" c d
printf '#!/nonexistent/interp\n' >"$work/s4"
check script_nointerp 127 "runforeign: $work/s4: interpreter /nonexistent/interp: No such file or directory (looked for in $(realpath "$work") and /)" "$rf" -L "$work" "$work/s4"
printf '#!   \n' >"$work/s5"
check script_empty 126 "runforeign: $work/s5: the \"#!\" line names no interpreter" "$rf" "$work/s5"
check help 0 "" "$rf" --help
check version 0 "" "$rf" --version
echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
