# tests/go -- Go standard-library test binaries (linux/arm64, CGO_ENABLED=0,
# built by the host's Debian golang-go) run under runforeign with
# -test.short.  Exercises the Go runtime: threads via clone, futexes,
# async preemption by SIGURG, signal forwarding, timers, netpoll (epoll),
# fork+exec.  make check-go; skipped when go is not installed.

GO ?= $(shell command -v go 2>/dev/null)
# Left out: tests in which a host program (/bin/sh, nohup) must itself run
# the arm64 test binary, which needs binfmt_misc (tools/binfmt); and time's
# test that reads lib/time/zoneinfo.zip (not in Debian's Go).
GO_PKGS = sync sync/atomic 'os!TestStatStdin' os/exec \
	'time+timetzdata!TestLoadLocationFromTZData' \
	'os/signal!TestDetectNohup,TestNohup' net context strings bytes sort \
	strconv encoding/json math

.PHONY: check-go
check-go: $(BIN)
ifeq ($(GO),)
	@echo "SKIP: check-go (go not installed)"
else
	@mkdir -p $(B)/go
	@sh tests/go/run.sh $(BIN) $(GO) $(B)/go $(GO_PKGS)
endif
# Not in CHECKS: the 14 binaries take several minutes on a loaded machine.
