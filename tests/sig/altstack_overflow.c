/*
 * altstack_overflow.c -- unbounded recursion overflows the stack; the
 * SIGSEGV handler, installed with SA_ONSTACK, runs on the alternate stack
 * (sigaltstack reports SS_ONSTACK there, and changing it fails with
 * EPERM) and leaves with siglongjmp.  sigaltstack's argument checks.
 * expect: exited 0
 * native: same
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static sigjmp_buf env;
static char *alt_base;
static size_t alt_size = 64 * 1024;
static volatile int on_alt, flags_inside, eperm_inside;

static void on_segv(int sig)
{
	char here;
	stack_t cur, other;

	on_alt = &here >= alt_base && &here < alt_base + alt_size;
	sigaltstack(NULL, &cur);
	flags_inside = cur.ss_flags;
	memset(&other, 0, sizeof other);
	other.ss_flags = SS_DISABLE;
	eperm_inside = sigaltstack(&other, NULL) == -1 && errno == EPERM;
	siglongjmp(env, 1);
}

static int recurse(volatile char *p, int n)
{
	volatile char buf[1024];

	buf[0] = (char)n;
	buf[1023] = p ? p[0] : 0;
	if (n == 1 << 30)   /* never: the stack ends long before */
		return buf[1023];
	return recurse(buf, n + 1) + buf[1];
}

int main(void)
{
	stack_t ss, old;
	struct sigaction sa;
	int r;

	memset(&ss, 0, sizeof ss);
	ss.ss_size = 1024;
	ss.ss_sp = malloc(1024);
	r = sigaltstack(&ss, NULL);
	printf("too small: %d %s\n", r, strerror(errno));
	ss.ss_flags = 5;
	ss.ss_size = alt_size;
	r = sigaltstack(&ss, NULL);
	printf("bad flags: %d %s\n", r, strerror(errno));
	sigaltstack(NULL, &old);
	printf("initial: flags=%d size=%zu\n", old.ss_flags, old.ss_size);

	alt_base = malloc(alt_size);
	ss.ss_sp = alt_base;
	ss.ss_flags = 0;
	printf("set: %d\n", sigaltstack(&ss, NULL));
	sigaltstack(NULL, &old);
	printf("now: flags=%d size_ok=%d sp_ok=%d\n", old.ss_flags, old.ss_size == alt_size,
	       old.ss_sp == alt_base);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_segv;
	sa.sa_flags = SA_ONSTACK;
	sigaction(SIGSEGV, &sa, NULL);
	if (sigsetjmp(env, 1) == 0) {
		recurse(NULL, 0);
		printf("not reached\n");
	}
	printf("caught overflow: on altstack=%d flags inside=%d EPERM inside=%d\n", on_alt,
	       flags_inside, eperm_inside);
	return 0;
}
