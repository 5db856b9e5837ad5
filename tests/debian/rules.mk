# tests/debian -- real Debian 12 arm64 programs (coreutils, grep, sed, gawk,
# diffutils, tar, gzip, xz, sqlite3, lua5.4, perl, python3.11) run under an
# emulator against the host's amd64 builds of the same programs, on the
# cases of tests/debian/cases.txt (check-debian); and a selection of
# CPython's own regression tests (tests/debian/cpython.sh,
# check-cpython-quick).  The packages of
# tests/debian/packages.txt are downloaded and unpacked together into
# build/debian/root, a self-contained arm64 root used as the sysroot
# (-L); never committed.  Without network or arm64 package lists the check
# says SKIP and why.
#   make check-debian                       under build/runforeign
#   make check-debian EMU=qemu-aarch64      prove the expectations
#   make check-debian DEBIAN_CASES="ls_l python_script"
#   make check-cpython-quick                the quick CPython modules
#   make check-cpython                      all CPython modules that pass
#                                           (about 35 min; not in make check)

DEBIAN_DIR = $(B)/debian
DEBIAN_ROOT = $(DEBIAN_DIR)/root
DEBIAN_CASES ?=
# CPython test modules that pass under runforeign (docs/COMPAT.md lists the
# others and why).  make check runs the quick ones, to stay within its time
# budget; test_re, test_math and test_decimal take 6-14 minutes each.
# test_subprocess (about 3.5 minutes) checks fork, vfork/posix_spawn, exec,
# pipes, signals and waiting with many threads.
CPYTHON_ALL = test_struct test_json test_subprocess test_re test_math test_decimal
DEBIAN_CPYTHON ?= test_struct test_json test_subprocess
EMU ?= $(BIN)

# The packages are fetched once per make run, before either check: a stamp
# in the root records success; on failure the reason is kept next to it.
DEBIAN_STAMP = $(DEBIAN_ROOT)/.fetched
.PHONY: debian-root
debian-root:
	@mkdir -p $(DEBIAN_DIR); rm -f $(DEBIAN_DIR)/fetch.why; \
	if why=$$(sh tools/fetch-arm64-debs.sh $(DEBIAN_DIR) $$(grep -v '^#' tests/debian/packages.txt)); \
	then touch $(DEBIAN_STAMP); else rm -f $(DEBIAN_STAMP); echo "$$why" >$(DEBIAN_DIR)/fetch.why; fi
# debian_skip NAME -- the shell line that says SKIP when the root is missing.
debian_skip = if [ ! -f $(DEBIAN_STAMP) ]; then \
	echo "$(1): SKIP: arm64 packages unavailable: $$(cat $(DEBIAN_DIR)/fetch.why)"; exit 0; fi

.PHONY: check-debian check-cpython-quick
check-debian: debian-root $(if $(filter $(BIN),$(EMU)),$(BIN))
	@$(call debian_skip,debian); \
	sh tests/debian/run.sh "$(EMU)" $(DEBIAN_ROOT) tests/debian/cases.txt \
		$(B)/tests/debian $(DEBIAN_CASES)
CHECKS += check-debian

# CPython's tests run as a check of their own, in parallel with the rest.
check-cpython-quick: debian-root $(if $(filter $(BIN),$(EMU)),$(BIN))
	@$(call debian_skip,cpython); \
	$(if $(strip $(DEBIAN_CPYTHON)),sh tests/debian/cpython.sh "$(EMU)" $(DEBIAN_ROOT) \
		$(B)/tests/debian/cpython $(DEBIAN_CPYTHON),:)
CHECKS += check-cpython-quick

.PHONY: check-cpython
check-cpython:
	@+$(MAKE) --no-print-directory check-cpython-quick DEBIAN_CPYTHON="$(CPYTHON_ALL)"
