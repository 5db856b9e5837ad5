# tests/e2e -- differential end-to-end tests of samples/*.c.
# Each sample is built natively ($(CC)) and for AArch64 ($(CROSS_CC) -static);
# tests/e2e/run.sh runs both with the inputs from tests/e2e/cases.txt and
# requires identical stdout, stderr and exit status.
#   make check-e2e                      guest runs under build/runforeign
#   make check-e2e EMU=qemu-aarch64     prove the expectations with qemu
#   make check-e2e E2E_CASES="hello libm_funcs"   run a subset
# Both builds use -ffp-contract=off: GCC contracts a*b+c into FMA on AArch64
# but not for the x86-64 baseline, which would change results legitimately.
# vector_loops is built with -O3 so that its loops are vectorised.
# Under qemu-aarch64 the processes case fails for qemu's own reasons: it
# reports guest deaths by signal on stderr and cannot execve an AArch64
# program without binfmt_misc.

E2E_SAMPLES = $(sort $(basename $(notdir $(wildcard samples/*.c))))
E2E_NATIVE = $(E2E_SAMPLES:%=$(B)/tests/e2e/native/%)
E2E_GUEST = $(E2E_SAMPLES:%=$(B)/tests/e2e/arm64/%)
E2E_CFLAGS = -Wall -Wextra -ffp-contract=off -g
E2E_LIBS = -lm -pthread
e2e_opt = $(if $(filter vector_loops,$(1)),-O3,-O2)
EMU ?= $(BIN)
E2E_CASES ?=

$(B)/tests/e2e/native/%: samples/%.c
	@mkdir -p $(dir $@)
	$(CC) $(call e2e_opt,$*) $(E2E_CFLAGS) -o $@ $< $(E2E_LIBS)

$(B)/tests/e2e/arm64/%: samples/%.c
	@mkdir -p $(dir $@)
	$(CROSS_CC) -static $(call e2e_opt,$*) $(E2E_CFLAGS) -o $@ $< $(E2E_LIBS)

.PHONY: check-e2e e2e-build
e2e-build: $(E2E_NATIVE) $(E2E_GUEST)

check-e2e: $(if $(filter $(BIN),$(firstword $(EMU))),$(BIN)) e2e-build
	@sh tests/e2e/run.sh "$(EMU)" $(B)/tests/e2e/native $(B)/tests/e2e/arm64 \
		tests/e2e/cases.txt $(B)/tests/e2e/work $(E2E_CASES)

ifeq ($(HAVE_CROSS),yes)
CHECKS += check-e2e
endif
