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
suite=busybox
xfail_file=$(pwd)/tests/busybox/xfail.txt
. tests/lib/differ.sh
guest_bb=$(abspath "$guest_bb") host_bb=$(abspath "$host_bb") work=$(abspath "$work")

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
	# A case the host busybox cannot run (applet missing) would test nothing.
	why=
	[ "$(cat "$w/host.status")" = 127 ] &&
		why="host busybox cannot run it (status 127: $(head -n 1 "$w/host.err"))"
	judge "$name" "$args" host "$why"
done <"$cases"

summary
