/*
 * hello.c -- the smallest useful guest program: the README quick start runs
 * it (aarch64-linux-gnu-gcc -static -o hello samples/hello.c; runforeign ./hello).
 */
#include <stdio.h>

int main(int argc, char **argv)
{
	printf("Hello from AArch64! (argc=%d)\n", argc);
	for (int i = 1; i < argc; i++)
		printf("argv[%d] = %s\n", i, argv[i]);
	return 0;
}
