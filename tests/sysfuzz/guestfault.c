/*
 * guestfault.c -- a guest load from an unmapped guest address gives the
 * guest SIGSEGV: run under runforeign, the process dies of SIGSEGV (not
 * runforeign's internal-error status 120).  Prints a line first so the
 * runner can see the guest was running.
 */
#include <stdio.h>

int main(void)
{
	volatile int *p = (volatile int *)0x10000;
	printf("guestfault: loading from %p\n", (void *)p);
	fflush(stdout);
	return *p;
}
