/* alarm_restart.c -- a 200 us ITIMER_REAL (SIGALRM, SA_RESTART handler)
 * fires during a tight arithmetic loop, whose result must be exact, and
 * during blocking pipe reads fed slowly by another thread: with SA_RESTART a
 * read(2) interrupted by the handler restarts, so it never fails with EINTR
 * (signal(7): "read ... on slow devices" are restarted). */
#include "stress.h"
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t ticks;
static int pfd[2];

static void on_alrm(int sig) { (void)sig; ticks++; }

/* nanosleep(2) fails with EINTR whatever SA_RESTART says, so the writer
 * blocks SIGALRM and the main thread (in read) takes every tick. */
static void *writer(void *arg)
{
	(void)arg;
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGALRM);
	pthread_sigmask(SIG_BLOCK, &s, NULL);
	struct timespec ts = { 0, 2 * 1000 * 1000 };
	for (int i = 0; i < 200; i++) {
		nanosleep(&ts, NULL);
		uint32_t v = (uint32_t)i * 2654435761u;
		CHECK_SYS(write(pfd[1], &v, sizeof v) == sizeof v, "write");
	}
	return NULL;
}

static volatile uint64_t seed = 88172645463325252ull;

/* spin(n) -- n xorshift steps from the volatile seed (not hoistable). */
static uint64_t spin(uint64_t n)
{
	uint64_t x = seed, acc = 0;
	for (uint64_t i = 0; i < n; i++) {
		x ^= x << 13; x ^= x >> 7; x ^= x << 17;
		acc += x;
	}
	return acc;
}

int main(void)
{
	struct sigaction sa = { 0 };
	sa.sa_handler = on_alrm;
	sa.sa_flags = SA_RESTART;
	CHECK_SYS(sigaction(SIGALRM, &sa, NULL) == 0, "sigaction");
	uint64_t want = spin(3000000);	/* reference before the timer runs */
	struct itimerval it = { { 0, 200 }, { 0, 200 } };
	CHECK_SYS(setitimer(ITIMER_REAL, &it, NULL) == 0, "setitimer");
	for (int r = 0; r < 5; r++)
		CHECK(spin(3000000) == want, "tight loop result changed by signals");
	int during_spin = ticks;
	CHECK_SYS(pipe(pfd) == 0, "pipe");
	pthread_t t;
	CHECK(pthread_create(&t, NULL, writer, NULL) == 0, "pthread_create");
	for (int i = 0; i < 200; i++) {
		uint32_t v;
		ssize_t n = read(pfd[0], &v, sizeof v);
		CHECK(n == sizeof v, "read %d returned %zd (%s)", i, n, n < 0 ? strerror(errno) : "short");
		CHECK(v == (uint32_t)i * 2654435761u, "read %d: wrong value", i);
	}
	pthread_join(t, NULL);
	struct itimerval off = { 0 };
	setitimer(ITIMER_REAL, &off, NULL);
	CHECK(during_spin > 0, "no SIGALRM during the tight loops");
	CHECK(ticks > during_spin, "no SIGALRM during the blocking reads");
	printf("ok\n");
	return 0;
}
