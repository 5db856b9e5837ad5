/*
 * dhrystone_like.c -- a Dhrystone-style workload (written for this project,
 * not the Weicker sources): the classic mix of procedure calls with records
 * passed by reference, enumeration switches, fixed-size string copies and
 * comparisons, one- and two-dimensional array updates, and small integer
 * arithmetic, repeated ITERATIONS times.
 * Usage: dhrystone_like ITERATIONS.  Prints a checksum of the final state.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))

enum colour { RED, GREEN, BLUE, CYAN, MAGENTA };

struct record {
	struct record *link;
	enum colour discr;
	enum colour hue;
	int value;
	char text[40];
};

static struct record rec_a, rec_b, *glob_ptr = &rec_a;
static int glob_int, glob_array[50], glob_grid[50][50];
static char glob_char_a, glob_char_b;
static int glob_flag;

static NOINLINE enum colour classify(char c, char against)
{
	if (c != against)
		return RED;
	glob_char_a = c;
	return GREEN;
}

static NOINLINE int string_order(const char *s1, const char *s2)
{
	int i = 2;
	enum colour c = RED;
	while (i <= 2) {
		if (classify(s1[i], s2[i + 1]) == RED)
			c = BLUE;
		i++;
	}
	if (c >= CYAN)
		i = 7;
	if (c == MAGENTA)
		return 1;
	if (strcmp(s1, s2) > 0) {
		glob_int += i;
		return 1;
	}
	return 0;
}

static NOINLINE int is_blueish(enum colour c)
{
	return c == BLUE || c == CYAN;
}

static NOINLINE void pick_colour(enum colour in, enum colour *out)
{
	*out = in;
	if (!is_blueish(in))
		*out = MAGENTA;
	switch (in) {
	case RED: *out = RED; break;
	case GREEN: *out = glob_int > 100 ? RED : CYAN; break;
	case BLUE: *out = GREEN; break;
	case CYAN: break;
	case MAGENTA: *out = BLUE; break;
	}
}

static NOINLINE void add_seven(int a, int b, int *out)
{
	*out = b + a + 2;
}

static NOINLINE void fill_arrays(int a1[50], int a2[50][50], int i, int v)
{
	int at = i + 5;
	a1[at] = v;
	a1[at + 1] = a1[at];
	a1[at + 30] = at;
	for (int j = at; j <= at + 1; j++)
		a2[at][j] = at;
	a2[at][at - 1] += 1;
	a2[at + 20][at] = a1[at];
	glob_int = 5;
}

static NOINLINE void bump(int *p)
{
	int local = *p + 10;
	for (;;) {
		if (glob_char_a == 'A') {
			local--;
			*p = local - glob_int;
			break;
		}
		local--;
		if (local < 0)
			break;
	}
}

static NOINLINE void copy_record(struct record *r)
{
	struct record *next = r->link;
	*next = *glob_ptr;
	r->value = 5;
	next->value = r->value;
	next->link = r->link;
	if (next->discr == RED) {
		next->value = 6;
		pick_colour(r->hue, &next->hue);
		next->link = glob_ptr->link;
		add_seven(next->value, 10, &next->value);
	} else {
		*r = *next;
	}
}

static NOINLINE void set_flags(void)
{
	glob_flag = glob_char_a == 'A';
	glob_char_b = 'B';
}

int main(int argc, char **argv)
{
	long iters = argc > 1 ? atol(argv[1]) : 100000;
	char str1[40], str2[40];
	rec_a.link = &rec_b;
	rec_a.discr = RED;
	rec_a.hue = BLUE;
	rec_a.value = 40;
	strcpy(rec_a.text, "DHRYSTONE-LIKE PROGRAM, SOME STRING");
	strcpy(str1, "DHRYSTONE-LIKE PROGRAM, 1'ST STRING");
	glob_grid[8][7] = 10;
	uint64_t check = 0;
	for (long run = 1; run <= iters; run++) {
		int i1 = 2, i2 = 3, i3;
		enum colour c = GREEN;
		set_flags();
		glob_char_a = 'A';
		strcpy(str2, "DHRYSTONE-LIKE PROGRAM, 2'ND STRING");
		glob_flag = !string_order(str1, str2);
		while (i1 < i2) {
			i3 = 5 * i1 - i2;
			add_seven(i1, i2, &i3);
			i1++;
		}
		fill_arrays(glob_array, glob_grid, i1, i3);
		copy_record(glob_ptr);
		for (char ch = 'A'; ch <= glob_char_b; ch++)
			if (c == classify(ch, 'C')) {
				pick_colour(RED, &c);
				strcpy(str2, "DHRYSTONE-LIKE PROGRAM, 3'RD STRING");
				i2 = (int)run;
				glob_int = (int)run;
			}
		i2 = i2 * i1;
		i1 = i2 / i3;
		i2 = 7 * (i2 - i3) - i1;
		bump(&i1);
		check = check * 31 + (uint64_t)(i1 + i2 + i3 + glob_int + rec_b.value + (int)c);
	}
	printf("dhrystone_like: iterations=%ld int=%d flag=%d array=%d grid=%d rec=%d,%d check=%016llx\n",
	       iters, glob_int, glob_flag, glob_array[8], glob_grid[8][7], rec_b.value, (int)rec_b.hue,
	       (unsigned long long)check);
	return 0;
}
