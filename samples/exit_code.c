/*
 * exit_code.c -- process termination paths: exit(N), return from main,
 * _exit (which must not flush stdio), atexit handlers in reverse order.
 * Usage: exit_code MODE CODE   with MODE one of exit, return, _exit, atexit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void at_first(void) { printf("atexit: first registered, runs last\n"); }
static void at_second(void) { printf("atexit: second registered, runs first\n"); }

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: exit_code exit|return|_exit|atexit CODE\n");
		return 2;
	}
	int code = atoi(argv[2]);
	/* Buffered (stdout is a file or pipe in the tests): _exit loses it. */
	printf("mode=%s code=%d\n", argv[1], code);
	if (strcmp(argv[1], "exit") == 0)
		exit(code);
	if (strcmp(argv[1], "_exit") == 0)
		_exit(code);
	if (strcmp(argv[1], "atexit") == 0) {
		atexit(at_first);
		atexit(at_second);
		exit(code);
	}
	if (strcmp(argv[1], "return") == 0)
		return code;
	fprintf(stderr, "exit_code: unknown mode '%s'\n", argv[1]);
	return 2;
}
