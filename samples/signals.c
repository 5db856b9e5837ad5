/*
 * signals.c -- POSIX signal handling: sigaction handlers with SA_SIGINFO
 * (si_signo, si_code from raise/kill), blocking with sigprocmask and the
 * pending set, delivery on unblock, SA_RESETHAND, an alternate signal stack,
 * alarm + pause-style waiting with sigsuspend, a SIGSEGV handler recovering
 * from a bad store via siglongjmp, and SIGCHLD-free exit.  Every line is
 * printed from the main flow, never from a handler.
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t hits[NSIG], last_code, on_altstack;
static sigjmp_buf recover;
static volatile uintptr_t fault_addr;

static void on_info(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	hits[sig]++;
	last_code = si->si_code;
	stack_t ss;
	sigaltstack(NULL, &ss);
	on_altstack = (ss.ss_flags & SS_ONSTACK) != 0;
}

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	hits[sig]++;
	fault_addr = (uintptr_t)si->si_addr;
	last_code = si->si_code;
	siglongjmp(recover, 1);
}

static void install(int sig, void (*fn)(int, siginfo_t *, void *), int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = fn;
	sa.sa_flags = SA_SIGINFO | flags;
	sigemptyset(&sa.sa_mask);
	if (sigaction(sig, &sa, NULL) != 0) {
		perror("sigaction");
		exit(1);
	}
}

static const char *code_name(int code)
{
	switch (code) {
	case SI_USER: return "SI_USER";
	case SI_TKILL: return "SI_TKILL";
	case SI_KERNEL: return "SI_KERNEL";
	case SEGV_MAPERR: return "SEGV_MAPERR";
	default: return "other";
	}
}

static void test_basic(void)
{
	install(SIGUSR1, on_info, 0);
	raise(SIGUSR1);
	printf("raise(SIGUSR1): hits=%d code=%s\n", hits[SIGUSR1], code_name(last_code));
	kill(getpid(), SIGUSR1);
	printf("kill(self, SIGUSR1): hits=%d code=%s\n", hits[SIGUSR1], code_name(last_code));

	sigset_t set, old, pend;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, &old);
	raise(SIGUSR1);
	raise(SIGUSR1);
	sigpending(&pend);
	printf("blocked: hits=%d pending=%d\n", hits[SIGUSR1], sigismember(&pend, SIGUSR1));
	sigprocmask(SIG_SETMASK, &old, NULL);
	printf("unblocked: hits=%d (standard signals do not queue)\n", hits[SIGUSR1]);

	install(SIGUSR2, on_info, SA_RESETHAND);
	raise(SIGUSR2);
	struct sigaction now;
	sigaction(SIGUSR2, NULL, &now);
	printf("SA_RESETHAND: hits=%d handler now default=%d\n", hits[SIGUSR2],
	       now.sa_handler == SIG_DFL);
	signal(SIGUSR2, SIG_IGN);
	raise(SIGUSR2);
	printf("SIG_IGN: hits=%d\n", hits[SIGUSR2]);
}

static void test_altstack(void)
{
	static char stack_mem[64 * 1024];
	stack_t ss = { .ss_sp = stack_mem, .ss_size = sizeof stack_mem, .ss_flags = 0 };
	printf("sigaltstack: %d\n", sigaltstack(&ss, NULL));
	install(SIGTERM, on_info, SA_ONSTACK);
	raise(SIGTERM);
	printf("SIGTERM on alternate stack: hits=%d onstack=%d\n", hits[SIGTERM], on_altstack);
}

static void test_rt_queue(void)
{
	int rt = SIGRTMIN + 2;
	install(rt, on_info, 0);
	sigset_t set, old;
	sigemptyset(&set);
	sigaddset(&set, rt);
	sigprocmask(SIG_BLOCK, &set, &old);
	union sigval v = { .sival_int = 7 };
	for (int i = 0; i < 3; i++)
		sigqueue(getpid(), rt, v);
	sigprocmask(SIG_SETMASK, &old, NULL);
	printf("realtime signal queued 3 times: hits=%d\n", hits[rt]);
}

static void test_alarm(void)
{
	install(SIGALRM, on_info, 0);
	sigset_t block, wait_mask;
	sigemptyset(&block);
	sigaddset(&block, SIGALRM);
	sigprocmask(SIG_BLOCK, &block, &wait_mask);
	sigdelset(&wait_mask, SIGALRM);
	ualarm(20000, 0);
	int rc = sigsuspend(&wait_mask);
	sigprocmask(SIG_UNBLOCK, &block, NULL);
	printf("sigsuspend returned %d after SIGALRM: hits=%d\n", rc, hits[SIGALRM]);
}

static void test_segv(void)
{
	install(SIGSEGV, on_segv, SA_NODEFER);
	volatile int *bad = (volatile int *)(uintptr_t)16;
	if (sigsetjmp(recover, 1) == 0) {
		*bad = 1;
		printf("store to address 16 did not fault\n");
	}
	printf("SIGSEGV recovered: hits=%d si_addr=%#lx code=%s\n", hits[SIGSEGV],
	       (unsigned long)fault_addr, code_name(last_code));
}

int main(void)
{
	test_basic();
	test_altstack();
	test_rt_queue();
	test_alarm();
	test_segv();
	return 0;
}
