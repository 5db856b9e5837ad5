/* sig33.c -- signal 33 (the C library's private SIGSETXID, which Go's
 * runtime uses for syscall.AllThreadsSyscall) installed with a raw
 * rt_sigaction before the first thread is created (with a raw clone(), as
 * Go does: glibc's pthread_create() would install its own handler), then
 * sent with tgkill to both threads 1,000 times: the guest's handler must run
 * each time (creating a thread must not replace it). */
#define _GNU_SOURCE
#include "stress.h"
#include <sched.h>
#include <sys/wait.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#define ROUNDS 1000
struct ksigaction {	/* arm64 uapi struct sigaction */
	void (*handler)(int, siginfo_t *, void *);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};

/* The handler returns through this (SA_RESTORER, as glibc's sigaction()
 * does on arm64): rt_sigreturn is syscall 139. */
void restore_rt(void);
__asm__(".text\n.globl restore_rt\nrestore_rt:\n\tmov x8, #139\n\tsvc #0\n");

static volatile int hits, bad;
static volatile int stop;
static pid_t worker_tid;

static void on33(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	if (sig != 33 || si->si_code != SI_TKILL || si->si_pid != getpid())
		bad++;
	__atomic_fetch_add(&hits, 1, __ATOMIC_RELAXED);
}

static volatile int worker_done;
static char worker_stack[64 * 1024] __attribute__((aligned(16)));

/* Runs without a C library thread of its own: raw syscalls only. */
static int worker(void *arg)
{
	(void)arg;
	__atomic_store_n(&worker_tid, (pid_t)syscall(SYS_gettid), __ATOMIC_RELEASE);
	while (!stop)
		;
	__atomic_store_n(&worker_done, 1, __ATOMIC_RELEASE);
	syscall(SYS_exit, 0);
	return 0;
}

int main(void)
{
	struct ksigaction ka = { on33, SA_SIGINFO | 0x04000000, restore_rt, 0 };
	CHECK_SYS(syscall(SYS_rt_sigaction, 33, &ka, NULL, 8) == 0, "rt_sigaction 33");
	int fl = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD |
		 CLONE_SYSVSEM;
	CHECK_SYS(clone(worker, worker_stack + sizeof worker_stack, fl, NULL) > 0, "clone");
	while (!__atomic_load_n(&worker_tid, __ATOMIC_ACQUIRE))
		sched_yield();
	pid_t me = (pid_t)syscall(SYS_gettid);
	for (int i = 0; i < ROUNDS; i++) {
		int want = hits + 2;
		CHECK_SYS(syscall(SYS_tgkill, getpid(), me, 33) == 0, "tgkill self");
		CHECK_SYS(syscall(SYS_tgkill, getpid(), worker_tid, 33) == 0, "tgkill worker");
		while (hits < want)
			sched_yield();
	}
	stop = 1;
	while (!__atomic_load_n(&worker_done, __ATOMIC_ACQUIRE))
		sched_yield();
	CHECK(bad == 0, "%d deliveries with wrong siginfo", bad);
	CHECK(hits == 2 * ROUNDS, "%d deliveries, want %d", hits, 2 * ROUNDS);
	printf("ok %d\n", hits);
	return 0;
}
