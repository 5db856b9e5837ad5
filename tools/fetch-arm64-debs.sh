#!/bin/sh
# fetch-arm64-debs.sh -- download Debian arm64 packages and unpack them into
# a build-local directory, for tests that run real Debian arm64 programs.
#
# Usage: tools/fetch-arm64-debs.sh DEST PACKAGE...
#   Each PACKAGE (an arm64 binary package, e.g. busybox-static) is fetched
#   with `apt-get download PACKAGE:arm64` into DEST/cache and unpacked with
#   `dpkg -x` into DEST/root (so busybox lands in DEST/root/bin/busybox).
#   Packages already unpacked (DEST/root/.PACKAGE) are skipped.
# Needs the arm64 architecture in dpkg and its package lists
# (tools/install-deps.sh sets that up).  Exit status 0 on success, 2 when the
# packages cannot be had (no arm64 lists, no network): the reason is printed
# on one line, for callers to report SKIP.  Nothing fetched is ever committed:
# DEST is under build/.
set -u

[ $# -ge 2 ] || { echo "usage: $0 DEST PACKAGE..." >&2; exit 1; }
dest=$1
shift
mkdir -p "$dest/cache" "$dest/root" || exit 1
cd "$dest" || exit 1
dest=$(pwd)

if ! dpkg --print-foreign-architectures | grep -qx arm64; then
	echo "the arm64 architecture is not enabled in dpkg (run tools/install-deps.sh)"
	exit 2
fi

for p in "$@"; do
	[ -e "$dest/root/.$p" ] && continue
	rm -f "$dest/cache/${p}_"*_arm64.deb
	# apt-get download drops privileges to _apt; a root-owned directory it
	# cannot write to only costs a warning, so keep stderr for failures.
	if ! (cd "$dest/cache" && apt-get download "$p:arm64") >"$dest/cache/$p.log" 2>&1; then
		echo "cannot download $p:arm64: $(grep -m1 -E '^(E|Err):' "$dest/cache/$p.log" || tail -n1 "$dest/cache/$p.log")"
		exit 2
	fi
	deb=$(ls "$dest/cache/${p}_"*_arm64.deb 2>/dev/null | head -n 1)
	if [ -z "$deb" ] || ! dpkg -x "$deb" "$dest/root"; then
		echo "cannot unpack $p:arm64 ($deb)"
		exit 2
	fi
	dpkg-deb -f "$deb" Version >"$dest/root/.$p"
done
exit 0
