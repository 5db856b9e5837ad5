/*
 * test_systab.c -- checks of the syscall table (syscall/systab.def).
 *
 * Every row resolves to a real handler (not the weak sys_unimplemented
 * fallback of syscall/dispatch.c); names and numbers are unique; numbers
 * are the arm64 ones of asm-generic/unistd.h, read at test time from the
 * cross toolchain's headers (that part is skipped, with a message, when
 * the header is not installed).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "syscall/syscall.h"

#define UNISTD_H "/usr/aarch64-linux-gnu/include/asm-generic/unistd.h"

long sys_unimplemented(struct cpu *c, const uint64_t *a);

struct systab_row {
	unsigned nr;
	const char *name;
};

static const struct systab_row rows[] = {
#define SYSCALL(nr, name, fmt) {nr, #name},
#include "syscall/systab.def"
#undef SYSCALL
};
#define NROWS (sizeof rows / sizeof rows[0])

static void test_handlers_exist(void **state)
{
	size_t i;
	unsigned bad = 0;

	(void)state;
	for (i = 0; i < NROWS; i++) {
		const struct sys_row *r = sys_lookup(rows[i].nr);
		if (!r || strcmp(r->name, rows[i].name) != 0) {
			print_error("syscall %u (%s): sys_lookup gives %s\n", rows[i].nr,
				    rows[i].name, r ? r->name : "nothing");
			bad++;
		} else if (r->fn == sys_unimplemented) {
			print_error("syscall %u (%s): no handler sys_%s is linked (weak "
				    "fallback sys_unimplemented)\n", rows[i].nr, rows[i].name,
				    rows[i].name);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static void test_unique(void **state)
{
	size_t i, j;
	unsigned bad = 0;

	(void)state;
	for (i = 0; i < NROWS; i++) {
		for (j = i + 1; j < NROWS; j++) {
			if (rows[i].nr == rows[j].nr) {
				print_error("syscall number %u appears twice (%s, %s)\n",
					    rows[i].nr, rows[i].name, rows[j].name);
				bad++;
			}
			if (strcmp(rows[i].name, rows[j].name) == 0) {
				print_error("syscall name %s appears twice\n", rows[i].name);
				bad++;
			}
		}
	}
	assert_int_equal(bad, 0);
}

/* ---- asm-generic/unistd.h ---- */

struct define {
	char name[64], value[64];
};

static struct define *defs;
static size_t ndefs;

/* Collect "#define __NR... value" lines. */
static int read_unistd(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[256];
	size_t cap = 0;

	if (!f)
		return -1;
	while (fgets(line, sizeof line, f)) {
		struct define d;
		if (sscanf(line, " #define %63s %63s", d.name, d.value) != 2 ||
		    strncmp(d.name, "__NR", 4) != 0)
			continue;
		if (ndefs == cap) {
			cap = cap ? 2 * cap : 512;
			defs = realloc(defs, cap * sizeof *defs);
			if (!defs) {
				fclose(f);
				return -1;
			}
		}
		defs[ndefs++] = d;
	}
	fclose(f);
	return 0;
}

/* The number NAME is defined to, following __NR3264_* indirections; -1 if
 * it is not defined.  The first definition wins: the 64-bit names come
 * first in the header. */
static long nr_of(const char *name, int depth)
{
	size_t i;

	if (depth > 4)
		return -1;
	for (i = 0; i < ndefs; i++) {
		char *end;
		long v;
		if (strcmp(defs[i].name, name) != 0)
			continue;
		v = strtol(defs[i].value, &end, 0);
		if (*end == '\0')
			return v;
		return nr_of(defs[i].value, depth + 1);
	}
	return -1;
}

static void test_numbers_match_unistd(void **state)
{
	size_t i;
	unsigned bad = 0;

	(void)state;
	if (read_unistd(UNISTD_H) != 0) {
		print_message("SKIP: numbers not checked, %s is not installed\n", UNISTD_H);
		skip();
	}
	for (i = 0; i < NROWS; i++) {
		char name[80];
		long nr;
		snprintf(name, sizeof name, "__NR_%s", rows[i].name);
		nr = nr_of(name, 0);
		if (nr != (long)rows[i].nr) {
			print_error("syscall %s: table says %u, unistd.h says %ld\n", rows[i].name,
				    rows[i].nr, nr);
			bad++;
		}
	}
	print_message("systab: %zu rows checked against %s\n", NROWS, UNISTD_H);
	free(defs);
	assert_int_equal(bad, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_handlers_exist),
		cmocka_unit_test(test_unique),
		cmocka_unit_test(test_numbers_match_unistd),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
