# tests/sysfuzz -- hostile syscall arguments and guest memory safety.
#
# check-sysfuzz-safety (in make check):
#   memsafety: the guest cannot map/unmap/protect/remap/brk/madvise over
#     runforeign's memory (addresses at and above GUEST_ADDR_LIMIT fail as
#     beyond TASK_SIZE) and runforeign keeps running;
#   internal_error: a fault in runforeign's own code is reported as an
#     internal error with host pc and symbol, status 120 (host program
#     linked with librf.a, -rdynamic for the symbol);
#   errno_order: regression cases for the errno order sysfuzz found, built
#     natively and for AArch64, outputs compared;
#   guestfault: a guest load from an unmapped address kills the guest with
#     SIGSEGV (status 139 from the shell), not status 120.
# check-sysfuzz (in make check, about half a minute): sysfuzz.c built
#   natively and for AArch64, SYSFUZZ_SEEDS x SYSFUZZ_CALLS calls, outputs
#   compared line by line (run.sh) but for the lines exclusions.txt names,
#   each with its architecture difference.
# fuzz-sys: the same, longer: `make fuzz-sys N=200000 SEED=7`.

SF_B = $(B)/tests/sysfuzz
SYSFUZZ_CALLS ?= 40000
SYSFUZZ_SEEDS ?= 1 2 3 4 5

$(SF_B)/native/%: tests/sysfuzz/%.c
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -O1 -Wall -Wextra -o $@ $<

$(SF_B)/guest/%: tests/sysfuzz/%.c
	@mkdir -p $(dir $@)
	$(CROSS_CC) -static -O1 -Wall -Wextra -o $@ $<

$(SF_B)/internal_error: tests/sysfuzz/internal_error.c $(B)/librf.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -o $@ $< -Wl,--whole-archive $(B)/librf.a -Wl,--no-whole-archive $(LIBS) -rdynamic

.PHONY: check-sysfuzz check-sysfuzz-safety fuzz-sys
ifeq ($(HAVE_CROSS),yes)
check-sysfuzz-safety: $(BIN) $(SF_B)/guest/memsafety $(SF_B)/guest/guestfault $(SF_B)/internal_error \
		$(SF_B)/guest/errno_order $(SF_B)/native/errno_order
	@$(SF_B)/native/errno_order > $(SF_B)/errno_order.native.out 2>&1
	@$(BIN) $(SF_B)/guest/errno_order > $(SF_B)/errno_order.guest.out 2>&1
	@diff $(SF_B)/errno_order.native.out $(SF_B)/errno_order.guest.out || \
		{ echo "FAIL: errno_order differs from native"; exit 1; }
	@$(BIN) $(SF_B)/guest/memsafety || { echo "FAIL: memsafety"; exit 1; }
	@$(SF_B)/internal_error || { echo "FAIL: internal_error"; exit 1; }
	@out=$$(sh -c '$(BIN) $(SF_B)/guest/guestfault; echo "status $$?"' 2>&1); \
	case "$$out" in *"guestfault: loading"*"status 139") echo "ok: guest fault is guest SIGSEGV";; \
	*) echo "FAIL: guestfault: $$out"; exit 1;; esac
	@echo "check-sysfuzz-safety: passed"
CHECKS += check-sysfuzz-safety

check-sysfuzz: $(BIN) $(SF_B)/native/sysfuzz $(SF_B)/guest/sysfuzz
	@sh tests/sysfuzz/run.sh $(BIN) $(SF_B) $(SYSFUZZ_CALLS) $(SYSFUZZ_SEEDS)
CHECKS += check-sysfuzz

fuzz-sys: $(BIN) $(SF_B)/native/sysfuzz $(SF_B)/guest/sysfuzz
	@sh tests/sysfuzz/run.sh $(BIN) $(SF_B) $(N) $(SEED)
else
check-sysfuzz check-sysfuzz-safety fuzz-sys:
	@echo "SKIP: $@ (no AArch64 cross compiler)"
endif
