# tests/fuzz -- hostile input for the loader.
# check-fuzz-elf (in make check): 2,000 ELF mutants.  fuzz-elf: a longer
# campaign, `make fuzz-elf N=100000 SEED=7`.

FUZZ_DIR = $(B)/tests/fuzz
FUZZ_SEEDS = $(FUZZ_DIR)/seed_min $(FUZZ_DIR)/seed_static $(FUZZ_DIR)/seed_pie $(FUZZ_DIR)/seed_dyn
N ?= 100000
SEED ?= 1
# A mutant still running at the time limit is run under qemu-aarch64 too:
# if it runs past the limit there as well, the guest itself loops.
ifeq ($(HAVE_QEMU),yes)
FUZZ_ENV = ELF_MUTATE_QEMU=$(QEMU) ELF_MUTATE_SYSROOT=/usr/aarch64-linux-gnu
endif

$(FUZZ_DIR)/elf_mutate: tests/fuzz/elf_mutate.c
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -O2 -Wall -Wextra -o $@ $<

$(FUZZ_DIR)/seed_min: tests/fuzz/seed_min.S
	@mkdir -p $(dir $@)
	$(CROSS_CC) -nostdlib -static -o $@ $<
$(FUZZ_DIR)/seed_static: samples/hello.c
	@mkdir -p $(dir $@)
	$(CROSS_CC) -static -O2 -o $@ $<
$(FUZZ_DIR)/seed_pie: samples/hello.c
	@mkdir -p $(dir $@)
	$(CROSS_CC) -static-pie -O2 -o $@ $<
$(FUZZ_DIR)/seed_dyn: samples/hello.c
	@mkdir -p $(dir $@)
	$(CROSS_CC) -O2 -o $@ $<

.PHONY: check-fuzz-elf fuzz-elf
check-fuzz-elf: $(BIN) $(FUZZ_DIR)/elf_mutate $(FUZZ_SEEDS)
	@rm -rf $(FUZZ_DIR)/work
	@$(FUZZ_ENV) $(FUZZ_DIR)/elf_mutate $(BIN) 2000 1 $(FUZZ_DIR)/work $(FUZZ_SEEDS) > $(FUZZ_DIR)/check.log; \
		r=$$?; tail -20 $(FUZZ_DIR)/check.log; exit $$r

fuzz-elf: $(BIN) $(FUZZ_DIR)/elf_mutate $(FUZZ_SEEDS)
	@$(FUZZ_ENV) $(FUZZ_DIR)/elf_mutate $(BIN) $(N) $(SEED) $(FUZZ_DIR)/work-$(SEED) $(FUZZ_SEEDS) > $(FUZZ_DIR)/fuzz-$(SEED).log; \
		r=$$?; tail -50 $(FUZZ_DIR)/fuzz-$(SEED).log; exit $$r

ifeq ($(HAVE_CROSS),yes)
CHECKS += check-fuzz-elf
endif

# Coverage-guided fuzzing of the ELF parser with clang's libFuzzer (needs clang).
FUZZ_TIME ?= 60
$(FUZZ_DIR)/fuzz_elf_parse: tests/fuzz/fuzz_elf_parse.c loader/elf.c loader/loader.h
	@mkdir -p $(dir $@)
	clang -g -O1 -fsanitize=fuzzer,address,undefined -I. -Ibuild -D_GNU_SOURCE \
		-o $@ tests/fuzz/fuzz_elf_parse.c loader/elf.c xlate/gmap.c xlate/gmem.c \
		$(ELF_LIBS) -lpthread

.PHONY: fuzz-elf-libfuzzer
fuzz-elf-libfuzzer: $(FUZZ_DIR)/fuzz_elf_parse $(FUZZ_SEEDS)
	@mkdir -p $(FUZZ_DIR)/corpus
	cp $(FUZZ_SEEDS) $(FUZZ_DIR)/corpus/
	$(FUZZ_DIR)/fuzz_elf_parse -max_total_time=$(FUZZ_TIME) -max_len=65536 -close_fd_mask=2 $(FUZZ_DIR)/corpus
