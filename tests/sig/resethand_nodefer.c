/*
 * resethand_nodefer.c -- SA_NODEFER leaves the signal unblocked inside
 * its handler (so it can nest), SA_RESETHAND restores the default action
 * on delivery, so the next instance kills the process.
 * expect: killed 10
 * native: same
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

static volatile int depth, max_depth, blocked_inside = -1;

static void on_usr1(int sig)
{
	sigset_t cur;

	depth++;
	if (depth > max_depth)
		max_depth = depth;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	blocked_inside = sigismember(&cur, SIGUSR1);
	if (depth < 3)
		raise(SIGUSR1);
	depth--;
}

int main(void)
{
	struct sigaction sa, now;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	sa.sa_flags = SA_NODEFER;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	printf("nodefer: max depth=%d blocked inside=%d\n", max_depth, blocked_inside);

	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGUSR1, &sa, NULL);
	max_depth = 0;
	raise(SIGUSR1);
	sigaction(SIGUSR1, NULL, &now);
	printf("resethand: max depth=%d blocked inside=%d handler now default=%d\n", max_depth,
	       blocked_inside, now.sa_handler == SIG_DFL);
	fflush(stdout);
	raise(SIGUSR1);
	printf("survived\n");
	return 0;
}
