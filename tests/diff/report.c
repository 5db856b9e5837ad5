/*
 * report.c -- comparing two results of one case and printing mismatch
 * reports, shared by difftest (runforeign against Unicorn) and qemudiff
 * (runforeign against qemu-aarch64).  The sides are named by the caller.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/diff/difftest.h"
#include "xlate/a64.h"
#include "xlate/xlate.h"

struct row_group {
	const char *row, *group;
};
static const struct row_group row_groups[] = {
#include "tests/diff/rowgroups.h" /* generated in build/ */
	{NULL, NULL}
};

const char *diff_row_group(int row)
{
	const struct row_group *g;

	if (row < 0)
		return "none";
	for (g = row_groups; g->row; g++)
		if (strcmp(g->row, a64_rows[row].name) == 0)
			return g->group;
	return "?";
}

uint64_t diff_insn_pc(const struct diff_case *k)
{
	return k->in.pc + (k->after_nop ? 4 : 0);
}

void diff_cmp_init(struct diff_cmp *m)
{
	m->len = 0;
	m->ndiff = 0;
	m->buf[0] = '\0';
}

void diff_cmp_add(struct diff_cmp *m, const char *fmt, ...)
{
	va_list ap;
	int n;

	m->ndiff++;
	if (m->len >= sizeof m->buf - 1)
		return;
	va_start(ap, fmt);
	n = vsnprintf(m->buf + m->len, sizeof m->buf - m->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		m->len += (size_t)n;
	if (m->len > sizeof m->buf - 1)
		m->len = sizeof m->buf - 1;
}

const char *diff_exit_name(int e)
{
	static const char *names[] = {"?", "brk", "svc", "undef", "fault", "fetch-fault",
				      "align-fault", "stopped", "other"};
	return e >= 0 && e <= DIFF_EXIT_OTHER ? names[e] : "?";
}

void diff_cmp_u64(struct diff_cmp *m, const char *name, const char *an, uint64_t a,
		  const char *bn, uint64_t b)
{
	if (a != b)
		diff_cmp_add(m, "    %-6s %s %016llx  %s %016llx\n", name, an,
			     (unsigned long long)a, bn, (unsigned long long)b);
}

static void compare_mem(const struct diff_result *a, const struct diff_result *b,
			const char *an, const char *bn, struct diff_cmp *m)
{
	unsigned shown = 0, i;
	char name[24];

	if (memcmp(a->mem, b->mem, DIFF_DATA_SIZE) == 0)
		return;
	for (i = 0; i < DIFF_DATA_SIZE && shown < 4; i += 8) {
		uint64_t x, y;
		memcpy(&x, a->mem + i, 8);
		memcpy(&y, b->mem + i, 8);
		if (x != y) {
			snprintf(name, sizeof name, "[%#llx]", (unsigned long long)(DIFF_DATA_BASE + i));
			diff_cmp_u64(m, name, an, x, bn, y);
			shown++;
		}
	}
}

void diff_compare(const struct diff_result *a, const struct diff_result *b, const char *an,
		  const char *bn, unsigned skip, struct diff_cmp *m)
{
	char name[16];
	unsigned i;

	/* Control bits only (DAZ, masks, rounding, FTZ): sticky status
	 * flags left set are harmless.  Only an in-process run sets these. */
	if ((a->host_mxcsr ^ a->host_mxcsr_before) & 0xffc0)
		diff_cmp_add(m, "    host MXCSR control bits changed by runforeign: %#x -> %#x\n",
			     a->host_mxcsr_before, a->host_mxcsr);
	if (a->exit != b->exit)
		diff_cmp_add(m, "    exit   %s %s (%ld)  %s %s (%ld)\n", an, diff_exit_name(a->exit),
			     a->detail, bn, diff_exit_name(b->exit), b->detail);
	else if (a->exit == DIFF_EXIT_FAULT || a->exit == DIFF_EXIT_FETCH ||
		 a->exit == DIFF_EXIT_ALIGN)
		diff_cmp_u64(m, "addr", an, a->addr, bn, b->addr);
	for (i = 0; i < 31; i++) {
		snprintf(name, sizeof name, "x%u", i);
		diff_cmp_u64(m, name, an, a->r.x[i], bn, b->r.x[i]);
	}
	diff_cmp_u64(m, "sp", an, a->r.sp, bn, b->r.sp);
	if (!(skip & DIV_SKIP_PC))
		diff_cmp_u64(m, "pc", an, a->r.pc, bn, b->r.pc);
	diff_cmp_u64(m, "nzcv", an, a->r.nzcv, bn, b->r.nzcv);
	diff_cmp_u64(m, "fpcr", an, a->r.fpcr, bn, b->r.fpcr);
	diff_cmp_u64(m, "fpsr", an, a->r.fpsr, bn, b->r.fpsr);
	diff_cmp_u64(m, "tpidr", an, a->r.tpidr, bn, b->r.tpidr);
	for (i = 0; i < 32; i++) {
		if (a->r.v[i][0] != b->r.v[i][0] || a->r.v[i][1] != b->r.v[i][1])
			diff_cmp_add(m, "    v%-5u %s %016llx:%016llx  %s %016llx:%016llx\n", i, an,
				     (unsigned long long)a->r.v[i][1], (unsigned long long)a->r.v[i][0],
				     bn, (unsigned long long)b->r.v[i][1],
				     (unsigned long long)b->r.v[i][0]);
	}
	if (!(skip & DIV_SKIP_MEM))
		compare_mem(a, b, an, bn, m);
}

static void print_inputs(const struct diff_case *k)
{
	unsigned fields[4] = {F_RD(k->insn), F_RN(k->insn), F_RA(k->insn), F_RM(k->insn)};
	unsigned i, seen = 0;

	printf("  inputs: nzcv=%x fpcr=%08x fpsr=%08x sp=%016llx\n", k->in.nzcv >> 28,
	       k->in.fpcr, k->in.fpsr, (unsigned long long)k->in.sp);
	for (i = 0; i < 4; i++) {
		unsigned r = fields[i];
		if (seen & (1u << r))
			continue;
		seen |= 1u << r;
		printf("    x%-2u=%016llx  v%-2u=%016llx:%016llx\n", r,
		       r < 31 ? (unsigned long long)k->in.x[r] : 0ull, r,
		       (unsigned long long)k->in.v[r][1], (unsigned long long)k->in.v[r][0]);
	}
}

void diff_print_case(const struct diff_case *k, unsigned long ncase, const char *what)
{
	char dis[128];
	const char *name = k->row >= 0 ? a64_rows[k->row].name : "(none)";
	int dec = a64_decode(k->insn);

	xlate_disas(k->insn, diff_insn_pc(k), dis, sizeof dis);
	printf("MISMATCH%s %s [%s] case %lu: insn %#010x  %s  (at %#llx%s)\n", what, name,
	       diff_row_group(k->row), ncase, k->insn, dis, (unsigned long long)diff_insn_pc(k),
	       k->after_nop ? ", after a NOP in its block" : "");
	if (dec != k->row)
		printf("  (the word decodes as %s)\n", dec >= 0 ? a64_rows[dec].name : "no row: undefined");
	print_inputs(k);
}

unsigned long diff_parse_num(const char *prog, const char *s, const char *what)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno || *end || end == s) {
		fprintf(stderr, "%s: bad %s '%s'\n", prog, what, s);
		exit(2);
	}
	return (unsigned long)v;
}
