/*
 * kill_fault_signals.c -- SIGSEGV, SIGBUS, SIGILL and SIGFPE sent with
 * kill() (not raised by a fault) reach their handlers with si_code
 * SI_USER and the sender's pid; blocked, they stay pending until
 * unblocked; ignored, they are discarded.
 * expect: exited 0
 * native: same
 * qemu: status-only (qemu 7.2 leaves a blocked SIGSEGV it queued itself out of sigpending)
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile int got, code, pid_ok;

static void on_sig(int sig, siginfo_t *si, void *uc)
{
	got = sig;
	code = si->si_code;
	pid_ok = si->si_pid == getpid();
}

int main(void)
{
	static const int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE};
	struct sigaction sa;
	sigset_t set, pend;
	unsigned i;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_sig;
	sa.sa_flags = SA_SIGINFO;
	for (i = 0; i < 4; i++) {
		sigaction(sigs[i], &sa, NULL);
		got = 0;
		kill(getpid(), sigs[i]);
		printf("sig %d: got=%d code=%d pid_ok=%d\n", sigs[i], got, code, pid_ok);
	}
	sigemptyset(&set);
	sigaddset(&set, SIGSEGV);
	sigprocmask(SIG_BLOCK, &set, NULL);
	got = 0;
	kill(getpid(), SIGSEGV);
	sigpending(&pend);
	printf("blocked: got=%d pending=%d\n", got, sigismember(&pend, SIGSEGV));
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	printf("unblocked: got=%d\n", got);
	signal(SIGBUS, SIG_IGN);
	kill(getpid(), SIGBUS);
	printf("ignored SIGBUS: still here\n");
	return 0;
}
