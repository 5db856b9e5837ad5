/* rtsig_queue.c -- 100,000 real-time signals queued to self with sigqueue(),
 * each carrying a sequence number; the handler must see every number exactly
 * once and in order (POSIX: queued instances of one RT signal are delivered
 * FIFO).  Signals are queued in blocked batches of 1,000 (below
 * RLIMIT_SIGPENDING) and delivered on unblock; a second RT signal with a
 * lower number interleaves to check that lower-numbered RT signals are
 * delivered first (kernel: next_signal() takes the lowest pending).  Both
 * handlers block both signals: otherwise the kernel stacks a frame for every
 * deliverable signal before returning to user mode and the last one set up
 * (the highest) runs first. */
#include "stress.h"
#include <signal.h>
#include <unistd.h>

#define TOTAL 100000
#define BATCH 1000

static volatile int next_seq, errors, order_errors;
static volatile int lo_seen, lo_at_hi_count;
static int sig_lo, sig_hi;

static void on_hi(int sig, siginfo_t *si, void *uc)
{
	(void)sig; (void)uc;
	if (si->si_code != SI_QUEUE || si->si_pid != getpid())
		errors++;
	if (si->si_value.sival_int != next_seq)
		order_errors++;
	next_seq = si->si_value.sival_int + 1;
	/* Every batch's low signal must have arrived before its first high one. */
	if (next_seq % BATCH == 1 && lo_seen != next_seq / BATCH + 1)
		lo_at_hi_count++;
}

static void on_lo(int sig, siginfo_t *si, void *uc)
{
	(void)sig; (void)uc;
	if (si->si_value.sival_int != lo_seen)
		errors++;
	lo_seen++;
}

int main(void)
{
	struct sigaction sa = { 0 };
	sigset_t block, old;
	sig_lo = SIGRTMIN + 1;
	sig_hi = SIGRTMIN + 5;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGRTMIN + 1);
	sigaddset(&sa.sa_mask, SIGRTMIN + 5);
	sa.sa_sigaction = on_hi;
	CHECK_SYS(sigaction(sig_hi, &sa, NULL) == 0, "sigaction");
	sa.sa_sigaction = on_lo;
	CHECK_SYS(sigaction(sig_lo, &sa, NULL) == 0, "sigaction");
	sigemptyset(&block);
	sigaddset(&block, sig_lo);
	sigaddset(&block, sig_hi);
	for (int b = 0; b < TOTAL / BATCH; b++) {
		CHECK_SYS(sigprocmask(SIG_BLOCK, &block, &old) == 0, "sigprocmask");
		for (int i = 0; i < BATCH; i++) {
			union sigval v = { .sival_int = b * BATCH + i };
			CHECK_SYS(sigqueue(getpid(), sig_hi, v) == 0, "sigqueue");
			if (i == BATCH / 2) {
				union sigval l = { .sival_int = b };
				CHECK_SYS(sigqueue(getpid(), sig_lo, l) == 0, "sigqueue lo");
			}
		}
		CHECK_SYS(sigprocmask(SIG_SETMASK, &old, NULL) == 0, "sigprocmask");
		CHECK(next_seq == (b + 1) * BATCH, "after batch %d: next %d", b, next_seq);
	}
	CHECK(errors == 0, "%d bad siginfo", errors);
	CHECK(order_errors == 0, "%d out-of-order deliveries", order_errors);
	CHECK(lo_at_hi_count == 0, "%d batches where the lower RT signal came late", lo_at_hi_count);
	CHECK(next_seq == TOTAL && lo_seen == TOTAL / BATCH, "delivered %d/%d", next_seq, lo_seen);
	printf("ok %d\n", next_seq);
	return 0;
}
