#!/bin/sh
# fetch-arm64-debs.sh -- download Debian arm64 packages and unpack them into
# a build-local directory, for tests that run real Debian arm64 programs.
#
# Usage: tools/fetch-arm64-debs.sh DEST PACKAGE...
#   Each PACKAGE (an arm64 binary package, e.g. busybox-static) is fetched
#   with `apt-get download PACKAGE:arm64` into DEST/cache and unpacked with
#   `dpkg -x` into DEST/root (so busybox lands in DEST/root/bin/busybox).
#   Packages already unpacked (DEST/root/.PACKAGE) are skipped; the others
#   are downloaded in one apt-get call.  Architecture: all packages (tzdata,
#   the CPython test suite) are fetched by their plain name.
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

# One apt-get call for every missing package (each call re-reads the
# package lists, which costs seconds), then unpack them one by one.
need=
for p in "$@"; do
	[ -e "$dest/root/.$p" ] || need="$need $p"
done
[ -n "$need" ] || exit 0
for p in $need; do
	rm -f "$dest/cache/${p}_"*_arm64.deb "$dest/cache/${p}_"*_all.deb
done
# Architecture-independent packages (Architecture: all) have no :arm64 name.
indep=" $(apt-cache show --no-all-versions $need 2>/dev/null | awk '
	/^Package:/ { p = $2 } /^Architecture: all/ { printf "%s ", p }')"
names=
for p in $need; do
	case $indep in *" $p "*) names="$names $p" ;; *) names="$names $p:arm64" ;; esac
done
# apt-get download drops privileges to _apt; a root-owned directory it
# cannot write to only costs a warning, so keep stderr for failures.
if ! (cd "$dest/cache" && apt-get download $names) \
	>"$dest/cache/download.log" 2>&1; then
	echo "cannot download arm64 packages: $(grep -m1 -E '^(E|Err):' "$dest/cache/download.log" ||
		tail -n1 "$dest/cache/download.log")"
	exit 2
fi
for p in $need; do
	deb=$(ls "$dest/cache/${p}_"*_arm64.deb "$dest/cache/${p}_"*_all.deb 2>/dev/null | head -n 1)
	if [ -z "$deb" ] || ! dpkg -x "$deb" "$dest/root"; then
		echo "cannot unpack $p:arm64 ($deb)"
		exit 2
	fi
	dpkg-deb -f "$deb" Version >"$dest/root/.$p"
done
exit 0
