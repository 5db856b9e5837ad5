/*
 * coremark_like.c -- a CoreMark-style integer workload (written for this
 * project, not the EEMBC code): each iteration runs
 *   - list processing: a linked list of records is searched, reversed and
 *     merge-sorted by two different keys;
 *   - matrix operations: int16 matrices multiplied by a constant, by a vector
 *     and by each other, with bit-field extraction of the results;
 *   - a state machine: a byte string is scanned and classified as integers,
 *     floats, exponent numbers or invalid tokens;
 *   - CRC-16 (CCITT, bitwise) over every intermediate result.
 * Usage: coremark_like ITERATIONS.  Prints a CRC that depends on every step,
 * so a wrong instruction anywhere changes the output.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LIST_LEN 64
#define MAT_N 16
#define SM_LEN 256

struct node {
	struct node *next;
	int16_t key;
	int16_t value;
};

static uint16_t crc16_byte(uint16_t crc, uint8_t b)
{
	crc ^= (uint16_t)(b << 8);
	for (int i = 0; i < 8; i++)
		crc = crc & 0x8000 ? (uint16_t)(crc << 1 ^ 0x1021) : (uint16_t)(crc << 1);
	return crc;
}

static uint16_t crc16_u32(uint16_t crc, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		crc = crc16_byte(crc, (uint8_t)(v >> (8 * i)));
	return crc;
}

/* ---- list processing ---- */

static struct node pool[LIST_LEN];

static struct node *list_build(uint32_t seed)
{
	struct node *head = NULL;
	for (int i = LIST_LEN - 1; i >= 0; i--) {
		seed = seed * 1103515245u + 12345u;
		pool[i].key = (int16_t)((seed >> 16) & 0x7fff);
		pool[i].value = (int16_t)(i * 37 - 1000);
		pool[i].next = head;
		head = &pool[i];
	}
	return head;
}

static struct node *list_reverse(struct node *head)
{
	struct node *prev = NULL;
	while (head) {
		struct node *next = head->next;
		head->next = prev;
		prev = head;
		head = next;
	}
	return prev;
}

static int cmp_key(const struct node *a, const struct node *b) { return a->key - b->key; }
static int cmp_value(const struct node *a, const struct node *b) { return a->value - b->value; }

/* Bottom-up merge sort of a singly linked list (stable). */
static struct node *list_sort(struct node *head, int (*cmp)(const struct node *, const struct node *))
{
	for (int width = 1;; width *= 2) {
		struct node *p = head, *tail = NULL;
		int merges = 0;
		head = NULL;
		while (p) {
			merges++;
			struct node *q = p;
			int psize = 0, qsize = width;
			while (psize < width && q) {
				psize++;
				q = q->next;
			}
			while (psize > 0 || (qsize > 0 && q)) {
				struct node *e;
				if (psize == 0 || (qsize > 0 && q && cmp(q, p) < 0)) {
					e = q;
					q = q->next;
					qsize--;
				} else {
					e = p;
					p = p->next;
					psize--;
				}
				if (tail)
					tail->next = e;
				else
					head = e;
				tail = e;
			}
			p = q;
		}
		tail->next = NULL;
		if (merges <= 1)
			return head;
	}
}

static uint16_t bench_list(uint32_t seed, uint16_t crc)
{
	struct node *head = list_build(seed);
	int16_t wanted = pool[seed % LIST_LEN].key;
	int found = 0;
	for (struct node *n = head; n; n = n->next, found++)
		if (n->key == wanted)
			break;
	head = list_reverse(head);
	head = list_sort(head, cmp_key);
	crc = crc16_u32(crc, (uint32_t)found);
	for (struct node *n = head; n; n = n->next)
		crc = crc16_u32(crc, (uint16_t)n->key);
	head = list_sort(head, cmp_value);
	crc = crc16_u32(crc, (uint16_t)head->value ^ (uint16_t)head->next->key);
	return crc;
}

/* ---- matrix operations ---- */

static int16_t ma[MAT_N][MAT_N], mb[MAT_N][MAT_N];
static int32_t mc[MAT_N][MAT_N];

static uint16_t bench_matrix(uint32_t seed, uint16_t crc)
{
	for (int i = 0; i < MAT_N; i++)
		for (int j = 0; j < MAT_N; j++) {
			seed = seed * 1664525u + 1013904223u;
			ma[i][j] = (int16_t)((seed >> 20) - 2048);
			mb[i][j] = (int16_t)(((seed >> 8) & 0xff) - 128);
		}
	int16_t k = (int16_t)(seed & 0x3f);
	int32_t acc = 0;
	for (int i = 0; i < MAT_N; i++)
		for (int j = 0; j < MAT_N; j++)
			acc += ma[i][j] * k;
	for (int i = 0; i < MAT_N; i++) {
		int32_t s = 0;
		for (int j = 0; j < MAT_N; j++)
			s += ma[i][j] * mb[j][0];
		acc ^= s;
	}
	for (int i = 0; i < MAT_N; i++)
		for (int j = 0; j < MAT_N; j++) {
			int32_t s = 0;
			for (int x = 0; x < MAT_N; x++)
				s += ma[i][x] * mb[x][j];
			mc[i][j] = s;
		}
	for (int i = 0; i < MAT_N; i++)
		for (int j = 0; j < MAT_N; j++)
			acc += (mc[i][j] >> 2 & 0xf) * ((mc[i][j] >> 5) & 0x7f);
	return crc16_u32(crc, (uint32_t)acc);
}

/* ---- state machine ---- */

enum sm_state { SM_START, SM_INT, SM_SIGN, SM_FLOAT, SM_EXP, SM_EXP_SIGN, SM_SCI, SM_INVALID, SM_COUNT };

static enum sm_state sm_step(enum sm_state s, char c)
{
	int digit = c >= '0' && c <= '9';
	switch (s) {
	case SM_START:
		return digit ? SM_INT : (c == '+' || c == '-') ? SM_SIGN : c == '.' ? SM_FLOAT : SM_INVALID;
	case SM_SIGN:
		return digit ? SM_INT : c == '.' ? SM_FLOAT : SM_INVALID;
	case SM_INT:
		return digit ? SM_INT : c == '.' ? SM_FLOAT : (c == 'e' || c == 'E') ? SM_EXP : SM_INVALID;
	case SM_FLOAT:
		return digit ? SM_FLOAT : (c == 'e' || c == 'E') ? SM_EXP : SM_INVALID;
	case SM_EXP:
		return digit ? SM_SCI : (c == '+' || c == '-') ? SM_EXP_SIGN : SM_INVALID;
	case SM_EXP_SIGN:
	case SM_SCI:
		return digit ? SM_SCI : SM_INVALID;
	default:
		return SM_INVALID;
	}
}

static uint16_t bench_state(uint32_t seed, uint16_t crc)
{
	static const char alphabet[] = "0123456789+-.eE,x";
	char buf[SM_LEN + 1];
	for (int i = 0; i < SM_LEN; i++) {
		seed = seed * 69069u + 1u;
		buf[i] = alphabet[(seed >> 24) % (sizeof alphabet - 1)];
	}
	buf[SM_LEN] = 0;
	uint32_t counts[SM_COUNT] = { 0 }, transitions = 0;
	enum sm_state s = SM_START;
	for (const char *p = buf; *p; p++) {
		if (*p == ',') {
			counts[s]++;
			s = SM_START;
			continue;
		}
		enum sm_state n = sm_step(s, *p);
		transitions += n != s;
		s = n;
	}
	counts[s]++;
	for (int i = 0; i < SM_COUNT; i++)
		crc = crc16_u32(crc, counts[i]);
	return crc16_u32(crc, transitions);
}

int main(int argc, char **argv)
{
	long iters = argc > 1 ? atol(argv[1]) : 1000;
	uint16_t crc = 0;
	for (long it = 0; it < iters; it++) {
		uint32_t seed = (uint32_t)it * 2654435761u + 1;
		crc = bench_list(seed, crc);
		crc = bench_matrix(seed, crc);
		crc = bench_state(seed, crc);
	}
	printf("coremark_like: iterations=%ld crc=%04x\n", iters, crc);
	return 0;
}
