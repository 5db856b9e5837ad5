/*
 * mm_ops.c -- the address space: anonymous and file mappings, MAP_FIXED
 * and MAP_FIXED_NOREPLACE, munmap, mprotect, mremap, madvise, mincore,
 * msync and the program break.  Page faults are not provoked (that is the
 * signal tests' business); access is checked through write(2)/read(2),
 * which report EFAULT.
 */
#include "sys_test.h"
#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PG 4096

static int pipefd[2], zero;

/* Can the kernel read / write one byte at p?  (A pipe write copies the
 * byte; a /dev/zero read stores one.) */
static const char *access_of(void *p)
{
	char c;
	int r = write(pipefd[1], p, 1) == 1;
	int w = read(zero, p, 1) == 1;

	if (r)
		read(pipefd[0], &c, 1);
	return r ? (w ? "rw" : "r-") : (w ? "-w" : "--");
}

static void test_anon(void)
{
	char *p = mmap(NULL, 4 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), *q;

	says("mmap anon", p != MAP_FAILED);
	says("page aligned", ((uintptr_t)p & (PG - 1)) == 0);
	says("zero filled", p[0] == 0 && p[4 * PG - 1] == 0);
	p[PG] = 'x';
	rep("munmap middle", munmap(p + PG, PG));
	printf("access after munmap: %s %s %s\n", access_of(p), access_of(p + PG),
	       access_of(p + 2 * PG));
	q = mmap(p + PG, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	says("noreplace into hole", q == p + PG);
	q = mmap(p + PG, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	rep("noreplace over mapping", q == MAP_FAILED ? -1 : 0);
	p[0] = 'a';
	q = mmap(p, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	says("fixed replaces", q == p && p[0] == 0);
	rep("mprotect read-only", mprotect(p, PG, PROT_READ));
	printf("access: %s\n", access_of(p));
	rep("mprotect none", mprotect(p, PG, PROT_NONE));
	printf("access: %s\n", access_of(p));
	rep("mprotect exec-read", mprotect(p, PG, PROT_READ | PROT_EXEC));
	printf("access: %s\n", access_of(p));
	rep("mprotect unaligned", mprotect(p + 1, PG, PROT_READ));
	rep("mprotect zero length", mprotect(p, 0, PROT_READ));
	rep("munmap all", munmap(p, 4 * PG));
	rep("mprotect unmapped", mprotect(p, PG, PROT_READ));
	rep("munmap unmapped", munmap(p, PG));
	rep("munmap unaligned", munmap(p + 1, PG));
	rep("munmap zero", munmap(p, 0));
}

static void test_invalid(void)
{
	void *r;

	r = mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	rep("mmap length 0", r == MAP_FAILED ? -1 : 0);
	r = mmap(NULL, PG, PROT_READ, MAP_ANONYMOUS, -1, 0);
	rep("mmap no type", r == MAP_FAILED ? -1 : 0);
	r = mmap(NULL, PG, PROT_READ, MAP_PRIVATE, 999, 0);
	rep("mmap bad fd", r == MAP_FAILED ? -1 : 0);
	r = mmap(NULL, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 1);
	rep("mmap unaligned offset", r == MAP_FAILED ? -1 : 0);
	r = mmap((void *)1, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	rep("mmap fixed unaligned", r == MAP_FAILED ? -1 : 0);
	r = mmap(NULL, (size_t)1 << 62, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	rep("mmap huge", r == MAP_FAILED ? -1 : 0);
	r = mmap(NULL, (size_t)-PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	rep("mmap length wraps", r == MAP_FAILED ? -1 : 0);
}

static void test_file(void)
{
	int fd = open("m", O_CREAT | O_RDWR | O_TRUNC, 0644);
	char *p, buf[8] = {0};

	write(fd, "file contents here", 18);
	p = mmap(NULL, PG, PROT_READ, MAP_PRIVATE, fd, 0);
	says("mmap file", p != MAP_FAILED);
	printf("mapped: %.13s\n", p);
	munmap(p, PG);
	p = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	memcpy(p, "FILE", 4);
	rep("msync", msync(p, PG, MS_SYNC));
	rep("msync bad flags", msync(p, PG, MS_SYNC | MS_ASYNC));
	pread(fd, buf, 4, 0);
	printf("written through map: %s\n", buf);
	munmap(p, PG);
	p = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED, open("m", O_RDONLY), 0);
	rep("shared writable on read-only fd", p == MAP_FAILED ? -1 : 0);
	close(fd);
}

static void test_remap(void)
{
	/* The third page blocks growing the first two in place. */
	char *p = mmap(NULL, 3 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *q, *blk = p + 2 * PG;

	strcpy(p, "keep me");
	q = mremap(p, 2 * PG, 4 * PG, 0);
	rep("mremap grow blocked", q == MAP_FAILED ? -1 : 0);
	q = mremap(p, 2 * PG, 4 * PG, MREMAP_MAYMOVE);
	says("mremap moved", q != MAP_FAILED && q != p);
	printf("data: %s\n", q);
	printf("old: %s new end: %s blocker: %s\n", access_of(p), access_of(q + 4 * PG - 1),
	       access_of(blk));
	q = mremap(q, 4 * PG, PG, 0);
	says("mremap shrink in place", q != MAP_FAILED);
	printf("data: %s\n", q);
	rep("mremap bad flags", mremap(q, PG, PG, 8) == MAP_FAILED ? -1 : 0);
	rep("mremap fixed without maymove",
	    mremap(q, PG, PG, MREMAP_FIXED, p) == MAP_FAILED ? -1 : 0);
	rep("mremap unmapped", mremap(p, PG, 2 * PG, MREMAP_MAYMOVE) == MAP_FAILED ? -1 : 0);
	munmap(q, PG);
	munmap(blk, PG);
}

static void test_advice(void)
{
	char *p = mmap(NULL, 2 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char vec[2];

	p[0] = 5;
	rep("madvise dontneed", madvise(p, PG, MADV_DONTNEED));
	printf("after dontneed: %d\n", p[0]);
	rep("madvise willneed", madvise(p, 2 * PG, MADV_WILLNEED));
	rep("madvise unaligned", madvise(p + 1, PG, MADV_NORMAL));
	rep("madvise bad advice", madvise(p, PG, 12345));
	p[0] = 1;
	rep("mincore", mincore(p, 2 * PG, vec));
	printf("resident first page: %d\n", vec[0] & 1);
	rep("mincore unaligned", mincore(p + 1, PG, vec));
	munmap(p, 2 * PG);
	rep("madvise unmapped", madvise(p, PG, MADV_NORMAL));
	rep("mincore unmapped", mincore(p, PG, vec));
}

static void test_brk(void)
{
	char *b0 = sbrk(0), *b1;
	long r;

	says("sbrk grows", sbrk(10000) == b0);
	b1 = sbrk(0);
	printf("grew by %ld\n", (long)(b1 - b0));
	memset(b0, 7, 10000);
	says("heap writable", b0[9999] == 7);
	says("sbrk shrinks", sbrk(-10000) == b1 && sbrk(0) == b0);
	r = syscall(SYS_brk, 0);
	says("brk(0) is current", (char *)r == b0);
	r = syscall(SYS_brk, 1);
	says("brk below start unchanged", (char *)r == b0);
}

int main(void)
{
	pipe(pipefd);
	zero = open("/dev/zero", O_RDONLY);
	test_anon();
	test_invalid();
	test_file();
	test_remap();
	test_advice();
	test_brk();
	return 0;
}
