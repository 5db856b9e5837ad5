/*
 * waitstatus.c -- run a command and print how it ended, as its parent sees
 * it through wait4(): "exited N", "killed N" (WIFSIGNALED, WTERMSIG == N)
 * or "timeout", preceded by "stopped N, " for each stop (WSTOPSIG == N),
 * after which the child is sent SIGCONT.  Used by tests/sig/run.sh to check that a guest killed by a
 * signal makes runforeign die by the same signal.
 *
 *	waitstatus [-t SECONDS] [-s SIG -d MILLISECONDS] COMMAND [ARG...]
 *
 * -s/-d send SIG to the child after the delay (a signal from another
 * process); -t kills the child with SIGKILL after SECONDS (default 10).
 * The command starts with every signal at its default action and none
 * blocked, whatever it inherited (a shell's background job, for one, runs
 * with SIGINT and SIGQUIT ignored), so that tests of default actions hold.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};

	while (nanosleep(&ts, &ts) != 0)
		;
}

int main(int argc, char **argv)
{
	long timeout = 10, delay = 0;
	int send = 0, opt, status, waited = 0, stops = 0;
	pid_t pid;

	while ((opt = getopt(argc, argv, "+t:s:d:")) != -1) {
		switch (opt) {
		case 't': timeout = atol(optarg); break;
		case 's': send = atoi(optarg); break;
		case 'd': delay = atol(optarg); break;
		default:
			fprintf(stderr, "usage: waitstatus [-t S] [-s SIG -d MS] CMD [ARG...]\n");
			return 2;
		}
	}
	if (optind >= argc)
		return 2;
	fflush(stdout);
	pid = fork();
	if (pid < 0) {
		perror("fork");
		return 2;
	}
	if (pid == 0) {
		sigset_t none;
		int sig;

		/* A process group of its own whose parent is outside it: never
		 * orphaned, so stop signals are not discarded (kernel/signal.c
		 * is_current_pgrp_orphaned()) wherever the tests run from. */
		setpgid(0, 0);
		for (sig = 1; sig < NSIG; sig++)
			if (sig != SIGKILL && sig != SIGSTOP)
				signal(sig, SIG_DFL);
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		execvp(argv[optind], argv + optind);
		perror(argv[optind]);
		_exit(127);
	}
	if (send) {
		sleep_ms(delay);
		kill(pid, send);
		waited = (int)delay;
	}
	for (;;) {
		pid_t r = waitpid(pid, &status, WNOHANG | WUNTRACED);

		if (r == pid && WIFSTOPPED(status) && stops < 8) {
			printf("stopped %d, ", WSTOPSIG(status));
			stops++;
			kill(pid, SIGCONT);
			continue;
		}
		if (r == pid)
			break;
		if (waited >= timeout * 1000) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			printf("timeout\n");
			return 0;
		}
		sleep_ms(10);
		waited += 10;
	}
	if (WIFEXITED(status))
		printf("exited %d\n", WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		printf("killed %d\n", WTERMSIG(status));
	else
		printf("status %#x\n", status);
	return 0;
}
