/*
 * sigpipe_ignored.c -- with SIGPIPE ignored, the same write fails with
 * EPIPE and the process goes on; with a handler, the handler runs and
 * the write still fails with EPIPE.
 * expect: exited 0
 * native: same
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile int handled;

static void on_pipe(int sig)
{
	handled = sig;
}

int main(void)
{
	int p[2];
	ssize_t r;

	signal(SIGPIPE, SIG_IGN);
	pipe(p);
	close(p[0]);
	r = write(p[1], "x", 1);
	printf("ignored: write=%zd errno=%s\n", r, strerror(errno));
	signal(SIGPIPE, on_pipe);
	errno = 0;
	r = write(p[1], "x", 1);
	printf("handled: write=%zd errno=%s handler=%d\n", r, strerror(errno), handled);
	return 0;
}
