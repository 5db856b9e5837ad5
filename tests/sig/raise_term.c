/*
 * raise_term.c -- kill(getpid(), SIGTERM) with the default action
 * terminates the process by SIGTERM before kill() returns.
 * expect: killed 15
 * native: same
 */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	printf("start\n");
	fflush(stdout);
	kill(getpid(), SIGTERM);
	printf("survived\n");
	return 0;
}
