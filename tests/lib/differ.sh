# differ.sh -- what the differential runners (tests/e2e/run.sh,
# tests/busybox/run.sh) share, sourced after they set:
#   suite      the name in their report lines ("e2e", "busybox")
#   emu        the emulator command as given (may carry options)
#   xfail_file the known-failure list ("case reason..." per line)
#   timeout_s  the bound on one run, in seconds
#   only       the case names to run (empty: all)
# A runner records each side of a case in $w/SIDE.out, .err and .status
# and calls judge; summary prints the result and sets the exit status.

srcdir=$(pwd)
pass=0 fail=0 failed_names= xfail=0 xfail_names=

abspath() { case $1 in /*) echo "$1" ;; *) echo "$srcdir/$1" ;; esac; }

# The emulator's program as an absolute path: the runs clear PATH.
emu_prog=${emu%% *}
emu_rest=${emu#"$emu_prog"}
case $emu_prog in
*/*) emu_prog=$(abspath "$emu_prog") ;;
*) emu_prog=$(command -v "$emu_prog") || { echo "$suite: emulator '$emu' not found"; exit 2; } ;;
esac
[ -x "$emu_prog" ] || { echo "$suite: emulator '$emu_prog' is not executable"; exit 2; }
emu="$emu_prog$emu_rest"

# Known failures of runforeign are reported as XFAIL while they fail; one
# that passes fails the run (XPASS) so that its line gets removed.  Other
# emulators are held to every case.
xfail_reason() {
	case $emu_prog in */runforeign) ;; *) return 1 ;; esac
	[ -f "$xfail_file" ] || return 1
	awk -v c="$1" '$1 == c { $1 = ""; sub(/^ /, ""); print; found = 1 } END { exit !found }' "$xfail_file"
}

# describe STATUS -- the shell's status with its likely meaning.
describe() {
	if [ "$1" -eq 124 ]; then echo "timed out after ${timeout_s}s"
	elif [ "$1" -gt 128 ] && [ "$1" -le 192 ]; then
		echo "status $1 (SIG$(kill -l $(($1 - 128)) 2>/dev/null))"
	else echo "exit $1"; fi
}

selected() {
	[ -z "$only" ] && return 0
	for o in $only; do [ "$o" = "$1" ] && return 0; done
	return 1
}

# judge NAME WHAT REF [WHY] -- compare side REF (the host's run) with side
# guest in $w, "x86_64" in REF's output read as "aarch64" (uname's machine
# name is the one legitimate difference); WHY is a reason the case fails
# already.  Counts and reports the case.
judge() {
	name=$1 what=$2 ref=$3 why=${4:-}
	sed 's/x86_64/aarch64/g' "$w/$ref.out" >"$w/$ref.out.m" && mv "$w/$ref.out.m" "$w/$ref.out"
	rs=$(cat "$w/$ref.status") gs=$(cat "$w/guest.status")
	[ "$rs" = "$gs" ] || why="${why:+$why; }status: $ref $(describe "$rs"), guest $(describe "$gs")"
	cmp -s "$w/$ref.out" "$w/guest.out" || why="${why:+$why; }stdout differs"
	cmp -s "$w/$ref.err" "$w/guest.err" || why="${why:+$why; }stderr differs"
	xr=$(xfail_reason "$name")
	if [ -z "$why" ] && [ -n "$xr" ]; then
		fail=$((fail + 1)) failed_names="$failed_names $name"
		echo "XPASS $suite/$name: passes now, remove it from $xfail_file"
		return
	fi
	if [ -z "$why" ]; then
		pass=$((pass + 1))
		return
	fi
	if [ -n "$xr" ]; then
		xfail=$((xfail + 1)) xfail_names="$xfail_names $name"
		echo "XFAIL $suite/$name: $xr"
		return
	fi
	fail=$((fail + 1)) failed_names="$failed_names $name"
	echo "FAIL $suite/$name ($what): $why"
	# The emulator's own diagnostics say why: collect them for the summary.
	grep '^runforeign:' "$w/guest.err" | head -n 3 | sed 's/ at pc 0x[0-9a-f]*//' >>"$work/diagnostics"
	if [ "$rs" != "$gs" ] && [ "$gs" -gt 128 ]; then
		sed 's/^/  guest stderr: /' "$w/guest.err" | head -n 5
		return
	fi
	diff -u --label "$ref.out" --label guest.out "$w/$ref.out" "$w/guest.out" | head -n 20
	diff -u --label "$ref.err" --label guest.err "$w/$ref.err" "$w/guest.err" | head -n 12
}

# summary -- the report's last lines; returns the suite's status.
summary() {
	if [ "$fail" -ne 0 ]; then
		echo "$suite: failing:$failed_names"
		if [ -s "$work/diagnostics" ]; then
			echo "$suite: emulator diagnostics (count, message):"
			sort "$work/diagnostics" | uniq -c | sort -rn | head -n 15
		fi
	fi
	[ "$xfail" -eq 0 ] || echo "$suite: $xfail known failures ($xfail_file):$xfail_names"
	echo "$suite: $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}
