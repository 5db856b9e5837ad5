/*
 * read_restart.c -- a read() blocked on an empty pipe is interrupted by
 * SIGALRM.  With SA_RESTART the read restarts after the handler (which
 * writes one byte into the pipe) and returns that byte; without it the
 * read fails with EINTR.
 * expect: exited 0
 * native: same
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

static int p[2];
static volatile int handled;

static void on_alarm(int sig)
{
	handled++;
	write(p[1], "k", 1);
}

static void arm(int flags)
{
	struct sigaction sa;
	struct itimerval it;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sa.sa_flags = flags;
	sigaction(SIGALRM, &sa, NULL);
	memset(&it, 0, sizeof it);
	it.it_value.tv_usec = 100000;
	setitimer(ITIMER_REAL, &it, NULL);
}

int main(void)
{
	char buf[4] = {0};
	ssize_t r;

	pipe(p);
	arm(SA_RESTART);
	r = read(p[0], buf, sizeof buf);
	printf("SA_RESTART: read=%zd data=%s handled=%d\n", r, buf, handled);

	arm(0);
	errno = 0;
	r = read(p[0], buf, sizeof buf);
	printf("no SA_RESTART: read=%zd errno=%s handled=%d\n", r, strerror(errno), handled);
	r = read(p[0], buf, sizeof buf);
	printf("the byte is still there: read=%zd\n", r);
	return 0;
}
