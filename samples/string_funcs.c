/*
 * string_funcs.c -- <string.h> over every length 0..MAXLEN and source and
 * destination alignment 0..15.  The libc routines are hand-written
 * assembly on AArch64 (SIMD loads, unaligned accesses, page-crossing tricks),
 * so each result is checked against a byte-by-byte reference and folded into
 * one checksum per function.  Comparison results are reduced to their sign:
 * C only defines the sign.
 */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXLEN 200
#define ALIGNS 16
#define BUFSZ (MAXLEN + 2 * ALIGNS + 64)

static unsigned char src_buf[BUFSZ], dst_buf[BUFSZ], ref_buf[BUFSZ];
static unsigned long errors;

static uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
	return h;
}

static int sign(int v) { return (v > 0) - (v < 0); }

static void fill(unsigned char *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)('a' + (i * 7 + seed) % 26);
}

static void check(int ok, const char *what, size_t len, size_t al)
{
	if (!ok && errors++ < 20)
		printf("MISMATCH %s len=%zu align=%zu\n", what, len, al);
}

static uint64_t test_memcpy_memset(void)
{
	uint64_t h = 0;
	for (size_t len = 0; len <= MAXLEN; len++)
		for (size_t sa = 0; sa < ALIGNS; sa += 3)
			for (size_t da = 0; da < ALIGNS; da++) {
				fill(src_buf, BUFSZ, (unsigned)(len + sa));
				memset(dst_buf, 0x5a, BUFSZ);
				memcpy(dst_buf + da, src_buf + sa, len);
				int ok = dst_buf[da + len] == 0x5a && (da == 0 || dst_buf[da - 1] == 0x5a);
				for (size_t i = 0; i < len; i++)
					ok &= dst_buf[da + i] == src_buf[sa + i];
				check(ok, "memcpy", len, da);
				memset(dst_buf + da, (int)(len & 0xff), len);
				for (size_t i = 0; i < len; i++)
					ok &= dst_buf[da + i] == (unsigned char)len;
				check(ok && dst_buf[da + len] == 0x5a, "memset", len, da);
				h = mix(h, dst_buf[da + len / 2]);
			}
	return h;
}

static uint64_t test_memmove(void)
{
	uint64_t h = 0;
	unsigned char tmp[MAXLEN];
	for (size_t len = 0; len <= MAXLEN; len++)
		for (int shift = -17; shift <= 17; shift++) {
			size_t s = 40, d = (size_t)(40 + shift);
			fill(src_buf, BUFSZ, (unsigned)len);
			memcpy(ref_buf, src_buf, BUFSZ);
			for (size_t i = 0; i < len; i++)
				tmp[i] = ref_buf[s + i];
			for (size_t i = 0; i < len; i++)
				ref_buf[d + i] = tmp[i];
			memmove(src_buf + d, src_buf + s, len);
			check(memcmp(src_buf, ref_buf, BUFSZ) == 0, "memmove", len, (size_t)(shift + 17));
			h = mix(h, src_buf[d + len / 3]);
		}
	return h;
}

static uint64_t test_compare(void)
{
	uint64_t h = 0;
	for (size_t len = 0; len <= MAXLEN; len++)
		for (size_t al = 0; al < ALIGNS; al++) {
			unsigned char *a = src_buf + al, *b = dst_buf + (ALIGNS - 1 - al);
			fill(a, len, 3);
			fill(b, len, 3);
			a[len] = b[len] = 0;
			h = mix(h, (uint64_t)(sign(memcmp(a, b, len)) + 1));
			h = mix(h, (uint64_t)(sign(strcmp((char *)a, (char *)b)) + 1));
			if (len > 0) {
				size_t pos = (len * 5) / 7;
				b[pos] = (unsigned char)(b[pos] + ((len & 1) ? 1 : 0x80));
				int m = sign(memcmp(a, b, len)), s = sign(strcmp((char *)a, (char *)b));
				int n = sign(strncmp((char *)a, (char *)b, pos));
				check(m == -1 && s == -1 && n == 0, "memcmp/strcmp", len, al);
				h = mix(h, (uint64_t)(m + 3 * s + 9 * n + 13));
			}
		}
	return h;
}

static uint64_t test_search(void)
{
	uint64_t h = 0;
	for (size_t len = 0; len <= MAXLEN; len++)
		for (size_t al = 0; al < ALIGNS; al++) {
			char *s = (char *)src_buf + al;
			fill(src_buf + al, len, 0);
			for (size_t i = 0; i < len; i++)
				if (s[i] == 'z')
					s[i] = 'y';
			s[len] = 0;
			check(strlen(s) == len, "strlen", len, al);
			check(strnlen(s, len / 2) == len / 2, "strnlen", len, al);
			check(strchr(s, 'z') == NULL && memchr(s, 'z', len) == NULL, "strchr miss", len, al);
			check(strchr(s, 0) == s + len, "strchr nul", len, al);
			if (len > 0) {
				size_t at = len - 1 - (len / 3);
				s[at] = 'z';
				check(strchr(s, 'z') == s + at && strrchr(s, 'z') == s + at, "strchr", len, al);
				check(memchr(s, 'z', len) == s + at && memrchr(s, 'z', len) == s + at, "memchr",
				      len, al);
				check(rawmemchr(s, 'z') == s + at, "rawmemchr", len, al);
				h = mix(h, (uint64_t)(strrchr(s, 'a') ? strrchr(s, 'a') - s : -1));
				h = mix(h, strspn(s, "abcdefghijklm") + 7 * strcspn(s, "xz"));
			}
		}
	return h;
}

static uint64_t test_copy_concat(void)
{
	uint64_t h = 0;
	char a[MAXLEN + 1], b[2 * MAXLEN + 64];
	for (size_t len = 0; len <= MAXLEN; len++) {
		fill((unsigned char *)a, len, 11);
		a[len] = 0;
		for (size_t al = 0; al < ALIGNS; al += 5) {
			memset(b, 'X', sizeof b);
			char *d = b + al;
			char *e = stpcpy(d, a);
			check(e == d + len && strcmp(d, a) == 0, "stpcpy", len, al);
			strcat(d, a);
			check(strlen(d) == 2 * len, "strcat", len, al);
			strncpy(d, a, len + 5);
			/* After strcat, d held 2*len characters, its NUL, then 'X's. */
			char after = len + 5 < 2 * len ? a[5] : len + 5 == 2 * len ? 0 : 'X';
			check(d[len] == 0 && d[len + 4] == 0 && d[len + 5] == after, "strncpy", len, al);
			h = mix(h, (uint64_t)(unsigned char)d[len / 2]);
		}
		char *dup = strdup(a);
		check(dup && strcmp(dup, a) == 0, "strdup", len, 0);
		free(dup);
		char *ndup = strndup(a, len / 2);
		check(ndup && strlen(ndup) == len / 2, "strndup", len, 0);
		free(ndup);
	}
	return h;
}

static void test_tokens(void)
{
	char text[] = "  the quick,brown fox;; jumps over\tthe lazy dog  ";
	char *save, *tok;
	int n = 0;
	for (tok = strtok_r(text, " ,;\t", &save); tok; tok = strtok_r(NULL, " ,;\t", &save))
		printf("token %d: '%s'\n", n++, tok);
	const char *hay = "abababcabcdabcdeabcdef";
	const char *needles[] = { "abcde", "abcdef", "ba", "", "xyz", "f", "cabc" };
	for (size_t i = 0; i < sizeof needles / sizeof needles[0]; i++) {
		const char *p = strstr(hay, needles[i]);
		printf("strstr('%s') = %td\n", needles[i], p ? p - hay : (ptrdiff_t)-1);
	}
	printf("strcasecmp=%d strncasecmp=%d\n", sign(strcasecmp("HeLLo", "hello")),
	       sign(strncasecmp("ABCx", "abcy", 4)));
	printf("strerror(2)='%s' strsignal(11)='%s'\n", strerror(2), strsignal(11));
}

int main(void)
{
	printf("memcpy/memset %016llx\n", (unsigned long long)test_memcpy_memset());
	printf("memmove       %016llx\n", (unsigned long long)test_memmove());
	printf("compare       %016llx\n", (unsigned long long)test_compare());
	printf("search        %016llx\n", (unsigned long long)test_search());
	printf("copy/concat   %016llx\n", (unsigned long long)test_copy_concat());
	test_tokens();
	printf("errors: %lu\n", errors);
	return errors != 0;
}
