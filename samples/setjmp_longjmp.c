/*
 * setjmp_longjmp.c -- non-local exits: longjmp out of deep recursion,
 * nested jump buffers, volatile locals surviving the jump, sigsetjmp /
 * siglongjmp restoring (or not) the signal mask, and siglongjmp out of a
 * signal handler raised with raise().
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static jmp_buf outer, inner;
static sigjmp_buf sig_env;
static int depth_reached;

static void dive(int depth, int limit)
{
	volatile unsigned char pad[64];
	if (limit < 0) /* a normal return path, for callers that do not jump */
		return;
	for (int i = 0; i < 64; i++)
		pad[i] = (unsigned char)(depth + i);
	depth_reached = depth + pad[depth % 64] - (unsigned char)(depth + depth % 64);
	if (depth < limit)
		dive(depth + 1, limit);
	else
		longjmp(outer, depth);
}

static int nested(int x)
{
	int r = setjmp(inner);
	if (r == 0) {
		if (x > 2)
			longjmp(inner, x * 10);
		longjmp(outer, x + 1000);
	}
	return r;
}

static void test_basic(void)
{
	volatile int counter = 0;
	int r = setjmp(outer);
	counter++;
	if (r == 0)
		dive(0, 5000);
	printf("dive: setjmp returned %d, depth=%d, counter=%d\n", r, depth_reached, counter);
	r = setjmp(outer);
	if (r == 0)
		printf("nested(5) = %d\n", nested(5));
	r = setjmp(outer);
	if (r == 0)
		nested(1);
	else
		printf("nested(1) jumped to outer with %d\n", r);
	r = setjmp(outer);
	if (r == 0)
		longjmp(outer, 0);
	printf("longjmp(env, 0) makes setjmp return %d\n", r);
}

static void on_usr1(int sig)
{
	siglongjmp(sig_env, sig);
}

static int usr1_blocked(void)
{
	sigset_t cur;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	return sigismember(&cur, SIGUSR1);
}

static void test_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);

	for (volatile int savemask = 1; savemask >= 0; savemask--) {
		volatile int jumps = 0;
		int r = sigsetjmp(sig_env, savemask);
		if (r == 0) {
			printf("savemask=%d: before raise blocked=%d\n", savemask, usr1_blocked());
			raise(SIGUSR1);
			printf("not reached\n");
		}
		jumps++;
		printf("savemask=%d: siglongjmp returned %d, jumps=%d, blocked after=%d\n", savemask,
		       r, jumps, usr1_blocked());
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
	}

	sigset_t block;
	sigemptyset(&block);
	sigaddset(&block, SIGUSR2);
	sigprocmask(SIG_BLOCK, &block, NULL);
	if (sigsetjmp(sig_env, 1) == 0) {
		sigprocmask(SIG_UNBLOCK, &block, NULL);
		siglongjmp(sig_env, 7);
	}
	sigset_t cur;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	printf("mask restored by siglongjmp: SIGUSR2 blocked=%d\n", sigismember(&cur, SIGUSR2));
}

int main(void)
{
	test_basic();
	test_signals();
	return 0;
}
