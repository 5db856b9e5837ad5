/*
 * rt_queue.c -- real-time signals queue with their values and are
 * delivered in order (lowest number first, then FIFO), standard signals
 * coalesce.
 * expect: exited 0
 * native: same
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int log_sig[16], log_val[16], n;

static void on_rt(int sig, siginfo_t *si, void *uc)
{
	if (n < 16) {
		log_sig[n] = sig - SIGRTMIN;
		log_val[n] = si->si_code == SI_QUEUE ? si->si_value.sival_int : -1;
		n++;
	}
}

int main(void)
{
	struct sigaction sa;
	sigset_t set;
	union sigval v;
	int i;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_rt;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGRTMIN + 1, &sa, NULL);
	sigaction(SIGRTMIN + 2, &sa, NULL);
	sigaction(SIGUSR1, &sa, NULL);
	sigemptyset(&set);
	sigaddset(&set, SIGRTMIN + 1);
	sigaddset(&set, SIGRTMIN + 2);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	for (i = 1; i <= 3; i++) {
		v.sival_int = 20 + i;
		sigqueue(getpid(), SIGRTMIN + 2, v);
		v.sival_int = 10 + i;
		sigqueue(getpid(), SIGRTMIN + 1, v);
		kill(getpid(), SIGUSR1);
	}
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	printf("%d deliveries:", n);
	for (i = 0; i < n; i++)
		printf(" %d/%d", log_sig[i], log_val[i]);
	printf("\n");
	return 0;
}
