/* fork_locks.c -- fork while other threads hold the emulator's locks.
 *
 * Four threads hammer what takes locks inside an emulator: one writes a
 * fresh function into a new mapping, makes it executable, calls it and
 * unmaps it (mmap, translation of new code, invalidation); one maps and
 * unmaps data; one changes a signal's disposition; one raises signals at
 * itself (delivery and signal frames).  Meanwhile the main thread forks
 * FORKS times; each child does the same kinds of work once (new code, a
 * mapping, a handled signal, sigaction) and exits with a status computed
 * from what it ran.  A child that has not exited within CHILD_LIMIT
 * seconds is taken as hung on a lock held by a thread that did not
 * survive the fork: it is killed and the test fails.
 *
 * Also checks, after the children, that the threads still run (the
 * parent's locks were released after each fork). */
#include "stress.h"
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define FORKS 150
#define CHILD_LIMIT 10

static volatile int stop;
static volatile unsigned long counts[4];
static volatile sig_atomic_t handled;

static void on_usr1(int sig)
{
	(void)sig;
	handled++;
}

/* A function "mov w0, #v; ret" in a new executable mapping, called and
 * unmapped; returns what it returned. */
static int run_new_code(unsigned v)
{
	uint32_t *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int r;

	if (p == MAP_FAILED)
		return -1;
	p[0] = 0x52800000u | (v & 0xffff) << 5;  /* movz w0, #v */
	p[1] = 0xd65f03c0u;                      /* ret */
	__builtin___clear_cache((char *)p, (char *)(p + 2));
	if (mprotect(p, 4096, PROT_READ | PROT_EXEC) != 0)
		return -1;
	r = ((int (*)(void))p)();
	munmap(p, 4096);
	return r;
}

static void *code_thread(void *arg)
{
	for (unsigned i = 0; !stop; i++) {
		CHECK(run_new_code(i & 0xfff) == (int)(i & 0xfff), "code thread: wrong result");
		counts[0]++;
	}
	return arg;
}

static void *map_thread(void *arg)
{
	while (!stop) {
		char *p = mmap(NULL, 65536, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		CHECK_SYS(p != MAP_FAILED, "mmap");
		p[0] = 1;
		p[65535] = 2;
		CHECK_SYS(mprotect(p, 4096, PROT_READ) == 0, "mprotect");
		CHECK_SYS(munmap(p, 65536) == 0, "munmap");
		counts[1]++;
	}
	return arg;
}

static void *sigaction_thread(void *arg)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	while (!stop) {
		sa.sa_handler = (counts[2] & 1) ? SIG_IGN : on_usr1;
		CHECK_SYS(sigaction(SIGUSR2, &sa, NULL) == 0, "sigaction");
		counts[2]++;
	}
	return arg;
}

static void *signal_thread(void *arg)
{
	while (!stop) {
		CHECK_SYS(raise(SIGUSR1) == 0, "raise");
		counts[3]++;
	}
	return arg;
}

/* The child: one of everything, then a status that says it all ran. */
static void child(int n)
{
	struct sigaction sa;
	char *p;
	int st = 0;

	if (run_new_code(100 + n % 50) == 100 + n % 50)
		st |= 1;
	p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p != MAP_FAILED && (p[8191] = 7) == 7 && munmap(p, 8192) == 0)
		st |= 2;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	if (sigaction(SIGUSR2, &sa, NULL) == 0)
		st |= 4;
	handled = 0;
	if (raise(SIGUSR1) == 0 && handled == 1)
		st |= 8;
	_exit(st);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Wait for pid, at most CHILD_LIMIT seconds; the exit status, or -1. */
static int wait_bounded(pid_t pid)
{
	double end = now() + CHILD_LIMIT;
	struct timespec nap = {0, 1000000};
	int st;

	while (now() < end) {
		pid_t r = waitpid(pid, &st, WNOHANG);
		CHECK_SYS(r >= 0, "waitpid");
		if (r == pid)
			return WIFEXITED(st) ? WEXITSTATUS(st) : 256 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
		nanosleep(&nap, NULL);
	}
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	return -1;
}

int main(void)
{
	void *(*fns[4])(void *) = {code_thread, map_thread, sigaction_thread, signal_thread};
	pthread_t t[4];
	struct sigaction sa;
	unsigned long before[4];

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	CHECK_SYS(sigaction(SIGUSR1, &sa, NULL) == 0, "sigaction");
	for (int i = 0; i < 4; i++)
		CHECK(pthread_create(&t[i], NULL, fns[i], NULL) == 0, "pthread_create");
	for (int n = 0; n < FORKS; n++) {
		pid_t pid = fork();
		CHECK_SYS(pid >= 0, "fork");
		if (pid == 0)
			child(n);
		int st = wait_bounded(pid);
		CHECK(st != -1, "fork %d: the child hung (no exit within %d s)", n, CHILD_LIMIT);
		CHECK(st == 15, "fork %d: the child's status is %d, want 15", n, st);
	}
	for (int k = 0; k < 4; k++)
		before[k] = counts[k];
	for (int k = 0; k < 4; k++) {
		double end = now() + CHILD_LIMIT;
		while (counts[k] == before[k] && now() < end)
			sched_yield();
		CHECK(counts[k] != before[k], "thread %d stopped making progress", k);
	}
	stop = 1;
	for (int i = 0; i < 4; i++)
		CHECK(pthread_join(t[i], NULL) == 0, "pthread_join");
	printf("ok %d forks\n", FORKS);
	return 0;
}
