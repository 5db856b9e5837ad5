/* altstack.c -- unbounded recursion overflows a thread's stack 100 times;
 * each SIGSEGV is taken on the sigaltstack (the faulting stack is unusable),
 * the handler checks it runs on the alternate stack (SS_ONSTACK, its own
 * frame inside the region) and siglongjmps back out. */
#include "stress.h"
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>

#define ROUNDS 100
static sigjmp_buf env;
static char altbuf[64 * 1024];
static volatile int caught, bad_stack;

static void on_segv(int sig)
{
	(void)sig;
	stack_t cur;
	char here;
	if (sigaltstack(NULL, &cur) != 0 || !(cur.ss_flags & SS_ONSTACK) ||
	    &here < altbuf || &here >= altbuf + sizeof altbuf)
		bad_stack++;
	caught++;
	siglongjmp(env, 1);
}

static volatile int depth_limit = 1 << 30;	/* never reached */

static int recurse(volatile char *prev, int depth)
{
	volatile char pad[512];
	pad[0] = (char)depth;
	pad[511] = prev ? prev[0] : 0;
	if (depth >= depth_limit)
		return pad[0];
	return recurse(pad, depth + 1) + pad[511];
}

static void *overflow(void *arg)
{
	(void)arg;
	stack_t ss = { .ss_sp = altbuf, .ss_size = sizeof altbuf, .ss_flags = 0 };
	CHECK_SYS(sigaltstack(&ss, NULL) == 0, "sigaltstack");
	for (int i = 0; i < ROUNDS; i++) {
		if (sigsetjmp(env, 1) == 0)
			recurse(NULL, 0);
		CHECK(caught == i + 1, "round %d: caught %d", i, caught);
	}
	return NULL;
}

int main(void)
{
	struct sigaction sa = { 0 };
	sa.sa_handler = on_segv;
	sa.sa_flags = SA_ONSTACK;
	CHECK_SYS(sigaction(SIGSEGV, &sa, NULL) == 0, "sigaction");
	pthread_attr_t a;
	pthread_attr_init(&a);
	pthread_attr_setstacksize(&a, 256 * 1024);
	pthread_t t;
	CHECK(pthread_create(&t, &a, overflow, NULL) == 0, "pthread_create");
	pthread_join(t, NULL);
	CHECK(caught == ROUNDS, "caught %d overflows, want %d", caught, ROUNDS);
	CHECK(bad_stack == 0, "%d handlers not on the alternate stack", bad_stack);
	printf("ok %d\n", caught);
	return 0;
}
