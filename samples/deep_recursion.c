/*
 * deep_recursion.c -- deep and bushy recursion: a 100000-deep non-tail
 * recursion (needs a few MB of guest stack), Ackermann, mutual recursion,
 * naive Fibonacci and a recursive permutation generator.  The functions are
 * kept out of line and non-tail so the compiler cannot turn them into loops.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))

/*
 * Each level keeps a volatile local whose address goes to the next level,
 * which reads it back: the frames must all exist at once (no loop, no
 * sibling call).
 */
static NOINLINE uint64_t sum_down(uint64_t n, const volatile uint64_t *parent)
{
	volatile uint64_t here = n * n % 7 + 1;
	if (n == 0)
		return *parent;
	uint64_t below = sum_down(n - 1, &here);
	return below + *parent;
}

static NOINLINE unsigned ackermann(unsigned m, unsigned n)
{
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ackermann(m - 1, 1);
	return ackermann(m - 1, ackermann(m, n - 1));
}

static NOINLINE int is_odd(unsigned n, const volatile unsigned *caller);

static NOINLINE int is_even(unsigned n, const volatile unsigned *caller)
{
	volatile unsigned me = n;
	if (n == 0)
		return *caller == 1;
	return is_odd(n - 1, &me) & (*caller == n + 1);
}

static NOINLINE int is_odd(unsigned n, const volatile unsigned *caller)
{
	volatile unsigned me = n;
	if (n == 0)
		return 0;
	return is_even(n - 1, &me) & (*caller == n + 1);
}

static NOINLINE uint64_t fib(unsigned n)
{
	return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static uint64_t perm_hash;
static unsigned perm_count;

static NOINLINE void permute(char *s, size_t k, size_t n)
{
	if (k == n) {
		perm_count++;
		for (size_t i = 0; i < n; i++)
			perm_hash = perm_hash * 31 + (unsigned char)s[i];
		return;
	}
	for (size_t i = k; i < n; i++) {
		char t = s[k];
		s[k] = s[i];
		s[i] = t;
		permute(s, k + 1, n);
		s[i] = s[k];
		s[k] = t;
	}
}

int main(void)
{
	volatile uint64_t top = 0;
	printf("sum_down(100000) = %llu\n", (unsigned long long)sum_down(100000, &top));
	for (unsigned m = 0; m <= 3; m++)
		for (unsigned n = 0; n <= (m == 3 ? 7u : 5u); n++)
			printf("A(%u,%u)=%u%s", m, n, ackermann(m, n), n == (m == 3 ? 7u : 5u) ? "\n" : " ");
	volatile unsigned start = 20002;
	printf("is_even(20001)=%d is_odd(20001)=%d\n", is_even(20001, &start), is_odd(20001, &start));
	printf("fib(27) = %llu\n", (unsigned long long)fib(27));
	char word[] = "ABCDEFGH";
	permute(word, 0, strlen(word));
	printf("permutations of %s: %u hash=%016llx\n", word, perm_count,
	       (unsigned long long)perm_hash);
	return 0;
}
