/*
 * memsafety.c -- the guest cannot map, unmap, protect, remap, brk or
 * madvise over runforeign's own memory.
 *
 * Built -static for AArch64 and run under runforeign.  Guest addresses end
 * at GUEST_ADDR_LIMIT (0x400000000000); everything above it is runforeign's
 * (its PIE image and heap near 0x555555554000, its libraries and stack near
 * 0x7ff...).  For the guest that space must behave as the arm64 kernel's
 * space beyond TASK_SIZE (mm/mmap.c, mm/mprotect.c, mm/mremap.c,
 * mm/madvise.c): MAP_FIXED fails with ENOMEM, munmap with EINVAL, mprotect
 * and madvise with ENOMEM, mremap from there with EFAULT and to there with
 * EINVAL, brk leaves the break unchanged.  Nor can the kernel write there
 * for the guest: the calls whose buffers the host kernel fills in place
 * (read, readv, getrandom, pipe2, recvfrom) fail with EFAULT there, and a
 * buffer running from guest space past the limit is filled only up to
 * it.  The program then keeps running,
 * prints a summary and exits 0; any deviation prints FAIL and exits 1.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#define PG 4096UL

static const unsigned long addrs[] = {
	0x400000000000UL, 0x400000001000UL, 0x4000dead0000UL, 0x500000000000UL,
	0x555555554000UL, 0x555555556000UL, 0x555555800000UL, 0x560000000000UL,
	0x600000000000UL, 0x7f0000000000UL, 0x7ffff7000000UL, 0x7ffff7fc0000UL,
	0x7ffffffde000UL, 0x7ffffffff000UL,
};

static volatile unsigned long canary = 0x5eed;
static int zero_fd, sock[2];
static int checks, failures;

static void expect(const char *what, unsigned long a, long r, int want)
{
	int e = r < 0 ? errno : 0;
	checks++;
	if (r != -1 || e != want) {
		failures++;
		printf("FAIL: %s at %#lx: result %ld errno %s, want %s\n", what, a, r,
		       e ? strerrorname_np(e) : "none", strerrorname_np(want));
	}
}

static long sys_mmap(unsigned long a, unsigned long len, int prot, int flags)
{
	return syscall(__NR_mmap, a, len, prot, flags, -1, 0);
}

static void check_addr(unsigned long a, void *mine)
{
	const int anon = MAP_PRIVATE | MAP_ANONYMOUS;
	expect("mmap MAP_FIXED", a, sys_mmap(a, PG, PROT_READ | PROT_WRITE, anon | MAP_FIXED), ENOMEM);
	expect("mmap MAP_FIXED_NOREPLACE", a,
	       sys_mmap(a, PG, PROT_READ, anon | MAP_FIXED_NOREPLACE), ENOMEM);
	expect("munmap", a, syscall(__NR_munmap, a, PG), EINVAL);
	expect("mprotect", a, syscall(__NR_mprotect, a, PG, PROT_NONE), ENOMEM);
	expect("madvise MADV_DONTNEED", a, syscall(__NR_madvise, a, PG, MADV_DONTNEED), ENOMEM);
	expect("mremap from", a, syscall(__NR_mremap, a, PG, 2 * PG, MREMAP_MAYMOVE, 0), EFAULT);
	expect("mremap to", a, syscall(__NR_mremap, mine, PG, PG,
					MREMAP_MAYMOVE | MREMAP_FIXED, a), EINVAL);

	/* Buffers the host kernel would fill in place. */
	struct iovec iov = { (void *)a, PG };
	expect("read /dev/zero", a, syscall(__NR_read, zero_fd, a, PG), EFAULT);
	expect("readv /dev/zero", a, syscall(__NR_readv, zero_fd, &iov, 1), EFAULT);
	expect("getrandom", a, syscall(__NR_getrandom, a, 16, 0), EFAULT);
	expect("pipe2", a, syscall(__NR_pipe2, a, 0), EFAULT);
	char drain[8];
	write(sock[1], "x", 1);
	expect("recvfrom", a, syscall(__NR_recvfrom, sock[0], a, PG, MSG_DONTWAIT, 0, 0), EFAULT);
	while (recv(sock[0], drain, sizeof drain, MSG_DONTWAIT) > 0)
		;
	/* A hint there is only a hint: the mapping lands in guest space. */
	long r = sys_mmap(a, PG, PROT_READ, anon);
	checks++;
	if (r == -1 || (unsigned long)r >= 0x400000000000UL) {
		failures++;
		printf("FAIL: mmap hint %#lx gave %#lx\n", a, (unsigned long)r);
	} else {
		munmap((void *)r, PG);
	}

	unsigned long before = syscall(__NR_brk, 0);
	unsigned long after = syscall(__NR_brk, a);
	checks++;
	if (after != before || syscall(__NR_brk, 0) != (long)before) {
		failures++;
		printf("FAIL: brk(%#lx) moved the break %#lx -> %#lx\n", a, before, after);
	}
}

int main(void)
{
	char *mine = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (mine == MAP_FAILED)
		return 2;
	zero_fd = open("/dev/zero", O_RDONLY);
	if (zero_fd < 0 || socketpair(AF_UNIX, SOCK_DGRAM, 0, sock))
		return 2;
	for (unsigned i = 0; i < sizeof addrs / sizeof addrs[0]; i++)
		check_addr(addrs[i], mine);

	/* A range that starts in guest space and runs past the limit. */
	unsigned long edge = 0x400000000000UL - PG;
	expect("mmap MAP_FIXED across the limit", edge,
	       sys_mmap(edge, 2 * PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED), ENOMEM);
	expect("munmap across the limit", edge, syscall(__NR_munmap, edge, 2 * PG), EINVAL);
	/* A buffer in the last guest page that runs past the limit: the
	 * kernel fills the guest page and stops at the limit. */
	long top = sys_mmap(edge, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED);
	checks++;
	if (top != (long)edge) {
		failures++;
		printf("FAIL: mmap of the last guest page gave %#lx\n", (unsigned long)top);
	} else {
		long n = syscall(__NR_read, zero_fd, edge + 8, 64 * PG);
		checks++;
		if (n != (long)(PG - 8)) {
			failures++;
			printf("FAIL: read across the limit gave %ld, want %lu\n", n, PG - 8);
		}
		write(sock[1], "x", 1);
		n = syscall(__NR_recvfrom, sock[0], edge + PG - 1, 2, 0, 0, 0);
		checks++;
		if (n != 1) {
			failures++;
			printf("FAIL: recvfrom into the last guest byte gave %ld\n", n);
		}
		munmap((void *)edge, PG);
	}

	/* runforeign is still intact: the guest runs, writes and prints. */
	mine[0] = 1;
	canary++;
	printf("memsafety: %d checks, %d failures, canary %#lx\n", checks, failures, canary);
	return failures ? 1 : 0;
}
