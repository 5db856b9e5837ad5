/*
 * difftest.c -- the differential instruction tester's driver: options,
 * the case loop, comparison, known divergences and reports.
 *
 *   difftest [--row NAME] [--group G] [--n CASES | --total CASES]
 *            [--seed S] [--case K | --first K] [--insn 0xWORD] [--list]
 *            [--report FILE] [--max-reports M] [--verbose] [--capstone]
 *
 * --capstone checks Capstone's decoding of the same cases instead of
 * comparing with Unicorn (capstone.c).
 * Every case is reproducible alone: the report prints the command
 * (--seed S --row NAME --case K).  Exit status 0 when every case agreed.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "tests/diff/difftest.h"
#include "xlate/a64.h"
#include "xlate/xlate.h"

struct opts {
	const char *row, *group, *report;
	unsigned long n, total, only_case, first;
	int have_case, have_insn, list, verbose, capstone;
	uint64_t seed;
	uint32_t insn;
	unsigned max_reports;
};

struct row_stats {
	unsigned long pass, fail, excused;
	unsigned long first_fail;
	uint32_t first_insn;
};

static struct row_stats *stats;
static unsigned reports_printed;

/* ---- code placement ----
 * Cases go into fresh 4-word slots of the upper half of the code region:
 * the instruction (after a NOP when the case puts it in the middle of a
 * block), then BRKs that stay.  So no cached translation is ever stale: a
 * translation starting at a case's slot is that case's.  A block-ending
 * case may branch anywhere in the region, so it gets a clean region and
 * flushed caches. */

#define SLOT_FIRST (DIFF_CODE_SIZE / 8)
#define SLOT_LAST (DIFF_CODE_SIZE / 4 - 4)
#define SLOT_END (DIFF_CODE_SIZE * 3 / 16)
#define A64_NOP 0xd503201fu

static unsigned next_slot = SLOT_FIRST, used_lo = SLOT_FIRST, used_hi = SLOT_FIRST;
static int code_dirty;

static void code_reset(void)
{
	uint32_t *w = diff_code_words();
	unsigned i;

	for (i = used_lo; i <= used_hi; i++)
		w[i] = DIFF_BRK0;
	diff_rf_flush();
	diff_uc_flush();
	next_slot = used_lo = used_hi = SLOT_FIRST;
	code_dirty = 0;
}

uint64_t diff_code_place(uint32_t insn, int ends_block, int after_nop)
{
	uint32_t *w = diff_code_words();
	unsigned slot;

	if (ends_block || code_dirty || next_slot > SLOT_LAST) {
		if (code_dirty || next_slot != SLOT_FIRST)
			code_reset();
	}
	if (ends_block) {
		slot = SLOT_END;
		used_lo = slot;
		code_dirty = 1;
	} else {
		slot = next_slot;
		next_slot += 4;
	}
	used_hi = slot + 1;
	if (after_nop)
		w[slot] = A64_NOP;
	w[slot + (after_nop ? 1 : 0)] = insn;
	return DIFF_CODE_BASE + 4ull * slot;
}

/* ---- reports ---- */

static void print_mismatch(const struct opts *o, const struct diff_case *k,
			   unsigned long ncase, const struct diff_result *rf,
			   const struct diff_result *u, const struct diff_cmp *m)
{
	const char *name = k->row >= 0 ? a64_rows[k->row].name : "(none)";

	diff_print_case(k, ncase, "");
	printf("  exit: rf %s, uc %s; differing:\n%s", diff_exit_name(rf->exit), diff_exit_name(u->exit),
	       m->buf);
	if (o->have_insn)
		printf("  repro: build/tests/diff/difftest --seed %llu --insn %#010x --case %lu\n",
		       (unsigned long long)o->seed, k->insn, ncase);
	else
		printf("  repro: build/tests/diff/difftest --seed %llu --row %s --case %lu\n",
		       (unsigned long long)o->seed, name, ncase);
}

/* ---- the loop ---- */

/* cs_case -- the Capstone check of a case run on runforeign (and, unless
 * it would break it, Unicorn); 0 agree, 1 disagree, 2 listed gap. */
static int cs_case(const struct opts *o, struct diff_case *k, unsigned long ncase)
{
	struct diff_result rf, u;
	char why[256];
	int res;

	k->in.pc = diff_code_place(k->insn, k->ends_block, k->after_nop);
	diff_rf_run(k, &rf);
	memset(&u, 0, sizeof u);
	u.exit = DIFF_EXIT_OTHER;
	if (!diff_div_no_run(DIV_UNICORN, k, NULL))
		diff_uc_run(k, &u);
	res = diff_cs_check(k, &rf, &u, why, sizeof why);
	if (res == 1 && (reports_printed < o->max_reports || o->have_case)) {
		const char *name = k->row >= 0 ? a64_rows[k->row].name : "(none)";
		printf("CAPSTONE %s case %lu: insn %#010x: %s\n", name, ncase, k->insn, why);
		printf("  repro: build/tests/diff/difftest --capstone --seed %llu --row %s --case %lu\n",
		       (unsigned long long)o->seed, name, ncase);
		reports_printed++;
	}
	return res;
}

/* run_case -- generate, run and compare one case; 0 pass, 1 fail, 2 excused. */
static int run_case(const struct opts *o, int row, unsigned long ncase, uint32_t *insn)
{
	static struct diff_case k;
	struct diff_result rf, u;
	struct diff_divergence *div;
	struct diff_cmp m;
	unsigned skip;

	diff_gen_case(&k, row, o->insn, o->seed, ncase);
	*insn = k.insn;
	if (o->capstone)
		return cs_case(o, &k, ncase);
	div = diff_div_no_run(DIV_UNICORN, &k, NULL);
	if (div) {
		div->hits++;
		return 2;
	}
	k.in.pc = diff_code_place(k.insn, k.ends_block, k.after_nop);
	diff_rf_run(&k, &rf);
	diff_uc_run(&k, &u);
	skip = diff_div_skip(DIV_UNICORN, &k, &rf, &u, &div);
	if (skip & DIV_SKIP_CASE) {
		div->hits++;
		return 2;
	}
	diff_cmp_init(&m);
	diff_compare(&rf, &u, "rf", "uc", skip, &m);
	if (div && (skip & DIV_SKIP_MEM) && memcmp(rf.mem, u.mem, DIFF_DATA_SIZE) != 0)
		div->hits++;
	if (m.ndiff == 0) {
		if (o->verbose) {
			char dis[128];
			printf("ok %s case %lu: %#010x  %-32s exit %s  fpcr %08x fpsr %08x -> %08x\n",
			       k.row >= 0 ? a64_rows[k.row].name : "-", ncase, k.insn,
			       xlate_disas(k.insn, diff_insn_pc(&k), dis, sizeof dis), diff_exit_name(rf.exit),
			       k.in.fpcr, k.in.fpsr, rf.r.fpsr);
		}
		return 0;
	}
	if (reports_printed < o->max_reports || o->have_case) {
		print_mismatch(o, &k, ncase, &rf, &u, &m);
		reports_printed++;
	}
	return 1;
}

static int row_selected(const struct opts *o, unsigned r)
{
	const char *name = a64_rows[r].name;
	unsigned i;

	if (o->group && strcmp(diff_row_group((int)r), o->group) != 0)
		return 0;
	if (!o->row)
		return 1;
	/* An exact name selects that row only; otherwise a prefix. */
	for (i = 0; i < A64_NROWS; i++)
		if (strcmp(a64_rows[i].name, o->row) == 0)
			return i == r;
	return strncmp(name, o->row, strlen(o->row)) == 0;
}

static void count(unsigned r, int res, unsigned long ncase, uint32_t insn)
{
	struct row_stats *s = &stats[r];

	if (res == 0)
		s->pass++;
	else if (res == 2)
		s->excused++;
	else {
		if (s->fail++ == 0) {
			s->first_fail = ncase;
			s->first_insn = insn;
		}
	}
}

static int by_fails(const void *a, const void *b)
{
	const struct row_stats *sa = &stats[*(const unsigned *)a];
	const struct row_stats *sb = &stats[*(const unsigned *)b];
	return sa->fail < sb->fail ? 1 : sa->fail > sb->fail ? -1 : 0;
}

static void write_summary(FILE *f, const struct opts *o, unsigned nrows)
{
	static const char *groups[] = {"branch_sys", "dp_imm", "dp_reg", "ldst", "ldst_simd",
				       "fp", "simd_fp", "simd"};
	unsigned order[A64_NROWS ? A64_NROWS : 1], n = 0, i, gi;

	fprintf(f, "difftest summary (seed %llu, %u rows)\n", (unsigned long long)o->seed, nrows);
	fprintf(f, "%-12s %6s %10s %10s %10s\n", "group", "rows", "passed", "failed", "excused");
	for (gi = 0; gi < RF_ARRAY_SIZE(groups); gi++) {
		unsigned long p = 0, fl = 0, ex = 0;
		unsigned rows = 0;
		for (i = 0; i < A64_NROWS; i++) {
			if (strcmp(diff_row_group((int)i), groups[gi]) != 0 ||
			    stats[i].pass + stats[i].fail + stats[i].excused == 0)
				continue;
			rows++;
			p += stats[i].pass, fl += stats[i].fail, ex += stats[i].excused;
		}
		fprintf(f, "%-12s %6u %10lu %10lu %10lu\n", groups[gi], rows, p, fl, ex);
	}
	for (i = 0; i < A64_NROWS; i++)
		if (stats[i].fail)
			order[n++] = i;
	qsort(order, n, sizeof order[0], by_fails);
	if (n)
		fprintf(f, "rows with mismatches (most first):\n");
	for (i = 0; i < n; i++) {
		const struct row_stats *s = &stats[order[i]];
		fprintf(f, "  %-24s %-10s %6lu/%-6lu first: case %lu insn %#010x  "
			"(difftest --seed %llu --row %s --case %lu)\n",
			a64_rows[order[i]].name, diff_row_group((int)order[i]), s->fail,
			s->fail + s->pass, s->first_fail, s->first_insn,
			(unsigned long long)o->seed, a64_rows[order[i]].name, s->first_fail);
	}
	diff_div_report(DIV_UNICORN, f);
}

static void usage(FILE *f)
{
	fprintf(f, "usage: difftest [--row NAME] [--group G] [--n CASES | --total CASES]\n"
		   "                [--seed S] [--case K | --first K] [--insn 0xWORD] [--list]\n"
		   "                [--report FILE] [--max-reports M] [--verbose] [--capstone]\n");
}

static void parse_opts(int argc, char **argv, struct opts *o)
{
	static const struct option lo[] = {
		{"row", 1, 0, 'r'}, {"group", 1, 0, 'g'}, {"n", 1, 0, 'n'},
		{"total", 1, 0, 't'}, {"seed", 1, 0, 's'}, {"case", 1, 0, 'c'},
		{"insn", 1, 0, 'i'}, {"list", 0, 0, 'l'}, {"report", 1, 0, 'R'},
		{"max-reports", 1, 0, 'm'}, {"first", 1, 0, 'f'}, {"capstone", 0, 0, 'C'}, {"verbose", 0, 0, 'v'}, {"help", 0, 0, 'h'},
		{0, 0, 0, 0}};
	int ch;

	memset(o, 0, sizeof *o);
	o->n = 200;
	o->seed = 1;
	o->max_reports = 20;
	while ((ch = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		switch (ch) {
		case 'r': o->row = optarg; break;
		case 'g': o->group = optarg; break;
		case 'n': o->n = diff_parse_num("difftest", optarg, "--n"); break;
		case 't': o->total = diff_parse_num("difftest", optarg, "--total"); break;
		case 's': o->seed = diff_parse_num("difftest", optarg, "--seed"); break;
		case 'c': o->only_case = diff_parse_num("difftest", optarg, "--case"); o->have_case = 1; break;
		case 'i': o->insn = (uint32_t)diff_parse_num("difftest", optarg, "--insn"); o->have_insn = 1; break;
		case 'l': o->list = 1; break;
		case 'R': o->report = optarg; break;
		case 'm': o->max_reports = (unsigned)diff_parse_num("difftest", optarg, "--max-reports"); break;
		case 'v': o->verbose = 1; break;
		case 'f': o->first = diff_parse_num("difftest", optarg, "--first"); break;
		case 'C': o->capstone = 1; break;
		case 'h': usage(stdout); exit(0);
		default: usage(stderr); exit(2);
		}
	}
	if (optind != argc) {
		usage(stderr);
		exit(2);
	}
}

struct totals {
	unsigned long passed, failed, excused;
};

static void tally(struct totals *t, int res)
{
	if (res == 0)
		t->passed++;
	else if (res == 1)
		t->failed++;
	else
		t->excused++;
}

/* run_all -- every selected case: of the word --insn, or of each row. */
static void run_all(const struct opts *o, unsigned nrows, struct totals *t)
{
	unsigned long per_row, c, c0, c1;
	unsigned r;
	uint32_t w;

	per_row = o->total ? (o->total + nrows - 1) / (nrows ? nrows : 1) : o->n;
	c0 = o->have_case ? o->only_case : o->first;
	c1 = o->have_case ? o->only_case + 1 : per_row;
	if (o->have_insn) {
		for (c = c0; c < c1; c++)
			tally(t, run_case(o, -1, c, &w));
		return;
	}
	for (r = 0; r < A64_NROWS; r++) {
		if (!row_selected(o, r))
			continue;
		for (c = c0; c < c1; c++) {
			int res = run_case(o, (int)r, c, &w);
			count(r, res, c, w);
			tally(t, res);
		}
	}
}

static void list_rows(const struct opts *o)
{
	unsigned r;

	for (r = 0; r < A64_NROWS; r++)
		if (row_selected(o, r))
			printf("%-24s %-10s %s\n", a64_rows[r].name, diff_row_group((int)r),
			       a64_rows[r].pattern);
}

int main(int argc, char **argv)
{
	struct opts o;
	struct totals t = {0, 0, 0};
	unsigned r, nrows = 0;
	struct timespec t0, t1;

	parse_opts(argc, argv, &o);
	a64_init();
	if (o.list) {
		list_rows(&o);
		return 0;
	}
	for (r = 0; r < A64_NROWS; r++)
		nrows += row_selected(&o, r);
	if (!o.have_insn && nrows == 0) {
		fprintf(stderr, "difftest: no row matches\n");
		return 2;
	}
	stats = calloc(A64_NROWS + 1, sizeof *stats);
	diff_rf_init();
	diff_uc_init();
	if (o.capstone)
		diff_cs_init();
	clock_gettime(CLOCK_MONOTONIC, &t0);
	run_all(&o, nrows, &t);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (!o.have_insn && (t.failed || o.report)) {
		FILE *f = o.report ? fopen(o.report, "w") : NULL;
		write_summary(stdout, &o, nrows);
		if (f) {
			write_summary(f, &o, nrows);
			fclose(f);
		}
	}
	printf("difftest: %u rows, %lu cases excused, %.1f s\n", o.have_insn ? 1 : nrows,
	       t.excused, (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9);
	if (o.capstone) {
		diff_cs_report(stdout);
		printf("capstone: %u rows, %lu instances, %lu disagreements\n",
		       o.have_insn ? 1 : nrows, t.passed + t.failed + t.excused, t.failed);
	} else {
		printf("diff: %lu passed, %lu failed\n", t.passed, t.failed);
	}
	return t.failed ? 1 : 0;
}
