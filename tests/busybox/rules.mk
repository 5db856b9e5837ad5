# tests/busybox -- Debian's arm64 busybox-static, run under an emulator,
# against the host's amd64 busybox-static on the commands of
# tests/busybox/cases.txt.  The arm64 package is downloaded into build/debs/
# by tools/fetch-arm64-debs.sh (never committed); without it (no arm64 lists,
# no network) or without the host busybox the check says SKIP and why.
#   make check-busybox                     under build/runforeign
#   make check-busybox EMU=qemu-aarch64    prove the expectations
#   make check-busybox BUSYBOX_CASES="sort_numeric sh_pipeline"

BUSYBOX_DEBS = $(B)/debs
BUSYBOX_GUEST = $(BUSYBOX_DEBS)/root/bin/busybox
BUSYBOX_HOST ?= /bin/busybox
BUSYBOX_CASES ?=
EMU ?= $(BIN)

.PHONY: check-busybox
check-busybox: $(if $(filter $(BIN),$(firstword $(EMU))),$(BIN))
	@if [ ! -x "$(BUSYBOX_HOST)" ]; then \
		echo "busybox: SKIP: no host busybox at $(BUSYBOX_HOST) (install: busybox-static)"; exit 0; fi; \
	why=$$(sh tools/fetch-arm64-debs.sh $(BUSYBOX_DEBS) busybox-static); \
	if [ $$? -ne 0 ] || [ ! -x "$(BUSYBOX_GUEST)" ]; then \
		echo "busybox: SKIP: arm64 busybox-static unavailable: $$why"; exit 0; fi; \
	sh tests/busybox/run.sh "$(EMU)" $(BUSYBOX_GUEST) $(BUSYBOX_HOST) \
		tests/busybox/cases.txt $(B)/tests/busybox/work $(BUSYBOX_CASES)

CHECKS += check-busybox
