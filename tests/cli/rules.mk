# tests/cli -- the command line: options and environment twins, -D
# logging, runforeign's own exit statuses (tests/cli/run.sh).

$(B)/tests/cli/cli_probe: tests/cli/cli_probe.c
	@mkdir -p $(dir $@)
	$(CROSS_CC) -static -O2 -o $@ $<

.PHONY: check-cli
check-cli: $(BIN) $(B)/tests/cli/cli_probe
	@sh tests/cli/run.sh $(BIN) $(B)/tests/cli/cli_probe $(B)/tests/cli/work

ifeq ($(HAVE_CROSS),yes)
CHECKS += check-cli
endif
