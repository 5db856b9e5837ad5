/*
 * timeit.c -- run one command and report its cost, for bench/run.sh.
 * Usage: timeit STDIN STDOUT STDERR PROGRAM [ARGS...]
 * Runs PROGRAM with the three standard streams redirected to the given
 * files and prints one line "STATUS WALL_MS CPU_MS": STATUS is the exit
 * status (128+N for death by signal N, as a shell reports it), WALL_MS the
 * elapsed time and CPU_MS user+system time of the child (from wait4), both
 * in milliseconds with three decimals.  CPU time is what the benchmark table
 * compares: on a shared machine wall time mostly measures the other load.
 * Exit status: 0, or 1 if PROGRAM could not be started.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double ms_of(struct timeval tv) { return tv.tv_sec * 1e3 + tv.tv_usec / 1e3; }

static int redirect(const char *path, int fd, int flags)
{
	int f = open(path, flags, 0644);
	if (f < 0 || dup2(f, fd) < 0) {
		perror(path);
		return -1;
	}
	close(f);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		fprintf(stderr, "usage: timeit STDIN STDOUT STDERR PROGRAM [ARGS...]\n");
		return 1;
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid_t pid = fork();
	if (pid < 0) {
		perror("fork");
		return 1;
	}
	if (pid == 0) {
		if (redirect(argv[1], 0, O_RDONLY) || redirect(argv[2], 1, O_WRONLY | O_CREAT | O_TRUNC) ||
		    redirect(argv[3], 2, O_WRONLY | O_CREAT | O_TRUNC))
			_exit(127);
		execvp(argv[4], argv + 4);
		perror(argv[4]);
		_exit(127);
	}
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("wait4");
		return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double wall = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	printf("%d %.3f %.3f\n", code, wall, ms_of(ru.ru_utime) + ms_of(ru.ru_stime));
	return 0;
}
