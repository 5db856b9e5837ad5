/*
 * external_signal.c -- SIGUSR2 sent by another process interrupts a busy
 * loop; the handler sees si_code SI_USER and the sender's pid (the
 * parent's); then SIGINT from the same process, at its default action,
 * kills the process.
 * expect: killed 2
 * send: 12 1000
 * native: same
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile int got, code, from_parent;

static void on_usr2(int sig, siginfo_t *si, void *uc)
{
	code = si->si_code;
	from_parent = si->si_pid == getppid();
	got = sig;
}

int main(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_usr2;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR2, &sa, NULL);
	while (!got)
		;
	printf("got=%d code=%d from parent=%d\n", got, code, from_parent);
	fflush(stdout);
	kill(getpid(), SIGINT);
	printf("survived\n");
	return 0;
}
