#!/bin/sh
# install-deps.sh -- install what building and testing runforeign needs on a
# Debian 12 (bookworm) x86-64 machine: the compiler and libraries configure
# probes, the AArch64 cross toolchain, qemu-user and Unicorn (test oracles),
# the host busybox-static and hyperfine (busybox tests, benchmarks), and the
# arm64 architecture in dpkg so that tools/fetch-arm64-debs.sh can download
# arm64 packages; and the amd64 programs that tests/debian compares the
# arm64 ones against (Debian 12, same versions as the arm64 packages).
#
# Idempotent and quiet: when everything is already there it does nothing;
# otherwise apt's output goes to a log that is printed only if a step fails.
# Needs root (uses sudo when run by another user and sudo exists).
set -u

PACKAGES="build-essential pkg-config libelf-dev libcapstone-dev libffi-dev libcmocka-dev
gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user libunicorn-dev busybox-static
hyperfine coreutils grep sed gawk diffutils tar gzip xz-utils sqlite3 lua5.4
perl-base python3.11 dash golang-go"

if [ "$(id -u)" -eq 0 ]; then
	as_root=
elif command -v sudo >/dev/null 2>&1; then
	as_root=sudo
else
	echo "install-deps: must run as root (or with sudo installed)" >&2
	exit 1
fi

log=$(mktemp "${TMPDIR:-/tmp}/install-deps.XXXXXX") || exit 1
trap 'rm -f "$log"' EXIT

# step DESCRIPTION COMMAND... -- run quietly; on failure show the log and stop.
step() {
	what=$1
	shift
	if ! "$@" >>"$log" 2>&1; then
		echo "install-deps: failed: $what" >&2
		tail -n 40 "$log" >&2
		exit 1
	fi
}

missing=
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
have_arm64=no
dpkg --print-foreign-architectures | grep -qx arm64 && have_arm64=yes
# The arm64 package lists exist once apt-get update ran after adding the arch.
lists_ok=no
[ "$have_arm64" = yes ] && apt-cache show busybox-static:arm64 >/dev/null 2>&1 && lists_ok=yes

if [ -z "$missing" ] && [ "$lists_ok" = yes ]; then
	exit 0
fi

export DEBIAN_FRONTEND=noninteractive
[ "$have_arm64" = yes ] || step "dpkg --add-architecture arm64" $as_root dpkg --add-architecture arm64
step "apt-get update" $as_root apt-get update
if [ -n "$missing" ]; then
	step "apt-get install$missing" $as_root apt-get install -y --no-install-recommends $missing
fi
echo "install-deps: installed:${missing:- (package lists only)}"
