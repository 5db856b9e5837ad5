/*
 * sigaction_errors.c -- rt_sigaction and rt_sigprocmask argument checks
 * through the raw syscalls: invalid numbers, SIGKILL/SIGSTOP, sigsetsize,
 * bad pointers; unknown sa_flags bits read back cleared; signals 32..64
 * (glibc's internal ones included) belong to the program.
 * expect: exited 0
 * native: same
 * qemu: status-only (qemu 7.2 keeps unknown sa_flags bits and reserves signal 64 for itself)
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

struct ksigaction { uintptr_t handler; unsigned long flags; uintptr_t restorer; uint64_t mask; };

static void on_sig(int sig)
{
}

static void show(const char *what, long r)
{
	printf("%s: %ld %s\n", what, r, r < 0 ? strerror(errno) : "");
}

int main(void)
{
	struct ksigaction ka = {(uintptr_t)SIG_IGN, 0, 0, 0}, old;
	uint64_t set = 0;

	show("sig 0", syscall(SYS_rt_sigaction, 0, &ka, NULL, 8));
	show("sig 65", syscall(SYS_rt_sigaction, 65, &ka, NULL, 8));
	show("SIGKILL set", syscall(SYS_rt_sigaction, SIGKILL, &ka, NULL, 8));
	show("SIGSTOP set", syscall(SYS_rt_sigaction, SIGSTOP, &ka, NULL, 8));
	show("SIGKILL query", syscall(SYS_rt_sigaction, SIGKILL, NULL, &old, 8));
	show("sigsetsize 4", syscall(SYS_rt_sigaction, SIGUSR1, &ka, NULL, 4));
	show("bad act", syscall(SYS_rt_sigaction, SIGUSR1, (void *)8, NULL, 8));
	show("bad oact", syscall(SYS_rt_sigaction, SIGUSR1, NULL, (void *)8, 8));
	ka.flags = 0x00000400 | 0x00200000; /* SA_UNSUPPORTED and an unknown bit */
	show("unknown flags", syscall(SYS_rt_sigaction, SIGUSR2, &ka, NULL, 8));
	syscall(SYS_rt_sigaction, SIGUSR2, NULL, &old, 8);
	printf("flags read back: %#lx\n", old.flags);
	ka.handler = (uintptr_t)SIG_IGN;
	ka.flags = 0;
	show("sig 32", syscall(SYS_rt_sigaction, 32, &ka, NULL, 8));
	show("sig 33", syscall(SYS_rt_sigaction, 33, &ka, NULL, 8));
	show("sig 64", syscall(SYS_rt_sigaction, 64, &ka, NULL, 8));
	signal(SIGHUP, on_sig);
	show("sigprocmask how 7", syscall(SYS_rt_sigprocmask, 7, &set, NULL, 8));
	show("sigprocmask how 7, no set", syscall(SYS_rt_sigprocmask, 7, NULL, &set, 8));
	show("sigprocmask size 16", syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 16));
	set = ~0ull;
	show("block all", syscall(SYS_rt_sigprocmask, SIG_SETMASK, &set, NULL, 8));
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, NULL, &set, 8);
	printf("mask: kill=%d stop=%d 32=%d 33=%d 64=%d\n", !!(set & (1ull << 8)),
	       !!(set & (1ull << 18)), !!(set & (1ull << 31)), !!(set & (1ull << 32)),
	       !!(set & (1ull << 63)));
	show("sigpending size 9", syscall(SYS_rt_sigpending, &set, 9));
	show("bad sigpending", syscall(SYS_rt_sigpending, (void *)8, 8));
	return 0;
}
