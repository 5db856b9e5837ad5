/*
 * decode.c -- compile the A64 encoding table (a64.def) and decode words.
 *
 * Rows are bucketed by bits 28..25 (op0 of the top-level encoding, Arm ARM
 * C4.1); a row whose pattern leaves some of those bits free goes in every
 * bucket it can match.  Inside a bucket rows are ordered most specific
 * first (more fixed bits), so a deliberate carve-out beats its general row.
 * Decoding happens once per instruction per translation, not per execution.
 */
#include <pthread.h>
#include <stdlib.h>
#include "xlate/a64.h"
#include "xlate/rf.h"

struct a64_row a64_rows[A64_NROWS] = {
#define A64(name, pattern, flags) {#name, pattern, 0, 0, flags, interp_##name},
#include "xlate/a64.def"
#undef A64
};

static uint16_t *buckets[16];
static unsigned bucket_len[16];
static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void compile_row(struct a64_row *r)
{
	uint32_t mask = 0, value = 0;
	const char *p = r->pattern;
	int i;

	for (i = 0; i < 32; i++) {
		char ch = p[i];
		uint32_t bit = 1u << (31 - i);
		if (ch == '\0')
			RF_PANIC("a64.def: %s: pattern shorter than 32 bits", r->name);
		if (ch == '0' || ch == '1') {
			mask |= bit;
			if (ch == '1')
				value |= bit;
		} else if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) {
			RF_PANIC("a64.def: %s: bad pattern character '%c'", r->name, ch);
		}
	}
	if (p[32] != '\0')
		RF_PANIC("a64.def: %s: pattern longer than 32 bits", r->name);
	r->mask = mask;
	r->value = value;
}

static int by_specificity(const void *a, const void *b)
{
	const struct a64_row *ra = &a64_rows[*(const uint16_t *)a];
	const struct a64_row *rb = &a64_rows[*(const uint16_t *)b];
	int pa = __builtin_popcount(ra->mask), pb = __builtin_popcount(rb->mask);
	if (pa != pb)
		return pb - pa;
	/* Stable: table order. */
	return (int)*(const uint16_t *)a - (int)*(const uint16_t *)b;
}

static void build(void)
{
	unsigned r, op0;

	for (r = 0; r < A64_NROWS; r++)
		compile_row(&a64_rows[r]);
	for (op0 = 0; op0 < 16; op0++) {
		uint32_t w = op0 << 25;
		buckets[op0] = calloc(A64_NROWS + 1, sizeof(uint16_t));
		RF_ASSERT(buckets[op0] != NULL);
		for (r = 0; r < A64_NROWS; r++) {
			const struct a64_row *row = &a64_rows[r];
			if (((w ^ row->value) & row->mask & (0xfu << 25)) == 0)
				buckets[op0][bucket_len[op0]++] = (uint16_t)r;
		}
		qsort(buckets[op0], bucket_len[op0], sizeof(uint16_t), by_specificity);
	}
}

void a64_init(void)
{
	pthread_once(&init_once, build);
}

int a64_decode(uint32_t insn)
{
	unsigned op0 = (insn >> 25) & 0xf, i;
	const uint16_t *b;

	a64_init();
	b = buckets[op0];
	for (i = 0; i < bucket_len[op0]; i++) {
		const struct a64_row *row = &a64_rows[b[i]];
		if ((insn & row->mask) == row->value)
			return b[i];
	}
	return -1;
}
