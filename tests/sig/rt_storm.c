/*
 * rt_storm.c -- a child queues 500 real-time signals at its parent as fast
 * as it can while the parent computes; every one reaches the handler,
 * with its value, in order (real-time signals are never merged or lost).
 * expect: exited 0
 * native: same
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define N 500

static volatile int count, in_order = 1;

static void on_rt(int sig, siginfo_t *si, void *uc)
{
	if (si->si_value.sival_int != count)
		in_order = 0;
	count++;
}

int main(void)
{
	struct sigaction sa;
	union sigval v;
	sigset_t set;
	pid_t parent = getpid(), child;
	unsigned long spin = 0;
	int i, status;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_rt;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigaction(SIGRTMIN, &sa, NULL);
	child = fork();
	if (child == 0) {
		for (i = 0; i < N; i++) {
			v.sival_int = i;
			while (sigqueue(parent, SIGRTMIN, v) != 0)
				;   /* EAGAIN: the parent's queue limit, try again */
		}
		_exit(0);
	}
	while (count < N && spin < 4000000000ul)
		spin++;
	waitpid(child, &status, 0);
	sigemptyset(&set);
	sigprocmask(SIG_BLOCK, &set, NULL);
	printf("received %d of %d, in order=%d\n", count, N, in_order);
	return 0;
}
