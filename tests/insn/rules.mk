# tests/insn -- self-checking assembly per encoding group (see insn.h).
# Each tests/insn/NAME.S becomes build/tests/insn/NAME, run under
# qemu-aarch64 (when present, to prove the expectations) and runforeign.

INSN_SRC = $(sort $(wildcard tests/insn/*.S))
INSN_BIN = $(INSN_SRC:tests/insn/%.S=$(B)/tests/insn/%)

$(B)/tests/insn/%: tests/insn/%.S tests/insn/insn.h
	@mkdir -p $(dir $@)
	$(CROSS_CC) -nostdlib -static -Itests/insn -o $@ $<

.PHONY: check-insn
check-insn: $(BIN) $(INSN_BIN)
	@sh tests/insn/run.sh "$(BIN)" "$(QEMU)" "$(HAVE_QEMU)" $(INSN_BIN)

ifeq ($(HAVE_CROSS),yes)
CHECKS += check-insn
endif
