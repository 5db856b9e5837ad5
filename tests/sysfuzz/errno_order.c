/*
 * errno_order.c -- regression cases from sysfuzz: the errno a call gets when
 * several arguments are bad is the kernel's (fd, flag and length checks
 * before a buffer's EFAULT, and the other way round where the kernel copies
 * first).  Built natively and for AArch64; the outputs must match.
 * Buffers: 0x600000000000 (above runforeign's guest limit, unmapped on the
 * native side) and the kernel half.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static void show(const char *what, long r)
{
	printf("%s: %s\n", what, r < 0 ? strerrorname_np(errno) : "ok");
}

/* Calls where one buffer is bad (b) and something the kernel checks
 * earlier or later is bad too. */
static void with_bad_buffer(long b, int p[2], int s)
{
	show("read bad fd", syscall(__NR_read, -1, b, 8));
	show("write bad fd", syscall(__NR_write, 9999, b, 8));
	show("pread64 pipe", syscall(__NR_pread64, p[0], b, 8, 0));
	show("pwrite64 pipe", syscall(__NR_pwrite64, p[1], b, 8, 0));
	show("pwrite64 negative offset", syscall(__NR_pwrite64, p[1], b, 8, -1));
	show("read write-only fd", syscall(__NR_read, p[1], b, 8));
	show("write to the pipe", syscall(__NR_write, p[1], b, 8));
	/* The fd and flags before the vector, the address, the option. */
	show("readv bad fd", syscall(__NR_readv, -1, b, 2));
	show("pwritev pipe", syscall(__NR_pwritev, p[1], b, 1, 0, 0));
	show("bind not a socket", syscall(__NR_bind, p[0], b, 16));
	show("connect bad fd", syscall(__NR_connect, -1, b, 16));
	show("setsockopt not a socket", syscall(__NR_setsockopt, p[0], SOL_SOCKET, SO_RCVBUF, b, 4));
	show("sendmsg bad fd", syscall(__NR_sendmsg, 9999, b, 0));
	show("recvmsg compat flag", syscall(__NR_recvmsg, s, b, 0x80000000));
	show("sendmmsg not a socket", syscall(__NR_sendmmsg, p[1], b, 1, 0));
	show("sendto clamped length", syscall(__NR_sendto, -1, b, -1L, 0, 0, 0));
	/* Flags and modes before the path or the name. */
	show("faccessat bad mode", syscall(__NR_faccessat, AT_FDCWD, b, 0x1000));
	show("unlinkat bad flags", syscall(__NR_unlinkat, AT_FDCWD, b, 0x4));
	show("fsetxattr bad fd", syscall(__NR_fsetxattr, -1, b, b, 4, 0));
	show("lsetxattr bad flags", syscall(__NR_lsetxattr, "/", "user.x", b, 4, 99));
	show("getxattr no such file", syscall(__NR_getxattr, "/nonexistent", "user.x", b, 16));
	show("memfd_create bad flags", syscall(__NR_memfd_create, b, 0x40000000));
	show("inotify_add_watch bad fd", syscall(__NR_inotify_add_watch, -1, b, IN_ALL_EVENTS));
	show("splice bad flags", syscall(__NR_splice, p[0], b, p[1], 0, 8, 0x100));
	show("copy_file_range bad fd", syscall(__NR_copy_file_range, -1, b, p[1], 0, 8, 0));
	show("pipe2 int flags", syscall(__NR_pipe2, b, 1L << 40));
	show("getgroups count only", syscall(__NR_getgroups, 0, b));
	show("sched_getaffinity short mask", syscall(__NR_sched_getaffinity, 0, 4, b));
	show("timer_settime no new value", syscall(__NR_timer_settime, 0, 0, 0, b));
	show("fcntl F_SETLK bad fd", syscall(__NR_fcntl, -1, F_SETLK, b));
	show("mincore unmapped range", syscall(__NR_mincore, 0, 4096, b));
	/* The kernel copies first: EFAULT before the bad signal, and the
	 * siginfo written even when the wait fails. */
	show("rt_sigaction bad signal", syscall(__NR_rt_sigaction, 65, b, 0, 8));
	show("waitid bad idtype", syscall(__NR_waitid, 99, 0, b, WEXITED, 0));
	show("getrlimit bad resource", syscall(__NR_getrlimit, 999, b));
}

int main(void)
{
	const long bufs[] = { 0x600000000000L, (long)0xffff800000000000UL };
	int p[2], s[2];
	stack_t zero = { 0 };
	if (pipe(p) || socketpair(AF_UNIX, SOCK_DGRAM, 0, s))
		return 2;
	for (int i = 0; i < 2; i++) {
		printf("buffer %d\n", i);
		with_bad_buffer(bufs[i], p, s[0]);
	}
	/* Arguments checked with the kernel's arithmetic and order. */
	show("getrlimit NULL", syscall(__NR_getrlimit, RLIMIT_NOFILE, 0));
	show("mlock wrapping length", syscall(__NR_mlock, 0x10000, -1L));
	show("mlock2 bad flags", syscall(__NR_mlock2, 0xffff800000000000UL, 4096, 0x40));
	show("msync bad flags", syscall(__NR_msync, 0xffff800000000000UL, 4096, 16));
	show("madvise bad advice, empty", syscall(__NR_madvise, 0, 0, 1000));
	void *page = mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	show("mprotect PROT_SEM", syscall(__NR_mprotect, page, 4096, PROT_READ | 0x8));
	show("mmap bad fd before length", syscall(__NR_mmap, 0, 0, PROT_READ, MAP_PRIVATE, 9999, 0));
	show("mmap offset beyond the file", syscall(__NR_mmap, 0, 4096, PROT_READ, 0, s[0], -4096L));
	show("mremap DONTUNMAP resize", syscall(__NR_mremap, 0xffff800000000000UL, 0, 4096, 7, 0x10000));
	show("mremap no mapping", syscall(__NR_mremap, 0, 4096, 4096, 0, 0));
	show("dup3 int flags", syscall(__NR_dup3, p[0], 100, 1L << 40));
	/* The first sigaltstack() of a process may set the all-zero stack it
	 * already has. */
	show("sigaltstack unchanged", syscall(__NR_sigaltstack, &zero, 0));
	return 0;
}
