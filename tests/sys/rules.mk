# tests/sys -- the syscall layer and abi/.
#
# (librf.a is linked whole: the syscall table refers to handlers through
# weak aliases, which would not pull the handler files out of an archive.)
# check-abi: cmocka tests of abi/ (tests/unit/test_abi_*.c) and of the
#   syscall handlers called directly on guest memory (tests/sys/host/).  The layout
#   test compares abi/'s structs with the real arm64 ones, whose sizes and
#   offsets the cross compiler reports by compiling tests/sys/abi_probe.c
#   to assembly (never run); without a cross compiler it says SKIP.
# check-sys: each tests/sys/*.c guest program (except the probe) is built
#   twice, -static with the cross compiler and natively, and runforeign's
#   output of the AArch64 build must equal the native build's output.
# check-sys-uc: the same programs with Unicorn as the CPU (tests/sys/host/
#   uc_run.c): checks the loader and syscall layer independently of the
#   translator.

SYS_B = $(B)/tests/sys
ABI_UNIT = $(patsubst tests/unit/%.c,$(SYS_B)/%,$(sort $(wildcard tests/unit/test_abi_*.c)))
SYS_PROGS = $(filter-out abi_probe%,$(patsubst tests/sys/%.c,%,$(sort $(wildcard tests/sys/*.c))))

$(SYS_B)/abi_probe.h: tests/sys/abi_probe.c tests/sys/abi_probe_libc.c
	@mkdir -p $(dir $@)
	$(CROSS_CC) -S -o $(SYS_B)/abi_probe.s tests/sys/abi_probe.c
	$(CROSS_CC) -S -o $(SYS_B)/abi_probe_libc.s tests/sys/abi_probe_libc.c
	cat $(SYS_B)/abi_probe.s $(SYS_B)/abi_probe_libc.s | \
	sed -n 's/^.*"->\([A-Za-z0-9_]*\) \([0-9]*\)".*/#define PROBE_\1 \2/p' > $@.tmp
	mv $@.tmp $@

$(SYS_B)/test_abi_layout: $(SYS_B)/abi_probe.h
$(SYS_B)/test_abi_%: tests/unit/test_abi_%.c $(B)/librf.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(CMOCKA_CFLAGS) -I$(SYS_B) -o $@ $< -Wl,--whole-archive $(B)/librf.a -Wl,--no-whole-archive $(CMOCKA_LIBS) $(LIBS)

$(SYS_B)/test_handlers: tests/sys/host/test_handlers.c $(B)/librf.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(CMOCKA_CFLAGS) -o $@ $< -Wl,--whole-archive $(B)/librf.a -Wl,--no-whole-archive $(CMOCKA_LIBS) $(LIBS)

# A Unicorn CPU under runforeign's loader and syscall layer (see uc_run.c).
$(SYS_B)/uc_run: tests/sys/host/uc_run.c $(B)/librf.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(UC_CFLAGS) -o $@ $< -Wl,--whole-archive $(B)/librf.a -Wl,--no-whole-archive $(UC_LIBS) $(LIBS)

$(SYS_B)/guest/%: tests/sys/%.c tests/sys/sys_test.h
	@mkdir -p $(dir $@)
	$(CROSS_CC) -static -O1 -Wall -o $@ $< -lutil

$(SYS_B)/native/%: tests/sys/%.c tests/sys/sys_test.h
	@mkdir -p $(dir $@)
	$(CC) -O1 -Wall -o $@ $< -lutil

.PHONY: check-abi check-sys
ifeq ($(HAVE_CMOCKA),yes)
ifeq ($(HAVE_CROSS),yes)
check-abi: $(ABI_UNIT) $(SYS_B)/test_handlers
	@for t in $^; do $$t || exit 1; done
else
check-abi: $(filter-out %/test_abi_layout,$(ABI_UNIT)) $(SYS_B)/test_handlers
	@echo "SKIP: test_abi_layout (no AArch64 cross compiler)"
	@for t in $^; do $$t || exit 1; done
endif
else
check-abi:
	@echo "SKIP: check-abi (cmocka not found)"
endif
CHECKS += check-abi

# uc_run has one Unicorn CPU (no guest threads) and carries only the
# general registers across signal frames (no interrupted blocking calls).
SYS_UC_SKIP = threads blocking_eintr
SYS_BUILT = $(SYS_PROGS:%=$(SYS_B)/guest/%) $(SYS_PROGS:%=$(SYS_B)/native/%)
.PHONY: check-sys-uc
ifeq ($(HAVE_CROSS),yes)
check-sys: $(BIN) $(SYS_BUILT)
	@sh tests/sys/run.sh "$(BIN)" "$(SYS_B)" $(SYS_PROGS)
CHECKS += check-sys
ifeq ($(HAVE_UNICORN),yes)
check-sys-uc: $(SYS_B)/uc_run $(SYS_BUILT)
	@sh tests/sys/run.sh "$(SYS_B)/uc_run" "$(SYS_B)" $(filter-out $(SYS_UC_SKIP),$(SYS_PROGS))
CHECKS += check-sys-uc
else
check-sys-uc:
	@echo "SKIP: check-sys-uc (Unicorn not found)"
endif
else
check-sys check-sys-uc:
	@echo "SKIP: $@ (no AArch64 cross compiler)"
endif
