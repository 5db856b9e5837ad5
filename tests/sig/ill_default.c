/*
 * ill_default.c -- an undefined instruction with no handler kills the
 * process by SIGILL, after the program's output so far was written;
 * runforeign names the instruction first.
 * expect: killed 4
 * stderr: runforeign: SIGILL: undefined instruction at pc 0x
 */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	printf("before\n");
	fflush(stdout);
	__asm__ volatile(".inst 0x00000000" ::: "memory");
	printf("after\n");
	return 0;
}
