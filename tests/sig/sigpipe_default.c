/*
 * sigpipe_default.c -- writing to a pipe without readers kills the
 * process by SIGPIPE when SIGPIPE has its default action.
 * expect: killed 13
 * native: same
 */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	int p[2];

	pipe(p);
	close(p[0]);
	printf("writing\n");
	fflush(stdout);
	write(p[1], "x", 1);
	printf("survived\n");
	return 0;
}
