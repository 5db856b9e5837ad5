/*
 * errno_order.c -- regression cases from sysfuzz: the errno a call gets when
 * several arguments are bad is the kernel's (fd and seek checks before the
 * buffer's EFAULT).  Built natively and for AArch64; the outputs must match.
 * Buffers: 0x600000000000 (above runforeign's guest limit, unmapped on the
 * native side) and the kernel half.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static void show(const char *what, long r)
{
	printf("%s: %s\n", what, r < 0 ? strerrorname_np(errno) : "ok");
}

int main(void)
{
	const long bufs[] = { 0x600000000000L, (long)0xffff800000000000UL };
	int p[2];
	if (pipe(p))
		return 2;
	for (int i = 0; i < 2; i++) {
		long b = bufs[i];
		printf("buffer %d\n", i);
		show("read bad fd", syscall(__NR_read, -1, b, 8));
		show("write bad fd", syscall(__NR_write, 9999, b, 8));
		show("pread64 pipe", syscall(__NR_pread64, p[0], b, 8, 0));
		show("pwrite64 pipe", syscall(__NR_pwrite64, p[1], b, 8, 0));
		show("pwrite64 negative offset", syscall(__NR_pwrite64, p[1], b, 8, -1));
		show("read write-only fd", syscall(__NR_read, p[1], b, 8));
		show("write to the pipe", syscall(__NR_write, p[1], b, 8));
	}
	return 0;
}
