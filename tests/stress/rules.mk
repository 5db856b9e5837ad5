# tests/stress -- C stress tests (static glibc, -pthread), each asserting
# exact results.  atomic_inc.c is built three ways so that the atomics are
# LDXR/STXR loops (no LSE, no outline helpers), LDADD, and CAS.
# check-stress runs each once under runforeign; stress-soak runs the whole
# set 20 times and allows no failure.

STRESS_SRC = $(filter-out tests/stress/atomic_inc.c,$(sort $(wildcard tests/stress/*.c)))
STRESS_BIN = $(STRESS_SRC:tests/stress/%.c=$(B)/tests/stress/%) \
	$(B)/tests/stress/atomic_llsc $(B)/tests/stress/atomic_lse $(B)/tests/stress/atomic_cas
STRESS_CFLAGS = -static -O2 -Wall -pthread

$(B)/tests/stress/%: tests/stress/%.c tests/stress/stress.h
	@mkdir -p $(dir $@)
	$(CROSS_CC) $(STRESS_CFLAGS) -o $@ $<

$(B)/tests/stress/atomic_llsc: tests/stress/atomic_inc.c tests/stress/stress.h
	@mkdir -p $(dir $@)
	$(CROSS_CC) $(STRESS_CFLAGS) -march=armv8-a -mno-outline-atomics -o $@ $<
$(B)/tests/stress/atomic_lse: tests/stress/atomic_inc.c tests/stress/stress.h
	@mkdir -p $(dir $@)
	$(CROSS_CC) $(STRESS_CFLAGS) -march=armv8.1-a -o $@ $<
$(B)/tests/stress/atomic_cas: tests/stress/atomic_inc.c tests/stress/stress.h
	@mkdir -p $(dir $@)
	$(CROSS_CC) $(STRESS_CFLAGS) -march=armv8.1-a -DUSE_CAS -o $@ $<

.PHONY: check-stress stress-soak
check-stress: $(BIN) $(STRESS_BIN)
	@sh tests/stress/run.sh $(BIN) 1 $(STRESS_BIN)

stress-soak: $(BIN) $(STRESS_BIN)
	@sh tests/stress/run.sh $(BIN) 20 $(STRESS_BIN)

ifeq ($(HAVE_CROSS),yes)
CHECKS += check-stress
endif
