/*
 * sigsuspend_wait.c -- sigsuspend() with an empty mask delivers a pending
 * blocked signal, returns -1/EINTR, and puts the old mask back; the
 * handler itself runs with the sigsuspend mask plus the signal.
 * sigtimedwait() takes a blocked pending signal without running its
 * handler and reports who sent it; with nothing pending it times out.
 * expect: exited 0
 * native: same
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile int runs, usr2_blocked_inside = -1;

static void on_usr1(int sig)
{
	sigset_t cur;

	runs++;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	usr2_blocked_inside = sigismember(&cur, SIGUSR2);
}

int main(void)
{
	sigset_t block, empty, cur;
	struct timespec ts = {0, 20000000};
	siginfo_t si;
	int r;

	signal(SIGUSR1, on_usr1);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigaddset(&block, SIGUSR2);
	sigprocmask(SIG_BLOCK, &block, NULL);
	raise(SIGUSR1);
	sigemptyset(&empty);
	errno = 0;
	r = sigsuspend(&empty);
	sigprocmask(SIG_BLOCK, NULL, &cur);
	printf("sigsuspend=%d errno=%s runs=%d usr2 blocked inside=%d usr1 blocked after=%d\n", r,
	       strerror(errno), runs, usr2_blocked_inside, sigismember(&cur, SIGUSR1));

	raise(SIGUSR1);
	memset(&si, 0, sizeof si);
	r = sigtimedwait(&block, &si, &ts);
	printf("sigtimedwait=%d signo=%d code=%d pid_ok=%d runs=%d\n", r, si.si_signo, si.si_code,
	       si.si_pid == getpid(), runs);
	errno = 0;
	r = sigtimedwait(&block, &si, &ts);
	printf("nothing pending: sigtimedwait=%d errno=%s\n", r, strerror(errno));
	return 0;
}
