/*
 * qsort_sort.c -- qsort and bsearch on ints, strings and structs with
 * multi-key comparators.  Every comparator is a total order, so the sorted
 * output is unique and independent of the sorting algorithm.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NINT 20000
#define NSTR 3000
#define NREC 5000

struct record {
	char name[16];
	int age;
	double score;
	unsigned id;
};

static uint32_t seed = 12345;

static uint32_t lcg(void)
{
	seed = seed * 1103515245u + 12345u;
	return seed >> 1;
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_record(const void *a, const void *b)
{
	const struct record *x = a, *y = b;
	if (x->age != y->age)
		return x->age < y->age ? -1 : 1;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	int c = strcmp(x->name, y->name);
	if (c)
		return c;
	return (x->id > y->id) - (x->id < y->id);
}

static void sort_ints(void)
{
	static int v[NINT];
	for (int i = 0; i < NINT; i++)
		v[i] = (int)(lcg() % 200001) - 100000;
	qsort(v, NINT, sizeof v[0], cmp_int);
	uint64_t h = 0;
	int sorted = 1;
	for (int i = 0; i < NINT; i++) {
		h = h * 1000003u + (uint32_t)v[i];
		if (i && v[i - 1] > v[i])
			sorted = 0;
	}
	printf("ints: sorted=%d min=%d median=%d max=%d hash=%016llx\n", sorted, v[0], v[NINT / 2],
	       v[NINT - 1], (unsigned long long)h);
	int keys[] = { v[0], v[777], v[NINT - 1], 100001, -100001, 0 };
	for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
		int *p = bsearch(&keys[k], v, NINT, sizeof v[0], cmp_int);
		printf("bsearch %d: %s\n", keys[k], p ? "found" : "absent");
	}
	qsort(v, NINT, sizeof v[0], cmp_int_desc);
	printf("desc: first=%d last=%d\n", v[0], v[NINT - 1]);
	qsort(v, 1, sizeof v[0], cmp_int);
	qsort(v, 0, sizeof v[0], cmp_int);
}

static void sort_strings(void)
{
	static char store[NSTR][12];
	static char *p[NSTR];
	for (int i = 0; i < NSTR; i++) {
		int len = 1 + (int)(lcg() % 10);
		for (int j = 0; j < len; j++)
			store[i][j] = (char)('a' + lcg() % 6);
		store[i][len] = 0;
		p[i] = store[i];
	}
	qsort(p, NSTR, sizeof p[0], cmp_str);
	uint64_t h = 0;
	for (int i = 0; i < NSTR; i++)
		for (const char *c = p[i]; *c; c++)
			h = h * 131 + (unsigned char)*c;
	printf("strings: first=%s second=%s last=%s hash=%016llx\n", p[0], p[1], p[NSTR - 1],
	       (unsigned long long)h);
	int dups = 0;
	for (int i = 1; i < NSTR; i++)
		dups += strcmp(p[i - 1], p[i]) == 0;
	printf("strings: duplicates=%d\n", dups);
}

static void sort_records(void)
{
	static struct record r[NREC];
	for (int i = 0; i < NREC; i++) {
		/* One lcg() call per statement: argument evaluation order is unspecified. */
		char c1 = (char)('A' + lcg() % 26);
		char c2 = (char)('a' + lcg() % 26);
		unsigned n = lcg() % 50;
		snprintf(r[i].name, sizeof r[i].name, "n%c%c%u", c1, c2, n);
		r[i].age = 18 + (int)(lcg() % 60);
		r[i].score = (double)(lcg() % 1000) / 8.0;
		r[i].id = (unsigned)i;
	}
	qsort(r, NREC, sizeof r[0], cmp_record);
	for (int i = 0; i < NREC; i += NREC / 8)
		printf("record %4d: %-8s age=%d score=%.3f id=%u\n", i, r[i].name, r[i].age,
		       r[i].score, r[i].id);
	uint64_t h = 0;
	for (int i = 0; i < NREC; i++)
		h = h * 31 + r[i].id;
	printf("records: hash=%016llx\n", (unsigned long long)h);
}

int main(void)
{
	sort_ints();
	sort_strings();
	sort_records();
	return 0;
}
