/*
 * test_a64_table.c -- checks of the A64 encoding table (xlate/a64.def).
 *
 * Every pattern is 32 characters of 0/1/letters; names are unique; two
 * rows that can match the same word are a deliberate overlap listed below
 * with its reason, and then the listed specific row must have more fixed
 * bits than the general one (so the decoder's "more fixed bits wins" picks
 * it for every word both match: either its fixed bits are a strict superset,
 * or it is a carve-out on bits the general row leaves free, like immh = 0000
 * below); random instances of every row decode to that row, or to a listed,
 * more specific row that also matches the word.
 */
#include <ctype.h>
#include <fnmatch.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "xlate/a64.h"

/*
 * Deliberate overlaps: SPECIFIC (fnmatch pattern on the row name) is a
 * carve-out of GENERAL; every word both match belongs to SPECIFIC.
 */
struct overlap {
	const char *specific, *general, *reason;
};

static const struct overlap overlaps[] = {
	/* AdvSIMD "shift by immediate" with immh = 0000 is the "modified
	 * immediate" group (Arm ARM C4.1.95): the shift and conversion rows
	 * leave immh free, the modified-immediate rows fix it to 0000. */
	{"MOVI_*", "*", "immh = 0000 of shift by immediate is modified immediate"},
	{"MVNI_*", "*", "immh = 0000 of shift by immediate is modified immediate"},
	{"ORR_vec_imm_*", "*", "immh = 0000 of shift by immediate is modified immediate"},
	{"BIC_vec_imm_*", "*", "immh = 0000 of shift by immediate is modified immediate"},
	{"FMOV_vec_imm_*", "*", "immh = 0000 of shift by immediate is modified immediate"},
};

static uint64_t rng_state = 0x243F6A8885A308D3ull;

static uint32_t rand32(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (uint32_t)(rng_state >> 16);
}

/* The decoder tries rows with more fixed bits first (xlate/decode.c). */
static int decoder_prefers(uint32_t a, uint32_t b)
{
	return __builtin_popcount(a) > __builtin_popcount(b);
}

/* The overlap entry that lists (specific, general), or NULL. */
static const struct overlap *find_overlap(const char *specific, const char *general)
{
	size_t i;

	for (i = 0; i < sizeof overlaps / sizeof overlaps[0]; i++)
		if (fnmatch(overlaps[i].specific, specific, 0) == 0 &&
		    fnmatch(overlaps[i].general, general, 0) == 0)
			return &overlaps[i];
	return NULL;
}

static void test_patterns_wellformed(void **state)
{
	unsigned r, bad = 0;

	(void)state;
	for (r = 0; r < A64_NROWS; r++) {
		const char *p = a64_rows[r].pattern;
		size_t i, n = strlen(p);
		int ok = n == 32;
		for (i = 0; i < n && ok; i++)
			ok = p[i] == '0' || p[i] == '1' || isalpha((unsigned char)p[i]);
		if (!ok) {
			print_error("row %s: pattern \"%s\" is not 32 characters of 0/1/letters\n",
				    a64_rows[r].name, p);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void test_names_unique(void **state)
{
	const char **names = calloc(A64_NROWS + 1, sizeof *names);
	unsigned r, dups = 0;

	(void)state;
	assert_non_null(names);
	for (r = 0; r < A64_NROWS; r++)
		names[r] = a64_rows[r].name;
	qsort(names, A64_NROWS, sizeof *names, cmp_names);
	for (r = 1; r < A64_NROWS; r++) {
		if (strcmp(names[r - 1], names[r]) == 0) {
			print_error("row name %s appears twice\n", names[r]);
			dups++;
		}
	}
	free(names);
	assert_int_equal(dups, 0);
}

/* Check one pair of rows that can match one word; 0 if fine. */
static int check_pair(const struct a64_row *a, const struct a64_row *b)
{
	uint32_t w = a->value | b->value; /* fixed bits agree; free bits 0 */
	const struct a64_row *spec = a, *gen = b;

	if ((w & a->mask) != a->value || (w & b->mask) != b->value) {
		print_error("internal: %s/%s word %#010x does not match both\n", a->name,
			    b->name, w);
		return 1;
	}
	if (find_overlap(b->name, a->name))
		spec = b, gen = a;
	if (!find_overlap(spec->name, gen->name)) {
		print_error("rows %s and %s both match %#010x and the overlap is not listed "
			    "in tests/unit/test_a64_table.c\n", a->name, b->name, w);
		return 1;
	}
	if (!decoder_prefers(spec->mask, gen->mask)) {
		print_error("rows %s and %s both match %#010x but %s does not have more fixed "
			    "bits than %s (masks %#010x, %#010x): the decoder would not pick it\n",
			    a->name, b->name, w, spec->name, gen->name, spec->mask, gen->mask);
		return 1;
	}
	return 0;
}

static void test_overlaps_listed(void **state)
{
	unsigned i, j, bad = 0, pairs = 0;

	(void)state;
	for (i = 0; i < A64_NROWS; i++) {
		for (j = i + 1; j < A64_NROWS; j++) {
			const struct a64_row *a = &a64_rows[i], *b = &a64_rows[j];
			if ((a->value ^ b->value) & a->mask & b->mask)
				continue;
			pairs++;
			bad += check_pair(a, b);
		}
	}
	print_message("a64 table: %u rows, %u overlapping pairs, %u not allowed\n",
		      (unsigned)A64_NROWS, pairs, bad);
	assert_int_equal(bad, 0);
}

static void test_decode_instances(void **state)
{
	unsigned r, k, bad = 0;

	(void)state;
	for (r = 0; r < A64_NROWS; r++) {
		const struct a64_row *row = &a64_rows[r];
		for (k = 0; k < 256; k++) {
			uint32_t w = row->value | (rand32() & ~row->mask);
			int d = a64_decode(w);
			const struct a64_row *got = d >= 0 ? &a64_rows[d] : NULL;
			if (d == (int)r)
				continue;
			if (got && (w & got->mask) == got->value &&
			    decoder_prefers(got->mask, row->mask) &&
			    find_overlap(got->name, row->name))
				continue;
			print_error("row %s: instance %#010x decodes as %s\n", row->name, w,
				    got ? got->name : "nothing");
			bad++;
			break;
		}
	}
	assert_int_equal(bad, 0);
}

/* After the pattern check: a64_init() panics on a malformed pattern. */
static int setup_table(void **state)
{
	(void)state;
	a64_init();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_patterns_wellformed),
		cmocka_unit_test_setup(test_names_unique, setup_table),
		cmocka_unit_test_setup(test_overlaps_listed, setup_table),
		cmocka_unit_test_setup(test_decode_instances, setup_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
