/*
 * sleep_restart.c -- nanosleep and clock_nanosleep when a signal comes:
 *  - a handler runs: EINTR whatever SA_RESTART says (the kernel's
 *    -ERESTART_RESTARTBLOCK, -ERESTARTNOHAND for TIMER_ABSTIME), with the
 *    time left in rem for relative sleeps;
 *  - no handler runs (here: SIGFPE while blocked, sent by another process,
 *    which runforeign still catches at the host for its own faults): the
 *    sleep goes on to its first deadline (restart_syscall with the
 *    restart block), it does not start over.
 * expect: exited 0
 * native: same
 * qemu: skip (qemu 7.2 dies of SIGSEGV when another process sends it a blocked SIGFPE)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile int hits;

static void on_alrm(int sig)
{
	hits++;
}

static double now_s(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static double ts_s(const struct timespec *t)
{
	return (double)t->tv_sec + t->tv_nsec / 1e9;
}

static void alarm_in_ms(int ms)
{
	struct itimerval it = {{0, 0}, {0, ms * 1000}};

	setitimer(ITIMER_REAL, &it, NULL);
}

/* A handler interrupts a 1 s sleep after 200 ms. */
static void with_handler(int flags)
{
	struct sigaction sa;
	struct timespec req = {1, 0}, rem, abs;
	int r, e;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alrm;
	sa.sa_flags = flags;
	sigaction(SIGALRM, &sa, NULL);

	hits = 0;
	rem.tv_sec = 99;
	alarm_in_ms(200);
	r = nanosleep(&req, &rem);
	e = errno;
	printf("%s nanosleep: r=%d %s hits=%d rem in (0.6, 0.85): %d\n",
	       flags ? "SA_RESTART" : "plain", r, r ? strerrorname_np(e) : "", hits,
	       ts_s(&rem) > 0.6 && ts_s(&rem) < 0.85);

	hits = 0;
	rem.tv_sec = 99;
	alarm_in_ms(200);
	r = clock_nanosleep(CLOCK_MONOTONIC, 0, &req, &rem);
	printf("%s clock_nanosleep: r=%s hits=%d rem in (0.6, 0.85): %d\n",
	       flags ? "SA_RESTART" : "plain", r ? strerrorname_np(r) : "0", hits,
	       ts_s(&rem) > 0.6 && ts_s(&rem) < 0.85);

	hits = 0;
	rem.tv_sec = 99;
	clock_gettime(CLOCK_MONOTONIC, &abs);
	abs.tv_sec += 1;
	alarm_in_ms(200);
	r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs, &rem);
	printf("%s clock_nanosleep abs: r=%s hits=%d rem untouched: %d\n",
	       flags ? "SA_RESTART" : "plain", r ? strerrorname_np(r) : "0", hits,
	       rem.tv_sec == 99);
}

/* A blocked SIGFPE arrives 250 ms into a 600 ms sleep: the sleep must end
 * at 600 ms, not 850. */
static void blocked_fault_signal(int which)
{
	static const char *names[] = {"nanosleep", "clock_nanosleep"};
	struct timespec req = {0, 600 * 1000 * 1000}, rem;
	sigset_t set;
	pid_t child;
	double t0, dt;
	int r, st;

	sigemptyset(&set);
	sigaddset(&set, SIGFPE);
	sigprocmask(SIG_BLOCK, &set, NULL);
	child = fork();
	if (child == 0) {
		struct timespec d = {0, 250 * 1000 * 1000};
		nanosleep(&d, NULL);
		kill(getppid(), SIGFPE);
		_exit(0);
	}
	t0 = now_s();
	if (which == 0)
		r = nanosleep(&req, &rem);
	else
		r = clock_nanosleep(CLOCK_MONOTONIC, 0, &req, &rem);
	dt = now_s() - t0;
	waitpid(child, &st, 0);
	sigpending(&set);
	printf("%s with a blocked signal: r=%d slept 0.6 to 0.8 s: %d pending: %d\n", names[which],
	       r, dt >= 0.6 && dt < 0.8, sigismember(&set, SIGFPE));
	/* Take it back out of the pending set. */
	sigemptyset(&set);
	sigaddset(&set, SIGFPE);
	sigwaitinfo(&set, NULL);
}

int main(void)
{
	with_handler(0);
	with_handler(SA_RESTART);
	blocked_fault_signal(0);
	blocked_fault_signal(1);
	return 0;
}
