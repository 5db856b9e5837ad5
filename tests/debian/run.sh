#!/bin/sh
# run.sh -- Debian 12 arm64 programs under an emulator against the same
# programs of the host (Debian 12 amd64), case by case.
#
# Usage: run.sh EMU ROOT CASES WORK [CASE...]
#   EMU    the emulator command (build/runforeign, or qemu-aarch64 to prove
#          the expectations); it gets "-L ROOT" in front of the program.
#   ROOT   the arm64 root assembled by tools/fetch-arm64-debs.sh.
#   CASES  lines "NAME: SHELL SNIPPET"; in the snippet `x PROG ARGS...` runs
#          PROG (host: /usr/bin or /bin; guest: the same path under ROOT,
#          under EMU, with the host path as argv[0] so messages match), so
#          pipelines mix freely: `x sort f | x uniq -c`.
# Each case runs twice in a fresh copy of a fixture directory (fixed
# contents and mtimes, TZ=UTC, LC_ALL=C, env -i), once per side.  Standard
# output, standard error and the exit status must be byte-identical.  Prints
# PASS or FAIL (with a diff) per case, then "debian: N passed, M failed".
# DEBIAN_TIMEOUT (default 120 s) bounds one run.

emu=$1 root=$2 cases=$3 work=$4
shift 4
only="$*"
timeout_s=${DEBIAN_TIMEOUT:-120}
srcdir=$(pwd)
abspath() { case $1 in /*) echo "$1" ;; *) echo "$srcdir/$1" ;; esac; }
root=$(abspath "$root") work=$(abspath "$work") cases=$(abspath "$cases")
emu_prog=${emu%% *}
emu_rest=${emu#"$emu_prog"}
case $emu_prog in
*/*) emu_prog=$(abspath "$emu_prog") ;;
*) emu_prog=$(command -v "$emu_prog") || { echo "debian: emulator '$emu' not found"; exit 2; } ;;
esac
emu="$emu_prog$emu_rest"

# make_fixture DIR -- the files every case starts from.
make_fixture() {
	mkdir -p "$1/tree/sub/inner" "$1/tree/empty"
	cd "$1" || exit 2
	printf '%s\n' "The quick brown fox" "jumps over the lazy dog" "Pack my box with" \
		"five dozen liquor jugs" "the end" >a.txt
	printf '%s\n' "The quick brown fox" "jumps over the lazy cat" "Pack my box with" \
		"five dozen liquor jugs" "and more" "the end" >b.txt
	printf '%s\n' "pear,fruit,12" "leek,veg,7" "apple,fruit,30" "kale,veg,7" "fig,fruit,5" \
		"bean,veg,19" >data.csv
	printf '%s\n' 10 -3 007 42 x1 3.5 1000 0 99 1e3 -0.5 >nums.txt
	printf '%s\n' delta alpha charlie alpha bravo delta delta echo >words.txt
	i=0
	while [ $i -lt 3000 ]; do
		echo "line $i: $((i * i % 977)) $((i * 7919 % 65521)) abcdefghij"
		i=$((i + 1))
	done >big.txt
	printf 'deep\n' >tree/sub/inner/deep.txt
	printf 'x' >tree/sub/x.dat
	printf '%s\n' one two three >tree/list.txt
	chmod 600 tree/list.txt
	ln -s list.txt tree/link
	cp "$srcdir/tests/debian/"*.py "$srcdir/tests/debian/"*.lua "$srcdir/tests/debian/"*.sql .
	find . -exec touch -h -d '2020-01-02 03:04:05 UTC' {} +
	touch -h -d '2021-06-07 08:09:10 UTC' tree/sub/x.dat
	cd "$srcdir" || exit 2
}

# host_path PROG / guest_path PROG -- where PROG lives on each side.
host_path() {
	for d in /usr/bin /bin; do [ -x "$d/$1" ] && { echo "$d/$1"; return; }; done
	echo "/nonexistent/$1"
}
guest_path() {
	for d in /usr/bin /bin; do [ -x "$root$d/$1" ] && { echo "$root$d/$1"; return; }; done
	echo "$root/nonexistent/$1"
}

# run_side SIDE DIR SNIPPET -- run the snippet with `x` bound to SIDE.
run_side() {
	side=$1 d=$2 snippet=$3
	( cd "$d/fix" || exit 2
	  if [ "$side" = host ]; then
		x() { p=$1; shift; timeout -k 5 "$timeout_s" "$(host_path "$p")" "$@"; }
	  else
		x() { p=$1; shift; timeout -k 5 "$timeout_s" $emu -L "$root" -0 "$(host_path "$p")" "$(guest_path "$p")" "$@"; }
	  fi
	  eval "$snippet" ) <"$d/fix/a.txt" >"$d.out" 2>"$d.err"
	echo $? >"$d.status"
}

selected() {
	[ -z "$only" ] && return 0
	for o in $only; do [ "$o" = "$1" ] && return 0; done
	return 1
}

export TZ=UTC LC_ALL=C HOME=/nonexistent PATH=/usr/bin:/bin
unset LANG LANGUAGE PYTHONPATH PYTHONHOME PERL5LIB LUA_PATH LUA_INIT
pass=0 fail=0 failed_names=
rm -rf "$work/fixture"
mkdir -p "$work"
make_fixture "$work/fixture"
while IFS= read -r line; do
	case $line in ''|'#'*) continue ;; esac
	name=${line%%:*} snippet=${line#*: }
	selected "$name" || continue
	w=$work/$name
	rm -rf "$w"
	for side in host guest; do
		mkdir -p "$w/$side"
		cp -a "$work/fixture" "$w/$side/fix"
	done
	run_side host "$w/host" "$snippet"
	run_side guest "$w/guest" "$snippet"
	hs=$(cat "$w/host.status") gs=$(cat "$w/guest.status")
	why=
	[ "$hs" = "$gs" ] || why="status: host $hs, guest $gs"
	cmp -s "$w/host.out" "$w/guest.out" || why="${why:+$why; }stdout differs"
	cmp -s "$w/host.err" "$w/guest.err" || why="${why:+$why; }stderr differs"
	if [ -z "$why" ]; then
		pass=$((pass + 1))
		echo "PASS debian/$name"
		continue
	fi
	fail=$((fail + 1)) failed_names="$failed_names $name"
	echo "FAIL debian/$name: $why"
	diff -u --label host.out --label guest.out "$w/host.out" "$w/guest.out" | head -n 20
	diff -u --label host.err --label guest.err "$w/host.err" "$w/guest.err" | head -n 10
done <"$cases"

[ "$fail" -eq 0 ] || echo "debian: failing:$failed_names"
echo "debian: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
