/*
 * exec_signals.c -- the signal state execve keeps (fs/exec.c: handled
 * signals go back to SIG_DFL, ignored ones stay ignored; the blocked mask
 * and the pending signals belong to the thread and stay): including the
 * signals runforeign itself catches at the host for guest faults
 * (SIGSEGV, SIGBUS, SIGILL, SIGFPE) and SIGTRAP.  The program sets the
 * state up, execs itself and prints what the new image sees.
 */
#include "sys_test.h"
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

extern char **environ;

static void on_sig(int sig)
{
	(void)sig;
}

static const struct {
	int sig;
	const char *name;
} sigs[] = {
	{SIGSEGV, "SIGSEGV"}, {SIGBUS, "SIGBUS"}, {SIGILL, "SIGILL"}, {SIGFPE, "SIGFPE"},
	{SIGTRAP, "SIGTRAP"}, {SIGUSR1, "SIGUSR1"}, {SIGUSR2, "SIGUSR2"}, {SIGINT, "SIGINT"},
	{SIGPIPE, "SIGPIPE"}, {SIGCHLD, "SIGCHLD"},
};
#define NSIGS (sizeof sigs / sizeof sigs[0])

static void report(void)
{
	sigset_t blocked, pending, rt;
	struct sigaction sa;
	siginfo_t si;
	struct timespec zero = {0, 0};
	unsigned i;

	sigprocmask(SIG_BLOCK, NULL, &blocked);
	sigpending(&pending);
	for (i = 0; i < NSIGS; i++) {
		sigaction(sigs[i].sig, NULL, &sa);
		printf("%s: %s%s%s\n", sigs[i].name,
		       sa.sa_handler == SIG_IGN ? "ignored" : sa.sa_handler == SIG_DFL ? "default" : "HANDLED",
		       sigismember(&blocked, sigs[i].sig) ? ", blocked" : "",
		       sigismember(&pending, sigs[i].sig) ? ", pending" : "");
	}
	says("SIGRTMIN+2 blocked", sigismember(&blocked, SIGRTMIN + 2));
	/* Queued real-time signals survive, in order, with their values. */
	sigemptyset(&rt);
	sigaddset(&rt, SIGRTMIN + 2);
	for (i = 0; i < 3; i++) {
		if (sigtimedwait(&rt, &si, &zero) == SIGRTMIN + 2)
			printf("SIGRTMIN+2 value %d\n", si.si_value.sival_int);
		else
			printf("SIGRTMIN+2: %s\n", strerrorname_np(errno));
	}
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	sigset_t block;
	union sigval v;
	char *child_argv[] = {argv[0], "child", NULL};
	int i;

	if (argc > 1) {
		report();
		return 0;
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGTRAP, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sa.sa_handler = on_sig;
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGUSR2, &sa, NULL);
	sigaction(SIGPIPE, &sa, NULL);
	sigemptyset(&block);
	sigaddset(&block, SIGILL);
	sigaddset(&block, SIGFPE);
	sigaddset(&block, SIGTRAP);
	sigaddset(&block, SIGUSR1);
	sigaddset(&block, SIGCHLD);
	sigaddset(&block, SIGRTMIN + 2);
	sigprocmask(SIG_BLOCK, &block, NULL);
	/* Pending across the exec: blocked and sent to the process. */
	kill(getpid(), SIGUSR1);
	kill(getpid(), SIGFPE);
	for (i = 1; i <= 2; i++) {
		v.sival_int = i;
		sigqueue(getpid(), SIGRTMIN + 2, v);
	}
	fflush(stdout);
	execve(argv[0], child_argv, environ);
	printf("execve: %s\n", strerrorname_np(errno));
	return 1;
}
