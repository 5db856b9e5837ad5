/* hello.c -- the Quick start sample: a static AArch64 program that greets,
 * does a little floating point and integer work, and reports its machine. */
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

int main(int argc, char **argv)
{
	struct utsname u;
	double x = 1.0;
	long sum = 0;
	int i;

	for (i = 1; i <= 100; i++) {
		sum += (long)i * i;
		x *= 1.0 + 1.0 / i;
	}
	if (uname(&u) != 0)
		strcpy(u.machine, "?");
	printf("Hello from %s! sum of squares 1..100 = %ld, product = %.3f, argc = %d\n",
	       u.machine, sum, x, argc);
	return argc > 1 ? (int)strlen(argv[1]) : 0;
}
