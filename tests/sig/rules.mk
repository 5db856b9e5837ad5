# tests/sig -- guest signal tests.  Each tests/sig/NAME.S (freestanding,
# self-checking with tests/insn/insn.h) or NAME.c (static glibc) becomes
# build/tests/sig/NAME; C tests marked "native: same" also get an x86-64
# build NAME.native.
# run.sh runs them under qemu-aarch64 and runforeign through the
# waitstatus driver and compares exit status / death signal and stdout.

SIG_ASM = $(sort $(wildcard tests/sig/*.S))
SIG_C = $(sort $(wildcard tests/sig/*.c))
SIG_BIN = $(SIG_ASM:tests/sig/%.S=$(B)/tests/sig/%) $(SIG_C:tests/sig/%.c=$(B)/tests/sig/%)
# Only tests marked "native: same" are architecture-independent.
SIG_NATIVE_SRC = $(shell grep -l '^ \* native: same' $(SIG_C) /dev/null)
SIG_NATIVE = $(SIG_NATIVE_SRC:tests/sig/%.c=$(B)/tests/sig/%.native)
SIG_WS = $(B)/tests/sig/waitstatus

$(B)/tests/sig/%: tests/sig/%.S tests/insn/insn.h
	@mkdir -p $(dir $@)
	$(CROSS_CC) -nostdlib -static -Itests/insn -o $@ $<

$(B)/tests/sig/%: tests/sig/%.c
	@mkdir -p $(dir $@)
	$(CROSS_CC) -static -O2 -Wall -o $@ $<

$(B)/tests/sig/%.native: tests/sig/%.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -Wall -o $@ $<

$(SIG_WS): tests/sig/driver/waitstatus.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -Wall -o $@ $<

.PHONY: check-sig
check-sig: $(BIN) $(SIG_WS) $(SIG_BIN) $(SIG_NATIVE)
	@sh tests/sig/run.sh "$(BIN)" "$(QEMU)" "$(HAVE_QEMU)" $(SIG_WS) $(SIG_BIN)

ifeq ($(HAVE_CROSS),yes)
CHECKS += check-sig
endif
