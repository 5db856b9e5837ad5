# bench -- benchmark programs and the `make bench` runner (bench/run.sh).
# Each bench/NAME.c is built natively and for AArch64 (-static -O2, with
# -ffp-contract=off on both so the FP work is the same), then run natively,
# under qemu-aarch64 and under runforeign --stats.
#   make bench BENCH_RUNS=5 BENCH_SCALE=50

BENCH_SRC = $(filter-out bench/timeit.c,$(sort $(wildcard bench/*.c)))
BENCH_NAMES = $(basename $(notdir $(BENCH_SRC)))
BENCH_NATIVE = $(BENCH_NAMES:%=$(B)/bench/native/%)
BENCH_GUEST = $(BENCH_NAMES:%=$(B)/bench/arm64/%)
BENCH_CFLAGS = -O2 -Wall -Wextra -ffp-contract=off

$(B)/bench/timeit: bench/timeit.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -Wall -Wextra -o $@ $<

$(B)/bench/native/%: bench/%.c
	@mkdir -p $(dir $@)
	$(CC) $(BENCH_CFLAGS) -o $@ $< -lm

$(B)/bench/arm64/%: bench/%.c
	@mkdir -p $(dir $@)
	$(CROSS_CC) -static $(BENCH_CFLAGS) -o $@ $< -lm

bench: $(BIN) $(B)/bench/timeit $(BENCH_NATIVE) $(BENCH_GUEST)
	@BENCH_RUNS=$(BENCH_RUNS) BENCH_SCALE=$(BENCH_SCALE) sh bench/run.sh $(B)/bench $(BIN) \
		"$(if $(filter yes,$(HAVE_QEMU)),$(QEMU))"

BENCH_RUNS ?= 3
BENCH_SCALE ?= 100
