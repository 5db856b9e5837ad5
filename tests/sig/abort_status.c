/*
 * abort_status.c -- abort() kills the process by SIGABRT; what stdio had
 * flushed before is out, the rest is lost, as natively.
 * expect: killed 6
 * native: same
 */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	printf("flushed\n");
	fflush(stdout);
	printf("buffered, lost");
	abort();
}
