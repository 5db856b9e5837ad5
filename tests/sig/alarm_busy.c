/*
 * alarm_busy.c -- SIGALRM from alarm() and from setitimer() interrupts a
 * busy loop that makes no syscalls: the handler runs, the loop sees its
 * flag and ends.
 * expect: exited 0
 * native: same
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

static volatile sig_atomic_t fired;

static void on_alarm(int sig)
{
	fired = sig;
}

int main(void)
{
	struct itimerval it;
	unsigned long spins = 0;

	signal(SIGALRM, on_alarm);
	alarm(1);
	while (!fired)
		spins++;
	printf("alarm: fired=%d spun=%d\n", fired, spins > 0);

	fired = 0;
	memset(&it, 0, sizeof it);
	it.it_value.tv_usec = 50000;
	setitimer(ITIMER_REAL, &it, NULL);
	while (!fired)
		spins++;
	printf("setitimer: fired=%d\n", fired);
	return 0;
}
