/*
 * stdio_formats.c -- integer formatting and parsing: printf conversions and
 * length modifiers (%hhd..%lld, %zu, %jd, %td), flags and widths, snprintf
 * truncation, sscanf with scansets and %n, strtol/strtoul/strtoll with
 * every base and ERANGE, and memory streams (open_memstream, fmemopen).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void integers(void)
{
	static const long long vals[] = { 0, 1, -1, 42, -42, 127, 128, 255, 256, 32767, -32768,
					  65535, 2147483647LL, -2147483647LL - 1, 4294967295LL,
					  LLONG_MAX, LLONG_MIN };
	for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
		long long v = vals[i];
		printf("%lld: hhd=%hhd hhu=%hhu hd=%hd hu=%hu d=%d u=%u ld=%ld lu=%lu x=%llx o=%llo "
		       "X=%#llX o#=%#llo\n",
		       v, (signed char)v, (unsigned char)v, (short)v, (unsigned short)v, (int)v,
		       (unsigned)v, (long)v, (unsigned long)v, (unsigned long long)v,
		       (unsigned long long)v, (unsigned long long)v, (unsigned long long)v);
		printf("  [%8lld] [%-8lld] [%08lld] [%+lld] [% lld] [%.12lld] [%*lld] [%-*.*lld]\n",
		       v, v, v, v, v, v, 15, v, 22, 20, v);
	}
	printf("size_t=%zu ssize=%zd intmax=%jd uintmax=%ju ptrdiff=%td\n", (size_t)-1,
	       (ssize_t)-5, INTMAX_MIN, UINTMAX_MAX, (ptrdiff_t)-77);
	printf("PRI macros: %" PRId8 " %" PRIu16 " %" PRIx32 " %" PRIo64 " %" PRIdMAX "\n",
	       (int8_t)-8, (uint16_t)65000, (uint32_t)0xdeadbeef, (uint64_t)01234567, INTMAX_MAX);
	printf("chars: [%c] [%5c] [%-5c] %%literal [%s] [%.3s] [%10.2s] [%-10s]\n", 'A', 'B', 'C',
	       "string", "truncate", "xyz", "left");
}

static void truncation(void)
{
	char small[8];
	const char *volatile fmt = "%d-%s"; /* not a literal: truncation is the point */
	for (size_t sz = 0; sz <= sizeof small; sz += 2) {
		memset(small, '#', sizeof small);
		int n = snprintf(small, sz, fmt, 12345, "abcdef");
		printf("snprintf size %zu -> %d '%.*s'\n", sz, n, sz ? (int)sz - 1 : 0, small);
	}
	char *dyn = NULL;
	int n = asprintf(&dyn, "%s/%05d/%x", "asprintf", 42, 48879);
	printf("asprintf -> %d '%s'\n", n, dyn);
	free(dyn);
}

static void scanning(void)
{
	int a, b, consumed;
	unsigned x;
	char word[16], set[16];
	double d;
	int got = sscanf("  -17 +25 0x1F hello 3.5e2 abc123!", "%d %i %x %15s %lf %15[a-z]%n", &a,
			 &b, &x, word, &d, set, &consumed);
	printf("sscanf got=%d a=%d b=%d x=%u word=%s d=%g set=%s consumed=%d\n", got, a, b, x, word,
	       d, set, consumed);
	got = sscanf("12:34:56", "%d:%d:%d", &a, &b, &consumed);
	printf("time scan got=%d %d %d %d\n", got, a, b, consumed);
	got = sscanf("abc", "%d", &a);
	printf("failed scan got=%d\n", got);
	got = sscanf("", "%d", &a);
	printf("empty scan got=%d (EOF=%d)\n", got, EOF);
}

static void conversions(void)
{
	static const struct { const char *s; int base; } in[] = {
		{ "0", 10 }, { "-123abc", 10 }, { "0x7fffffffffffffff", 16 }, { "0x8000000000000000", 0 },
		{ "-9223372036854775809", 10 }, { "777", 8 }, { "0777", 0 }, { "zz", 36 },
		{ "  +42", 10 }, { "101010", 2 }, { "18446744073709551615", 10 },
		{ "18446744073709551616", 10 }, { "-1", 10 }, { "", 10 }, { "0x", 16 },
	};
	for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
		char *end;
		errno = 0;
		long l = strtol(in[i].s, &end, in[i].base);
		int e1 = errno;
		errno = 0;
		unsigned long ul = strtoul(in[i].s, NULL, in[i].base);
		int e2 = errno;
		printf("'%s' base %d: strtol=%ld errno=%d rest='%s' strtoul=%lu errno=%d\n", in[i].s,
		       in[i].base, l, e1, end, ul, e2);
	}
	printf("atoi=%d atol=%ld atoll=%lld\n", atoi(" 99 bottles"), atol("-2147483649"),
	       atoll("9000000000000000000"));
}

static void memory_streams(void)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	for (int i = 0; i < 200; i++)
		fprintf(m, "%d,", i * i);
	fclose(m);
	printf("open_memstream: len=%zu tail='%s'\n", len, buf + len - 12);
	free(buf);
	char text[] = "alpha 1\nbeta 22\ngamma 333\n";
	FILE *r = fmemopen(text, strlen(text), "r");
	char name[16];
	int v, total = 0;
	while (fscanf(r, "%15s %d", name, &v) == 2) {
		printf("fmemopen record %s=%d\n", name, v);
		total += v;
	}
	printf("total=%d feof=%d\n", total, feof(r));
	fclose(r);
}

int main(void)
{
	integers();
	truncation();
	scanning();
	conversions();
	memory_streams();
	return 0;
}
