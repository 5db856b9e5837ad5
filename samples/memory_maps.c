/*
 * memory_maps.c -- the mmap family: anonymous mappings are zero-filled,
 * shared file mappings write through to the file (msync, then read()),
 * private file mappings do not, mprotect to read-only makes a store fault
 * with SEGV_ACCERR, mremap grows a mapping keeping its contents, munmap
 * makes an access fault with SEGV_MAPERR, madvise(MADV_DONTNEED) zeroes
 * private anonymous pages, and brk/sbrk move the program break.
 * Usage: memory_maps DIR   (a scratch directory for the mapped file)
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096

static sigjmp_buf env;
static volatile sig_atomic_t armed;
static volatile int fault_code;
static volatile uintptr_t fault_addr;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	if (!armed) { /* an unexpected fault: die of it as without a handler */
		signal(sig, SIG_DFL);
		return;
	}
	armed = 0;
	fault_code = si->si_code;
	fault_addr = (uintptr_t)si->si_addr;
	siglongjmp(env, 1);
}

/* try_store P -- store to P; returns 0 if it worked, else the si_code. */
static int try_store(volatile char *p)
{
	fault_code = 0;
	if (sigsetjmp(env, 1) == 0) {
		armed = 1;
		*p = 'x';
		armed = 0;
		return 0;
	}
	return fault_addr == (uintptr_t)p ? fault_code : -1;
}

static void test_anonymous(void)
{
	size_t len = 16 * PAGE;
	unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	size_t nonzero = 0;
	for (size_t i = 0; i < len; i++)
		nonzero += p[i] != 0;
	printf("anonymous: mapped=%d page-aligned=%d nonzero bytes=%zu\n", p != MAP_FAILED,
	       ((uintptr_t)p % PAGE) == 0, nonzero);
	memset(p, 0xab, len);
	madvise(p + 4 * PAGE, 2 * PAGE, MADV_DONTNEED);
	printf("after MADV_DONTNEED: byte in range=%#x byte outside=%#x\n", p[5 * PAGE], p[7 * PAGE]);
	printf("mprotect read-only: %d\n", mprotect(p, PAGE, PROT_READ));
	int code = try_store((volatile char *)p + 100);
	printf("store to read-only page: %s\n", code == SEGV_ACCERR ? "SEGV_ACCERR" : code ? "other fault" : "no fault");
	mprotect(p, PAGE, PROT_READ | PROT_WRITE);
	printf("store after PROT_WRITE restored: %s\n", try_store((volatile char *)p + 100) ? "fault" : "ok");

	unsigned char *q = mremap(p, len, 64 * PAGE, MREMAP_MAYMOVE);
	if (q == MAP_FAILED) {
		perror("mremap");
		exit(1);
	}
	size_t kept = 0, fresh_zero = 0;
	for (size_t i = 8 * PAGE; i < len; i++)
		kept += q[i] == 0xab;
	for (size_t i = len; i < 64 * PAGE; i++)
		fresh_zero += q[i] == 0;
	printf("mremap grow: ok=%d kept=%zu of %zu, new bytes zero=%zu of %zu\n", q != MAP_FAILED,
	       kept, len - 8 * PAGE, fresh_zero, 64 * PAGE - len);
	munmap(q, 64 * PAGE);
	code = try_store((volatile char *)q + PAGE);
	printf("store after munmap: %s\n", code == SEGV_MAPERR ? "SEGV_MAPERR" : code ? "other fault" : "no fault");
	printf("munmap of a gap: %d, zero-length mmap fails: %d, unaligned munmap fails: %d\n",
	       munmap(q, PAGE), mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED,
	       munmap(q + 1, PAGE) != 0);
}

static void test_files(const char *dir)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/mapped.bin", dir);
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || ftruncate(fd, 3 * PAGE) != 0) {
		perror(path);
		exit(1);
	}
	char *shared = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	char *priv = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	strcpy(shared + PAGE + 10, "written through MAP_SHARED");
	strcpy(priv + 2 * PAGE, "private copy only");
	printf("msync: %d\n", msync(shared, 3 * PAGE, MS_SYNC));
	char buf[64] = { 0 };
	pread(fd, buf, 40, PAGE + 10);
	printf("file sees shared write: '%s'\n", buf);
	memset(buf, 0, sizeof buf);
	pread(fd, buf, 20, 2 * PAGE);
	printf("file sees private write: %s\n", buf[0] ? "yes" : "no");
	printf("private mapping sees shared write: '%s'\n", priv + PAGE + 10);
	pwrite(fd, "via write()", 11, 100);
	printf("shared mapping sees write(): '%.11s'\n", shared + 100);
	char *ro = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0);
	int code = try_store(ro);
	printf("store to PROT_READ file mapping: %s\n", code == SEGV_ACCERR ? "SEGV_ACCERR" : code ? "other fault" : "no fault");
	munmap(ro, PAGE);
	munmap(shared, 3 * PAGE);
	munmap(priv, 3 * PAGE);
	close(fd);
	unlink(path);
}

static void test_brk(void)
{
	char *start = sbrk(0);
	char *grown = sbrk(10 * PAGE);
	char *end = sbrk(0);
	memset(grown, 1, 10 * PAGE);
	printf("sbrk: grew by %td, returned old break=%d\n", end - start, grown == start);
	sbrk(-5 * PAGE);
	printf("sbrk shrink: now %td above start\n", (char *)sbrk(0) - start);
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
	test_anonymous();
	test_files(argc > 1 ? argv[1] : "/tmp");
	test_brk();
	return 0;
}
