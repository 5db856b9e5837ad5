# tests/diff -- the Unicorn differential instruction tester (difftest).
# build/tests/diff/difftest runs random instances of every row of
# xlate/a64.def on runforeign's interpreter and on Unicorn and compares
# the results.  check-diff: a fixed-seed run of 210,000 cases (part of
# make check when Unicorn is installed);
# check-capstone: Capstone must decode the same cases as the rows they
# come from (tests/diff/capstone.c, names and known gaps in cs_names.h;
# it runs inside difftest, so it needs Unicorn too);
# fuzz-insn: a longer campaign (make fuzz-insn N=cases-per-row SEED=s).

DIFF_SRC = tests/diff/capstone.c tests/diff/difftest.c tests/diff/divergence.c tests/diff/gen.c tests/diff/report.c tests/diff/rf_side.c tests/diff/uc_side.c
DIFF_OBJ = $(DIFF_SRC:%.c=$(B)/%.o)
DIFF_BIN = $(B)/tests/diff/difftest
DIFF_TOTAL ?= 210000
N ?= 2000
SEED ?= $(shell date +%s)

# Row -> encoding group (the xlate/a64/*.def file that holds it).
$(B)/tests/diff/rowgroups.h: $(wildcard xlate/a64/*.def)
	@mkdir -p $(dir $@)
	@for f in $(sort $(wildcard xlate/a64/*.def)); do \
		g=$$(basename $$f .def); \
		sed -n "s/^A64(\([A-Za-z0-9_]*\),.*/{\"\1\", \"$$g\"},/p" $$f; \
	done > $@.tmp && mv $@.tmp $@

$(B)/tests/diff/report.o: $(B)/tests/diff/rowgroups.h
$(B)/tests/diff/uc_side.o: CFLAGS_ALL += $(UC_CFLAGS)

$(DIFF_BIN): $(DIFF_OBJ) $(B)/librf.a
	$(CC) $(SAN) -o $@ $(DIFF_OBJ) -Wl,--whole-archive $(B)/librf.a -Wl,--no-whole-archive \
		$(UC_LIBS) $(LIBS)

.PHONY: check-diff check-capstone fuzz-insn
ifeq ($(HAVE_UNICORN),yes)
check-diff: $(DIFF_BIN)
	$(DIFF_BIN) --total $(DIFF_TOTAL) --seed 1 --report $(B)/tests/diff/report.txt

# Capstone as a decoding oracle: 100 instances of every row.
check-capstone: $(DIFF_BIN)
	$(DIFF_BIN) --capstone --n 100 --seed 1

fuzz-insn: $(DIFF_BIN)
	$(DIFF_BIN) --n $(N) --seed $(SEED) --report $(B)/tests/diff/fuzz-report.txt

CHECKS += check-diff check-capstone
else
check-diff check-capstone fuzz-insn:
	@echo "SKIP: $@ (libunicorn not found by configure)"
endif

-include $(DIFF_OBJ:.o=.d)

# check-diff-qemu: the same generator against qemu-aarch64, out of
# process.  qemudiff (tests/diff/qemudiff.c) packs the cases into batch
# files that qrunner (tests/diff/qrunner.c, a static AArch64 program) runs
# under qemu-aarch64 and under runforeign; the results are compared with
# each other and with the in-process interpreter.  make check runs
# QDIFF_TOTAL cases with seed 1; fuzz-insn-qemu is the longer campaign
# (make fuzz-insn-qemu N=cases-per-row SEED=s).
QDIFF_SRC = tests/diff/qemudiff.c tests/diff/divergence.c tests/diff/gen.c tests/diff/rf_side.c tests/diff/report.c
QDIFF_OBJ = $(QDIFF_SRC:%.c=$(B)/%.o)
QDIFF_BIN = $(B)/tests/diff/qemudiff
QRUNNER = $(B)/tests/diff/qrunner
QDIFF_TOTAL ?= 100000
# qemu's "max" CPU without SVE and SME (whose signal frames would carry
# the V registers in sve_context) and without pointer authentication
# (hint-space PAC instructions would sign with random keys).
QDIFF_QEMU = $(QEMU) -cpu max,sve=off,sme=off,pauth=off
QDIFF_RUN = $(QDIFF_BIN) --runforeign $(BIN) --runner $(QRUNNER) --qemu "$(QDIFF_QEMU)"

$(QRUNNER): tests/diff/qrunner.c tests/diff/qcase.h
	@mkdir -p $(dir $@)
	$(CROSS_CC) -O2 -Wall -Wextra -ffreestanding -fno-builtin -fno-tree-loop-distribute-patterns \
		-nostdlib -static -I. -o $@ $<

$(QDIFF_BIN): $(QDIFF_OBJ) $(B)/librf.a
	$(CC) $(SAN) -o $@ $(QDIFF_OBJ) -Wl,--whole-archive $(B)/librf.a -Wl,--no-whole-archive $(LIBS)

.PHONY: check-diff-qemu fuzz-insn-qemu
ifeq ($(HAVE_CROSS)$(HAVE_QEMU),yesyes)
check-diff-qemu: $(BIN) $(QDIFF_BIN) $(QRUNNER)
	$(QDIFF_RUN) --workdir $(B)/tests/diff/qemu --total $(QDIFF_TOTAL) --seed 1 \
		--report $(B)/tests/diff/qemu-report.txt

fuzz-insn-qemu: $(BIN) $(QDIFF_BIN) $(QRUNNER)
	$(QDIFF_RUN) --workdir $(B)/tests/diff/qemu-fuzz --n $(N) --seed $(SEED) \
		--report $(B)/tests/diff/qemu-fuzz-report.txt

CHECKS += check-diff-qemu
else
check-diff-qemu fuzz-insn-qemu:
	@echo "SKIP: $@ (needs the cross compiler and qemu-aarch64, see configure)"
endif

-include $(QDIFF_OBJ:.o=.d)
