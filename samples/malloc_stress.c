/*
 * malloc_stress.c -- many allocations of many sizes (tiny, small, large,
 * mmap-threshold sized), realloc growing and shrinking, calloc zeroing,
 * aligned allocation, and frees in random order.  Every block carries a
 * pattern derived from its slot and generation; the pattern is verified
 * before each free/realloc and folded into a checksum.  Addresses are never
 * printed: they differ between machines.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 512
#define OPS 8000

struct slot {
	unsigned char *p;
	size_t size;
	unsigned gen;
};

static struct slot slots[SLOTS];
static uint64_t rng_state = 0x243f6a8885a308d3ull;
static unsigned long bad;

static uint64_t rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

static size_t pick_size(void)
{
	uint64_t r = rng();
	switch (r % 64) {
	case 0: return 0;
	case 1: case 2: case 3: case 4: case 5: return 1 + (r >> 8) % 32;
	case 6: case 7: case 8: case 9: return 1 + (r >> 8) % 512;
	case 10: case 11: case 12: return 1 + (r >> 8) % 8192;
	case 13: case 14: return 1 + (r >> 8) % 16000;
	case 15: return 128 * 1024 + (r >> 8) % (64 * 1024); /* above the mmap threshold */
	default: return 1 + (r >> 8) % 64;
	}
}

static unsigned char pattern(size_t slot, unsigned gen, size_t i)
{
	return (unsigned char)(slot * 31 + gen * 7 + i * 13 + (i >> 8));
}

static void write_pattern(size_t s, size_t from)
{
	for (size_t i = from; i < slots[s].size; i++)
		slots[s].p[i] = pattern(s, slots[s].gen, i);
}

static uint64_t verify(size_t s, size_t upto)
{
	uint64_t sum = 0;
	for (size_t i = 0; i < upto; i++) {
		if (slots[s].p[i] != pattern(s, slots[s].gen, i)) {
			if (bad++ < 10)
				printf("corrupt slot %zu byte %zu\n", s, i);
			break;
		}
		sum += slots[s].p[i];
	}
	return sum;
}

static uint64_t do_realloc(size_t s)
{
	size_t nsize = pick_size() + 1, keep = nsize < slots[s].size ? nsize : slots[s].size;
	uint64_t sum = verify(s, slots[s].size);
	unsigned char *q = realloc(slots[s].p, nsize);
	if (!q) {
		printf("realloc(%zu) failed\n", nsize);
		exit(1);
	}
	slots[s].p = q;
	sum += verify(s, keep);
	slots[s].size = nsize;
	write_pattern(s, keep);
	return sum;
}

static uint64_t one_op(void)
{
	size_t s = rng() % SLOTS;
	uint64_t sum = 0;
	if (slots[s].p == NULL) {
		size_t n = pick_size();
		int zeroed = rng() % 4 == 0;
		slots[s].p = zeroed ? calloc(n ? n : 1, 1) : malloc(n);
		if (!slots[s].p && n) {
			printf("malloc(%zu) failed\n", n);
			exit(1);
		}
		for (size_t i = 0; zeroed && i < n; i++)
			if (slots[s].p[i] != 0 && bad++ < 10)
				printf("calloc not zero: %zu\n", n);
		slots[s].size = n;
		slots[s].gen++;
		write_pattern(s, 0);
	} else if (rng() % 3 == 0 && slots[s].size > 0) {
		sum = do_realloc(s);
	} else {
		sum = verify(s, slots[s].size);
		free(slots[s].p);
		slots[s].p = NULL;
		slots[s].size = 0;
	}
	return sum;
}

static void test_aligned(void)
{
	static const size_t aligns[] = { 16, 32, 64, 256, 4096, 65536 };
	for (size_t i = 0; i < sizeof aligns / sizeof aligns[0]; i++) {
		void *p = NULL;
		int rc = posix_memalign(&p, aligns[i], 1000 + i);
		void *q = aligned_alloc(aligns[i], aligns[i] * 3);
		printf("align %6zu: posix_memalign rc=%d aligned=%d aligned_alloc aligned=%d\n",
		       aligns[i], rc, ((uintptr_t)p % aligns[i]) == 0,
		       q && ((uintptr_t)q % aligns[i]) == 0);
		memset(p, 1, 1000 + i);
		free(p);
		free(q);
	}
}

int main(void)
{
	uint64_t sum = 0;
	size_t live = 0, bytes = 0;
	for (int op = 0; op < OPS; op++) {
		sum += one_op();
		if (op % 2000 == 1999) {
			live = bytes = 0;
			for (size_t s = 0; s < SLOTS; s++)
				if (slots[s].p) {
					live++;
					bytes += slots[s].size;
				}
			printf("op %5d: live=%zu bytes=%zu checksum=%llu\n", op + 1, live, bytes,
			       (unsigned long long)sum);
		}
	}
	for (size_t s = 0; s < SLOTS; s++) {
		sum += verify(s, slots[s].size);
		free(slots[s].p);
	}
	test_aligned();
	printf("final checksum=%llu corrupt=%lu\n", (unsigned long long)sum, bad);
	return bad != 0;
}
