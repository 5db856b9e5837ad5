/*
 * sigchld_ignore.c -- SIGCHLD's default action is to ignore it, yet the
 * child stays a zombie for wait(); with SIGCHLD set to SIG_IGN the kernel
 * reaps children itself and wait() fails with ECHILD.  An ignored signal
 * is inherited across fork.
 * expect: exited 0
 * native: same
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int status = 0;
	pid_t pid, r;

	pid = fork();
	if (pid == 0)
		_exit(7);
	r = waitpid(pid, &status, 0);
	printf("default: waited=%d status=%d\n", r == pid, WEXITSTATUS(status));

	signal(SIGCHLD, SIG_IGN);
	signal(SIGUSR1, SIG_IGN);
	pid = fork();
	if (pid == 0) {
		raise(SIGUSR1);   /* ignored in the child too */
		_exit(3);
	}
	errno = 0;
	r = waitpid(pid, &status, 0);
	printf("ignored: waitpid=%d errno=%s\n", r, strerror(errno));
	return 0;
}
