#!/bin/sh
# run.sh -- Debian's arm64 busybox-static under an emulator against the
# host's amd64 busybox-static (same Debian version), command by command.
#
# Usage: run.sh EMU GUEST_BUSYBOX HOST_BUSYBOX CASES WORK [CASE...]
# Every case of CASES runs `busybox ARGS` on both sides in a fresh fixture
# directory (built below: fixed contents, fixed mtimes, TZ=UTC, env -i) with
# the same argv[0].  Standard output, standard error and exit status must be
# identical; "x86_64" in the host side's output reads as "aarch64" (uname
# reports the machine).  Prints failures with a diff, then
# "busybox: N passed, M failed".  BUSYBOX_TIMEOUT (default 120 s) bounds a run.

emu=$1 guest_bb=$2 host_bb=$3 cases=$4 work=$5
shift 5
only="$*"
timeout_s=${BUSYBOX_TIMEOUT:-120}
srcdir=$(pwd)
abspath() { case $1 in /*) echo "$1" ;; *) echo "$srcdir/$1" ;; esac; }
guest_bb=$(abspath "$guest_bb") host_bb=$(abspath "$host_bb") work=$(abspath "$work")
emu_prog=${emu%% *}
emu_rest=${emu#"$emu_prog"}
case $emu_prog in
*/*) emu_prog=$(abspath "$emu_prog") ;;
*) emu_prog=$(command -v "$emu_prog") || { echo "busybox: emulator '$emu' not found"; exit 2; } ;;
esac
emu="$emu_prog$emu_rest"

# Known failures of runforeign (tests/busybox/xfail.txt: "case reason..."):
# reported as XFAIL while they fail; one that passes fails the run (XPASS)
# so that its line gets removed.  Other emulators are held to every case.
xfail_file=$srcdir/tests/busybox/xfail.txt
xfail_reason() {
	case $emu_prog in */runforeign) ;; *) return 1 ;; esac
	[ -f "$xfail_file" ] || return 1
	awk -v c="$1" '$1 == c { $1 = ""; sub(/^ /, ""); print; found = 1 } END { exit !found }' "$xfail_file"
}

# make_fixture DIR -- the files every case starts from.
make_fixture() {
	mkdir -p "$1/sub/inner"
	cd "$1" || exit 2
	printf '%s\n' "The quick brown fox" "jumps over the lazy dog" "Pack my box with" \
		"five dozen liquor jugs" "the end" >a.txt
	printf '%s\n' "aaa bbb  ccc" "zzz yyy" "The quick brown fox" "hello    world" >b.txt
	printf '%s\n' "pear,fruit,12" "leek,veg,7" "apple,fruit,30" "kale,veg,7" "fig,fruit,5" \
		"bean,veg,19" >data.csv
	printf '%s\n' 10 -3 007 42 x1 3.5 1000 0 99 >nums.txt
	printf '%s\n' delta alpha charlie alpha bravo delta delta echo >words.txt
	awk 'BEGIN { for (i = 1; i <= 600; i++)
		printf "line %04d: %s %d\n", i, substr("abcdefghij", i % 10 + 1), i * i % 977 }' >big.txt
	printf 'deep\n' >sub/inner/deep.txt
	printf 'x' >sub/x.dat
	find . -exec touch -h -d @1577934245 {} +
	cd "$srcdir" || exit 2
}

# run_side DIR BUSYBOX STDIN -- run "$@" (the args) on one side.
run_side() {
	d=$1 bb=$2 in=$3
	shift 3
	( cd "$d/fix" && timeout -k 5 "$timeout_s" env -i TZ=UTC PATH=/nonexistent $bb "$@" \
		<"$in" >"$d.out" 2>"$d.err"; echo $? >"$d.status" )
}

selected() {
	[ -z "$only" ] && return 0
	for o in $only; do [ "$o" = "$1" ] && return 0; done
	return 1
}

pass=0 fail=0 failed_names= xfail=0 xfail_names=
rm -rf "$work/fixture"
mkdir -p "$work"; : >"$work/diagnostics"
make_fixture "$work/fixture"
while read -r name stdin args; do
	case $name in ''|'#'*) continue ;; esac
	selected "$name" || continue
	w=$work/$name
	rm -rf "$w"
	for side in host guest; do
		mkdir -p "$w/$side/bin"
		cp -a "$work/fixture" "$w/$side/fix"
	done
	ln -s "$host_bb" "$w/host/bin/busybox"
	ln -s "$guest_bb" "$w/guest/bin/busybox"
	eval "set -- $args"
	[ "$stdin" = - ] && hin=/dev/null gin=/dev/null || hin=$w/host/fix/$stdin gin=$w/guest/fix/$stdin
	run_side "$w/host" ../bin/busybox "$hin" "$@"
	run_side "$w/guest" "$emu ../bin/busybox" "$gin" "$@"
	sed 's/x86_64/aarch64/g' "$w/host.out" >"$w/host.out.m" && mv "$w/host.out.m" "$w/host.out"
	hs=$(cat "$w/host.status") gs=$(cat "$w/guest.status")
	why=
	# A case the host busybox cannot run (applet missing) would test nothing.
	[ "$hs" = 127 ] && why="host busybox cannot run it (status 127: $(head -n 1 "$w/host.err"))"
	[ "$hs" = "$gs" ] || why="status: host $hs, guest $gs"
	cmp -s "$w/host.out" "$w/guest.out" || why="${why:+$why; }stdout differs"
	cmp -s "$w/host.err" "$w/guest.err" || why="${why:+$why; }stderr differs"
	xr=$(xfail_reason "$name")
	if [ -z "$why" ] && [ -n "$xr" ]; then
		fail=$((fail + 1)) failed_names="$failed_names $name"
		echo "XPASS busybox/$name: passes now, remove it from tests/busybox/xfail.txt"
		continue
	fi
	if [ -z "$why" ]; then
		pass=$((pass + 1))
		continue
	fi
	if [ -n "$xr" ]; then
		xfail=$((xfail + 1)) xfail_names="$xfail_names $name"
		echo "XFAIL busybox/$name: $xr"
		continue
	fi
	fail=$((fail + 1)) failed_names="$failed_names $name"
	echo "FAIL busybox/$name ($args): $why"
	grep '^runforeign:' "$w/guest.err" | head -n 3 | sed 's/ at pc 0x[0-9a-f]*//' >>"$work/diagnostics"
	if [ "$hs" != "$gs" ] && [ "$gs" -gt 128 ]; then
		sed 's/^/  guest stderr: /' "$w/guest.err" | head -n 5
		continue
	fi
	diff -u --label host.out --label guest.out "$w/host.out" "$w/guest.out" | head -n 16
	diff -u --label host.err --label guest.err "$w/host.err" "$w/guest.err" | head -n 8
done <"$cases"

if [ "$fail" -ne 0 ]; then
	echo "busybox: failing:$failed_names"
	if [ -s "$work/diagnostics" ]; then
		echo "busybox: emulator diagnostics (count, message):"
		sort "$work/diagnostics" | uniq -c | sort -rn | head -n 15
	fi
fi
[ "$xfail" -eq 0 ] || echo "busybox: $xfail known failures (tests/busybox/xfail.txt):$xfail_names"
echo "busybox: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
