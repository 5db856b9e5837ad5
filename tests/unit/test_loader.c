/*
 * test_loader.c -- the loader's validation of hostile ELF files: every
 * rejection gives RF_EXIT_NOEXEC (or NOENT) and exactly one line
 * "runforeign: FILE: reason" naming the reason; valid layouts (64 KiB
 * p_align, static-pie) are accepted.
 */
#include <elf.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <cmocka.h>
#include "loader/loader.h"
#include "xlate/rf.h"

#define FILE_SIZE 0x3000

/* A small valid AArch64 ET_EXEC: text at 0x400000, data+bss after it. */
struct image {
	unsigned char bytes[FILE_SIZE];
	size_t len;
};

static Elf64_Ehdr *ehdr(struct image *im) { return (Elf64_Ehdr *)im->bytes; }
static Elf64_Phdr *phdr(struct image *im, int i) { return (Elf64_Phdr *)(im->bytes + 64) + i; }

static void make_valid(struct image *im)
{
	Elf64_Ehdr *e = ehdr(im);

	memset(im, 0, sizeof *im);
	im->len = FILE_SIZE;
	memcpy(e->e_ident, ELFMAG, SELFMAG);
	e->e_ident[EI_CLASS] = ELFCLASS64;
	e->e_ident[EI_DATA] = ELFDATA2LSB;
	e->e_ident[EI_VERSION] = EV_CURRENT;
	e->e_type = ET_EXEC;
	e->e_machine = EM_AARCH64;
	e->e_version = EV_CURRENT;
	e->e_entry = 0x401000;
	e->e_phoff = 64;
	e->e_ehsize = 64;
	e->e_phentsize = sizeof(Elf64_Phdr);
	e->e_phnum = 2;
	*phdr(im, 0) = (Elf64_Phdr){.p_type = PT_LOAD, .p_flags = PF_R | PF_X, .p_offset = 0,
				    .p_vaddr = 0x400000, .p_filesz = 0x2000, .p_memsz = 0x2000,
				    .p_align = 0x10000};
	*phdr(im, 1) = (Elf64_Phdr){.p_type = PT_LOAD, .p_flags = PF_R | PF_W, .p_offset = 0x2000,
				    .p_vaddr = 0x412000, .p_filesz = 0x800, .p_memsz = 0x5000,
				    .p_align = 0x10000};
}

static char errbuf[4096];

/* Parse im; returns the status and leaves stderr's text in errbuf. */
static int parse(struct image *im, struct rf_elf_info *info)
{
	int fd = memfd_create("elf", 0), saved = dup(2), r;
	FILE *tmp = tmpfile();
	size_t n;

	assert_true(fd >= 0 && tmp);
	assert_int_equal(write(fd, im->bytes, im->len), (ssize_t)im->len);
	fflush(stderr);
	dup2(fileno(tmp), 2);
	r = loader_parse_elf("prog", fd, (off_t)im->len, info);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	close(fd);
	rewind(tmp);
	n = fread(errbuf, 1, sizeof errbuf - 1, tmp);
	errbuf[n] = '\0';
	fclose(tmp);
	return r;
}

static void expect_reject(struct image *im, const char *reason)
{
	static struct rf_elf_info info;
	const char *nl;

	assert_int_equal(parse(im, &info), RF_EXIT_NOEXEC);
	assert_true(strncmp(errbuf, "runforeign: prog: ", 18) == 0);
	nl = strchr(errbuf, '\n');
	assert_non_null(nl);
	assert_int_equal(nl[1], '\0'); /* exactly one line */
	if (!strstr(errbuf, reason))
		fail_msg("expected '%s' in: %s", reason, errbuf);
}

static void test_valid(void **state)
{
	static struct image im;
	static struct rf_elf_info info;

	make_valid(&im);
	assert_int_equal(parse(&im, &info), 0);
	assert_int_equal(info.nloads, 2);
	assert_int_equal(info.lo, 0x400000);
	assert_int_equal(info.hi, 0x417000);
	assert_string_equal(errbuf, "");
}

static void test_static_pie_accepted(void **state)
{
	static struct image im;
	static struct rf_elf_info info;

	make_valid(&im);
	ehdr(&im)->e_type = ET_DYN;
	phdr(&im, 0)->p_vaddr = 0;
	phdr(&im, 1)->p_vaddr = 0x12000;
	assert_int_equal(parse(&im, &info), 0);
	assert_int_equal(info.lo, 0);
}

#define REJECT_TEST(name, mutation, reason)         \
	static void name(void **state)              \
	{                                           \
		static struct image im;             \
		make_valid(&im);                    \
		mutation;                           \
		expect_reject(&im, reason);         \
	}

REJECT_TEST(test_not_elf, memcpy(im.bytes, "#!/bi", 5), "not an ELF file")
REJECT_TEST(test_truncated_header, im.len = 20, "truncated ELF header")
REJECT_TEST(test_class32, im.bytes[EI_CLASS] = ELFCLASS32, "not a 64-bit ELF file (ELFCLASS32)")
REJECT_TEST(test_big_endian, im.bytes[EI_DATA] = ELFDATA2MSB, "not a little-endian")
REJECT_TEST(test_x86_64, ehdr(&im)->e_machine = EM_X86_64, "not an AArch64 program (it is for x86-64")
REJECT_TEST(test_relocatable, ehdr(&im)->e_type = ET_REL, "not an executable")
REJECT_TEST(test_phentsize, ehdr(&im)->e_phentsize = 32, "bad program header size")
REJECT_TEST(test_phnum_zero, ehdr(&im)->e_phnum = 0, "bad number of program headers")
REJECT_TEST(test_phdrs_past_eof, ehdr(&im)->e_phoff = FILE_SIZE - 8, "program headers extend past the end")
REJECT_TEST(test_filesz_gt_memsz, phdr(&im, 1)->p_filesz = 0x6000, "file size exceeds memory size")
REJECT_TEST(test_segment_past_eof, phdr(&im, 1)->p_filesz = 0x1800; phdr(&im, 1)->p_offset = 0x2000;
	    im.len = 0x2400, "extends past the end of the file")
REJECT_TEST(test_overlap, phdr(&im, 1)->p_vaddr = 0x401000, "overlaps the previous one")
REJECT_TEST(test_incongruent, phdr(&im, 1)->p_vaddr = 0x412100, "not congruent")
REJECT_TEST(test_align_not_pow2, phdr(&im, 1)->p_align = 0x3000, "not a power of two")
REJECT_TEST(test_absurd_size, phdr(&im, 1)->p_memsz = 0xfffffffffffff000ull, "absurd")
REJECT_TEST(test_wrapping_vaddr, phdr(&im, 1)->p_vaddr = 0xfffffffffffff000ull; phdr(&im, 1)->p_offset = 0,
	    "absurd")
REJECT_TEST(test_no_load, phdr(&im, 0)->p_type = PT_NOTE; phdr(&im, 1)->p_type = PT_NOTE,
	    "no loadable segments")
REJECT_TEST(test_interp_bad, phdr(&im, 0)->p_type = PT_INTERP, "bad interpreter path")
static void add_interp(struct image *im, const char *s, size_t n)
{
	ehdr(im)->e_phnum = 3;
	memset(phdr(im, 2), 0, sizeof(Elf64_Phdr));
	phdr(im, 2)->p_type = PT_INTERP;
	phdr(im, 2)->p_offset = 0x2800;
	phdr(im, 2)->p_filesz = n;
	memcpy(im->bytes + 0x2800, s, n);
}

REJECT_TEST(test_interp_unterminated, add_interp(&im, "/lib/ld-", 8), "bad interpreter path")
REJECT_TEST(test_interp_relative, add_interp(&im, "ld.so", 6), "bad interpreter path")

static void test_interp_ok(void **state)
{
	static struct image im;
	static struct rf_elf_info info;

	make_valid(&im);
	add_interp(&im, "/lib/ld-linux-aarch64.so.1", 27);
	assert_int_equal(parse(&im, &info), 0);
	assert_string_equal(info.interp, "/lib/ld-linux-aarch64.so.1");
}

/* A writable segment holding only .bss may have any file offset. */
static void test_bss_only_segment(void **state)
{
	static struct image im;
	static struct rf_elf_info info;

	make_valid(&im);
	phdr(&im, 1)->p_filesz = 0;
	phdr(&im, 1)->p_offset = 0x12000;
	assert_int_equal(parse(&im, &info), 0);
	assert_int_equal(info.hi, 0x417000);
}

static void test_missing_file(void **state)
{
	static struct rf_image img;
	int saved = dup(2);

	dup2(open("/dev/null", O_WRONLY), 2);
	assert_int_equal(loader_load_elf("/nonexistent/runforeign-test", NULL, &img), RF_EXIT_NOENT);
	assert_int_equal(loader_load_elf("/", NULL, &img), RF_EXIT_NOEXEC);
	dup2(saved, 2);
	close(saved);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_static_pie_accepted),
		cmocka_unit_test(test_not_elf),
		cmocka_unit_test(test_truncated_header),
		cmocka_unit_test(test_class32),
		cmocka_unit_test(test_big_endian),
		cmocka_unit_test(test_x86_64),
		cmocka_unit_test(test_relocatable),
		cmocka_unit_test(test_phentsize),
		cmocka_unit_test(test_phnum_zero),
		cmocka_unit_test(test_phdrs_past_eof),
		cmocka_unit_test(test_filesz_gt_memsz),
		cmocka_unit_test(test_segment_past_eof),
		cmocka_unit_test(test_overlap),
		cmocka_unit_test(test_incongruent),
		cmocka_unit_test(test_align_not_pow2),
		cmocka_unit_test(test_absurd_size),
		cmocka_unit_test(test_wrapping_vaddr),
		cmocka_unit_test(test_no_load),
		cmocka_unit_test(test_interp_bad),
		cmocka_unit_test(test_interp_unterminated),
		cmocka_unit_test(test_interp_relative),
		cmocka_unit_test(test_interp_ok),
		cmocka_unit_test(test_bss_only_segment),
		cmocka_unit_test(test_missing_file),
	};
	return cmocka_run_group_tests_name("loader", tests, NULL, NULL);
}
