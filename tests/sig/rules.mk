# tests/sig -- guest signal tests.  Each tests/sig/NAME.S (freestanding,
# self-checking with tests/insn/insn.h) or NAME.c (static glibc) becomes
# build/tests/sig/NAME; C tests marked "native: same" also get an x86-64
# build NAME.native.
# run.sh runs them under qemu-aarch64 and runforeign through the
# waitstatus driver and compares exit status / death signal and stdout.
# check-sig also runs tests/unit/test_signal_abi.c (cmocka), which compares
# abi/signal.h with the real arm64 layouts reported by the cross-compiled
# tests/sig/probe/sig_probe.c and exercises the frame code.  It links the
# whole librf.a: the syscall handlers must win over dispatch.c's weak
# fallbacks, as they do in runforeign.

SIG_ASM = $(sort $(wildcard tests/sig/*.S))
SIG_C = $(sort $(wildcard tests/sig/*.c))
SIG_ALL = $(SIG_ASM:tests/sig/%.S=$(B)/tests/sig/%) $(SIG_C:tests/sig/%.c=$(B)/tests/sig/%)
SIG_BIN = $(SIG_ALL)
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

$(B)/tests/sig/sig_probe.h: tests/sig/probe/sig_probe.c
	@mkdir -p $(dir $@)
	$(CROSS_CC) -S -o $(B)/tests/sig/sig_probe.s $<
	sed -n 's/^.*"->\([A-Za-z0-9_]*\) \([0-9]*\)".*/#define PROBE_\1 \2/p' $(B)/tests/sig/sig_probe.s > $@.tmp
	mv $@.tmp $@

$(B)/tests/sig/test_signal_abi: tests/unit/test_signal_abi.c $(B)/tests/sig/sig_probe.h $(B)/librf.a
	$(CC) $(CFLAGS_ALL) $(CMOCKA_CFLAGS) -I$(B)/tests/sig -o $@ $< \
		-Wl,--whole-archive $(B)/librf.a -Wl,--no-whole-archive $(CMOCKA_LIBS) $(LIBS)

ifeq ($(HAVE_CMOCKA),yes)
SIG_UNIT = $(B)/tests/sig/test_signal_abi
else
SIG_UNIT =
endif

.PHONY: check-sig
check-sig: $(BIN) $(SIG_WS) $(SIG_BIN) $(SIG_NATIVE) $(SIG_UNIT)
	@if [ -n "$(SIG_UNIT)" ]; then $(SIG_UNIT) || exit 1; else echo "SKIP: test_signal_abi (cmocka not found)"; fi
	@sh tests/sig/run.sh "$(BIN)" "$(QEMU)" "$(HAVE_QEMU)" $(SIG_WS) $(SIG_BIN)

ifeq ($(HAVE_CROSS),yes)
CHECKS += check-sig
endif
