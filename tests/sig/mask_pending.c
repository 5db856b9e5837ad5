/*
 * mask_pending.c -- a blocked signal stays pending (sigpending shows it)
 * and its handler runs as soon as sigprocmask unblocks it, before
 * sigprocmask returns; standard signals raised several times while
 * blocked are delivered once.  The mask inside a handler has the signal
 * and sa_mask added; it is restored afterwards.
 * expect: exited 0
 * native: same
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

static volatile int runs;
static int usr2_blocked_inside, usr1_blocked_inside;

static void on_usr1(int sig)
{
	sigset_t cur;

	runs++;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	usr1_blocked_inside = sigismember(&cur, SIGUSR1);
	usr2_blocked_inside = sigismember(&cur, SIGUSR2);
}

int main(void)
{
	struct sigaction sa;
	sigset_t set, pend, cur;
	int before;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR2);
	sigaction(SIGUSR1, &sa, NULL);

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	raise(SIGUSR1);
	raise(SIGUSR1);
	raise(SIGUSR1);
	sigpending(&pend);
	printf("blocked: runs=%d pending usr1=%d usr2=%d\n", runs, sigismember(&pend, SIGUSR1),
	       sigismember(&pend, SIGUSR2));
	before = runs;
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	printf("unblocked: runs before=%d after=%d\n", before, runs);
	printf("inside handler: usr1 blocked=%d usr2 blocked=%d\n", usr1_blocked_inside,
	       usr2_blocked_inside);
	sigprocmask(SIG_BLOCK, NULL, &cur);
	sigpending(&pend);
	printf("after: usr1 blocked=%d usr2 blocked=%d pending usr1=%d\n", sigismember(&cur, SIGUSR1),
	       sigismember(&cur, SIGUSR2), sigismember(&pend, SIGUSR1));
	return 0;
}
