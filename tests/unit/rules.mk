# tests/unit -- cmocka unit tests.  Every tests/unit/test_NAME.c becomes
# build/tests/unit/test_NAME, linked with the whole of build/librf.a
# (--whole-archive: so strong definitions in any object, e.g. the syscall
# handlers, replace their weak fallbacks, and an unresolved symbol is a
# link error, never silently ignored), cmocka and LIBS.
# make check-unit runs them all except UNIT_PENDING (tests that wait for
# work still in progress; make check-unit-pending runs those).
# UNIT_ELSEWHERE: tests built and run by another suite because they need
# its generated headers (check-abi: test_abi_*, check-sig:
# test_signal_abi); % patterns allowed.

UNIT_PENDING =
UNIT_ELSEWHERE = test_abi_% test_signal_abi
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
UNIT_ALL = $(filter-out $(UNIT_ELSEWHERE),$(UNIT_SRC:tests/unit/%.c=%))
UNIT_RUN = $(filter-out $(UNIT_PENDING),$(UNIT_ALL))
UNIT_BIN = $(UNIT_ALL:%=$(B)/tests/unit/%)

$(B)/tests/unit/test_%: tests/unit/test_%.c $(B)/librf.a config.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) $(CMOCKA_CFLAGS) -MMD -MP -o $@ $< \
		-Wl,--whole-archive $(B)/librf.a -Wl,--no-whole-archive $(CMOCKA_LIBS) $(LIBS)

-include $(UNIT_BIN:=.d)

# Run each test; report every failing one, fail if any failed.
define unit_run
	@fail=; for t in $(1); do \
		echo "== $$t"; \
		$(B)/tests/unit/$$t || fail="$$fail $$t"; \
	done; \
	if [ -n "$$fail" ]; then echo "check-unit: FAILED:$$fail"; exit 1; fi; \
	echo "check-unit: $(words $(1)) test programs passed"
endef

.PHONY: check-unit check-unit-pending
ifeq ($(HAVE_CMOCKA),yes)
check-unit: $(UNIT_RUN:%=$(B)/tests/unit/%)
	$(call unit_run,$(UNIT_RUN))

check-unit-pending: $(filter $(UNIT_PENDING:%=$(B)/tests/unit/%),$(UNIT_BIN))
	$(call unit_run,$(filter $(UNIT_PENDING),$(UNIT_ALL)))

CHECKS += check-unit
else
check-unit check-unit-pending:
	@echo "SKIP: $@ (cmocka not found by configure)"
endif
