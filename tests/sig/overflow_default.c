/*
 * overflow_default.c -- a stack overflow with a SIGSEGV handler but no
 * alternate stack: the frame cannot be written, so the process dies by
 * SIGSEGV (the kernel's force_sigsegv()).
 * expect: killed 11
 * native: same
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

static void on_segv(int sig)
{
	printf("handler ran\n");
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
	signal(SIGSEGV, on_segv);
	printf("recursing\n");
	fflush(stdout);
	return recurse(NULL, 0);
}
