/*
 * ppoll_mask.c -- ppoll and pselect6 install their signal mask for the
 * wait only, atomically with it (fs/select.c set_user_sigmask()): a signal
 * the temporary mask unblocks, pending before the call or arriving during
 * it, interrupts the wait with EINTR; its handler runs with the temporary
 * mask plus its own signal, its frame holds the caller's mask, and after
 * the call the caller's mask is back.  Neither call restarts after a
 * handler, SA_RESTART or not (-ERESTARTNOHAND).
 * expect: exited 0
 * native: same
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

static volatile int hits, in_mask_usr1, in_mask_usr2, frame_usr1, frame_usr2;

static void on_usr1(int sig, siginfo_t *si, void *uc)
{
	sigset_t now;

	sigprocmask(SIG_BLOCK, NULL, &now);
	in_mask_usr1 = sigismember(&now, SIGUSR1);
	in_mask_usr2 = sigismember(&now, SIGUSR2);
	frame_usr1 = sigismember(&((ucontext_t *)uc)->uc_sigmask, SIGUSR1);
	frame_usr2 = sigismember(&((ucontext_t *)uc)->uc_sigmask, SIGUSR2);
	hits++;
}

static double now_s(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static void show_mask(const char *what)
{
	sigset_t m;

	sigprocmask(SIG_BLOCK, NULL, &m);
	printf("%s: mask USR1=%d USR2=%d\n", what, sigismember(&m, SIGUSR1), sigismember(&m, SIGUSR2));
}

/* One wait with a temporary mask that unblocks SIGUSR1 and blocks SIGUSR2;
 * which: 0 ppoll, 1 pselect. */
static void wait_once(int which, const char *what)
{
	struct timespec ts = {2, 0};
	sigset_t tmp;
	double t0 = now_s();
	int r, e;

	sigemptyset(&tmp);
	sigaddset(&tmp, SIGUSR2);
	hits = 0;
	if (which == 0)
		r = ppoll(NULL, 0, &ts, &tmp);
	else
		r = pselect(0, NULL, NULL, NULL, &ts, &tmp);
	e = errno;
	printf("%s: r=%d %s hits=%d fast=%d in handler USR1=%d USR2=%d frame USR1=%d USR2=%d\n",
	       what, r, r < 0 ? strerrorname_np(e) : "", hits, now_s() - t0 < 1.5,
	       in_mask_usr1, in_mask_usr2, frame_usr1, frame_usr2);
	show_mask(what);
}

int main(void)
{
	struct sigaction sa;
	sigset_t block;
	pid_t child;
	int which, st;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_usr1;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigaction(SIGUSR1, &sa, NULL);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigprocmask(SIG_BLOCK, &block, NULL);

	for (which = 0; which < 2; which++) {
		const char *name = which ? "pselect" : "ppoll";
		char what[64];

		/* Pending before the call: only the temporary mask lets it in. */
		raise(SIGUSR1);
		snprintf(what, sizeof what, "%s pending", name);
		wait_once(which, what);

		/* Sent by another process during the wait. */
		child = fork();
		if (child == 0) {
			struct timespec d = {0, 200 * 1000 * 1000};
			nanosleep(&d, NULL);
			kill(getppid(), SIGUSR1);
			_exit(0);
		}
		snprintf(what, sizeof what, "%s during", name);
		wait_once(which, what);
		waitpid(child, &st, 0);

		/* Blocked by the temporary mask: the wait times out and the
		 * signal stays pending until the caller's mask lets it in. */
		{
			struct timespec ts = {0, 100 * 1000 * 1000};
			sigset_t tmp;
			int r;

			sigemptyset(&tmp);
			sigaddset(&tmp, SIGUSR1);
			raise(SIGUSR1);
			hits = 0;
			r = which ? pselect(0, NULL, NULL, NULL, &ts, &tmp) : ppoll(NULL, 0, &ts, &tmp);
			printf("%s blocked: r=%d hits=%d\n", name, r, hits);
			sigprocmask(SIG_UNBLOCK, &block, NULL);
			printf("%s unblocked: hits=%d\n", name, hits);
			sigprocmask(SIG_BLOCK, &block, NULL);
		}
	}
	return 0;
}
