/*
 * fuzz_elf_parse.c -- libFuzzer harness for the loader's ELF validation
 * (loader_parse_elf).  Each input is written to a memfd and parsed; the
 * parser must never crash, assert or leak on any input.  Rejections print
 * one line each, so the target runs with -close_fd_mask=2.
 *
 *   make fuzz-elf-libfuzzer [FUZZ_TIME=60]
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>
#include "loader/loader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct rf_elf_info info;
	int fd = memfd_create("fuzz-elf", MFD_CLOEXEC);

	if (fd < 0)
		return 0;
	if (write(fd, data, size) == (ssize_t)size)
		loader_parse_elf("fuzz-input", fd, (off_t)size, &info);
	close(fd);
	return 0;
}
