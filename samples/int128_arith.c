/*
 * int128_arith.c -- __int128 arithmetic: factorials and powers past 2^64,
 * signed and unsigned division and remainder (libgcc's __divti3 family),
 * shifts, comparisons, overflow builtins, and a decimal printer written
 * here (printf has no 128-bit conversion).
 */
#include <stdint.h>
#include <stdio.h>

typedef unsigned __int128 u128;
typedef __int128 s128;

static void print_u128(const char *label, u128 v)
{
	char buf[48], *p = buf + sizeof buf;
	*--p = 0;
	do {
		*--p = (char)('0' + (int)(v % 10));
		v /= 10;
	} while (v);
	printf("%s%s", label, p);
}

static void print_s128(const char *label, s128 v)
{
	if (v < 0) {
		printf("%s-", label);
		print_u128("", -(u128)v);
	} else {
		print_u128(label, (u128)v);
	}
}

static void print_hex(const char *label, u128 v)
{
	printf("%s%016llx%016llx", label, (unsigned long long)(v >> 64), (unsigned long long)v);
}

static void factorials(void)
{
	u128 f = 1;
	for (unsigned n = 1; n <= 34; n++) {
		f *= n;
		if (n >= 20) {
			printf("%u! = ", n);
			print_u128("", f);
			print_hex(" = 0x", f);
			printf("\n");
		}
	}
}

static void division(void)
{
	static const s128 nums[] = { 0, 1, -1, 7, -7, (s128)1 << 100, -((s128)1 << 100),
				     ((s128)0x7fffffffffffffffLL << 64) | 0xffffffffffffffffULL,
				     (s128)123456789012345678LL * 1000000000000LL };
	static const s128 dens[] = { 1, -1, 3, -3, 10, 1000000007, (s128)1 << 64,
				     ((s128)1 << 64) + 12345, -((s128)99 << 70) };
	for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++)
		for (size_t j = 0; j < sizeof dens / sizeof dens[0]; j++) {
			s128 q = nums[i] / dens[j], r = nums[i] % dens[j];
			if (q * dens[j] + r != nums[i])
				printf("identity broken at %zu,%zu\n", i, j);
			if ((i + j) % 3 == 0) {
				print_s128("", nums[i]);
				print_s128(" / ", dens[j]);
				print_s128(" = ", q);
				print_s128(" rem ", r);
				print_u128(" | unsigned quotient ", (u128)nums[i] / (u128)dens[j]);
				printf("\n");
			}
		}
}

static void bits_and_overflow(void)
{
	u128 x = ((u128)0x0123456789abcdefULL << 64) | 0xfedcba9876543210ULL;
	for (int s = 0; s < 128; s += 27) {
		print_hex("shl ", x << s);
		print_hex(" shr ", x >> s);
		print_hex(" sar ", (u128)((s128)x >> s));
		printf(" (%d)\n", s);
	}
	print_hex("rotate-ish ", (x << 13) | (x >> 115));
	printf("\nclz-hi %d ctz-lo %d popcount %d\n", __builtin_clzll((uint64_t)(x >> 64)),
	       __builtin_ctzll((uint64_t)x), __builtin_popcountll((uint64_t)x) +
	       __builtin_popcountll((uint64_t)(x >> 64)));
	uint64_t a = 0xfffffffffffffff1ULL, b = 0xfffffffffffffff3ULL;
	u128 full = (u128)a * b;
	print_hex("64x64 full product ", full);
	printf("\n");
	u128 ov;
	int o1 = __builtin_mul_overflow(x, (u128)1000, &ov);
	s128 sv;
	int o2 = __builtin_add_overflow((s128)(~(u128)0 >> 1), (s128)1, &sv);
	printf("mul overflow=%d add overflow=%d\n", o1, o2);
	printf("compare: %d %d %d\n", (s128)-1 < (s128)1, (u128)-1 > (u128)1, x > ((u128)1 << 120));
	u128 p = 1;
	for (int i = 0; i < 80; i++)
		p *= 3;
	print_u128("3^80 mod 2^128 = ", p);
	printf("\n");
	double d = (double)x;
	u128 back = (u128)d;
	printf("to double %.17g ", d);
	print_hex("back ", back);
	printf("\n");
}

int main(void)
{
	factorials();
	division();
	bits_and_overflow();
	return 0;
}
