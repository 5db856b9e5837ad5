# tests/binfmt -- runforeign registered as the kernel's binfmt_misc handler
# for AArch64 ELF programs (runforeign --binfmt), then programs started
# directly as ./prog; needs root and binfmt_misc (else SKIP).  Registers
# system-wide for the few seconds it runs and always unregisters.
#   make check-binfmt

.PHONY: check-binfmt
check-binfmt: $(BIN)
	@sh tests/binfmt/run.sh $(BIN) $(B)/tests/binfmt $(wildcard $(B)/debian/root)
