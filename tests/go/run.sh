#!/bin/sh
# run.sh RUNFOREIGN GO OUTDIR PKG... -- cross-build each standard package's
# test binary for linux/arm64 (go test -c, CGO_ENABLED=0) into OUTDIR and run
# it under runforeign from the package's source directory with -test.short.
# A package may be followed by +TAG (a build tag, e.g. time+timetzdata:
# Debian's Go has no lib/time/zoneinfo.zip) and by !TEST,TEST...: tests left
# out of the run (Go 1.19 has no -test.skip: the rest of -test.list is
# selected with -test.run).
# Prints PASS/FAIL per package and "go: N passed, M failed"; exits 1 on any
# failure.  Each binary's output is kept in OUTDIR/NAME.log.
rf=$(realpath "$1") go=$2 out=$(realpath "$3")
shift 3
GOCACHE=$out/cache GOPATH=$out/gopath GOARCH=arm64 GOOS=linux CGO_ENABLED=0
export GOCACHE GOPATH
root=$(GOARCH= GOOS= "$go" env GOROOT)
pass=0 fail=0
for spec in "$@"; do
	skip= tags=
	case $spec in *!*) skip=${spec#*!} spec=${spec%%!*} ;; esac
	case $spec in *+*) tags=${spec#*+} spec=${spec%%+*} ;; esac
	pkg=$spec sel=
	name=$(echo "$pkg" | tr / _)
	bin=$out/$name.test log=$out/$name.log
	if [ ! -x "$bin" ] || [ -n "$(find "$root/src/$pkg" -maxdepth 1 -newer "$bin" 2>/dev/null)" ]; then
		if ! GOARCH=arm64 GOOS=linux "$go" test -c -tags "$tags" -o "$bin" "$pkg" >"$log" 2>&1; then
			echo "FAIL go/$pkg: build: $(head -c 300 "$log")"
			fail=$((fail + 1))
			continue
		fi
	fi
	if [ -n "$skip" ]; then
		re=$(echo "$skip" | tr , '|')
		sel=$("$rf" "$bin" -test.list . | grep -v '^ok' | grep -Evx "$re" | paste -sd '|')
		sel="^($sel)\$"
	fi
	set -- -test.short -test.timeout 170s
	[ -n "$sel" ] && set -- "$@" -test.run "$sel"
	(cd "$root/src/$pkg" && timeout 200 "$rf" "$bin" "$@") >"$log" 2>&1
	st=$?
	if [ "$st" -eq 0 ] && tail -1 "$log" | grep -q '^PASS$\|^ok'; then
		echo "PASS go/$pkg"
		pass=$((pass + 1))
	else
		echo "FAIL go/$pkg: status $st: $(grep -m3 -e '--- FAIL' -e '^panic' -e '^fatal' "$log" | tr '\n' ' ')"
		fail=$((fail + 1))
	fi
done
echo "go: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
