/*
 * qemudiff.c -- the differential instruction tester's second oracle:
 * qemu-aarch64, out of process.
 *
 *   qemudiff --runforeign BIN --runner QRUNNER [--qemu CMD] [--row NAME]
 *            [--group G] [--n CASES | --total CASES] [--seed S]
 *            [--case K | --first K] [--insn 0xWORD] [--batch B]
 *            [--workdir DIR] [--report FILE] [--max-reports M]
 *
 * The cases are difftest's (gen.c, the same seed, rows and case numbers;
 * --insn: cases of one fixed word, as difftest --insn).
 * They go in batches of B into a file that qrunner (qrunner.c, a static
 * AArch64 program) runs case by case, writing the signal each case ended
 * with and the registers, flags, FPSR and data page it left.  The same
 * batch runs under qemu-aarch64 and under the full runforeign binary
 * (loader, signal frames and all), at the same time, and each case is
 * also run on runforeign's interpreter in this process.  Compared, case
 * by case: runforeign against qemu (known divergences: the DIV_QEMU
 * entries of divergences.h), and runforeign's process against its
 * in-process interpreter (which must agree exactly).  Every mismatch is
 * reported with the word, its disassembly, the inputs, both results and
 * the command that repeats the case alone.  Exit status 0 when every case
 * agreed, 1 on a mismatch, 2 on a usage or setup error.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "tests/diff/difftest.h"
#include "tests/diff/qcase.h"
#include "xlate/a64.h"
#include "xlate/xlate.h"

_Static_assert(QCASE_CODE_BASE == DIFF_CODE_BASE && QCASE_CODE_SIZE == DIFF_CODE_SIZE &&
	       QCASE_DATA_BASE == DIFF_DATA_BASE && QCASE_DATA_SIZE == DIFF_DATA_SIZE,
	       "qrunner and difftest use the same guest memory");

#define A64_NOP 0xd503201fu
/* A batch that takes longer than this hangs (a case that loops). */
#define BATCH_TIMEOUT_S 120

struct opts {
	const char *row, *group, *report, *rf, *runner, *qemu, *workdir;
	unsigned long n, total, only_case, first, batch;
	int have_case, have_insn;
	uint32_t insn;
	uint64_t seed;
	unsigned max_reports;
};

/* One case of a batch and what the three runs made of it. */
struct slot {
	struct diff_case k;
	unsigned long ncase;
	struct diff_result interp, rf, qemu;
	uint8_t interp_mem[DIFF_DATA_SIZE];
};

struct totals {
	unsigned long passed, failed, excused, interp_failed;
	unsigned long by_group[8][3];
};

static const char *groups[] = {"branch_sys", "dp_imm", "dp_reg", "ldst", "ldst_simd",
			       "fp", "simd_fp", "simd"};
static unsigned reports_printed;

/* ---- the in-process run ---- */

/* Where a case's words go: a slot of the upper half of the code region
 * (register branch targets are in the lower half, gen.c), changing with
 * the case so pc-relative results vary.  Words: [NOP,] insn; BRK #0
 * everywhere else. */
static void place(struct diff_case *k, unsigned long ncase, struct qcase_in *q)
{
	uint64_t slots = DIFF_CODE_SIZE / 8 / 4 - 1;
	uint64_t addr = DIFF_CODE_BASE + DIFF_CODE_SIZE / 2 + 16 * ((ncase * 7 + k->insn) % slots);

	k->in.pc = addr;
	q->code_addr = addr;
	q->pc = addr;
	q->ncode = 0;
	if (k->after_nop)
		q->code[q->ncode++] = A64_NOP;
	q->code[q->ncode++] = k->insn;
}

static void run_interp(struct slot *s, const struct qcase_in *q)
{
	uint32_t *w = diff_code_words();
	uint64_t off = (q->code_addr - DIFF_CODE_BASE) / 4;
	uint32_t i;

	for (i = 0; i < q->ncode; i++)
		w[off + i] = q->code[i];
	diff_rf_flush();
	diff_rf_run(&s->k, &s->interp);
	memcpy(s->interp_mem, s->interp.mem, DIFF_DATA_SIZE);
	s->interp.mem = s->interp_mem;
	for (i = 0; i < q->ncode; i++)
		w[off + i] = DIFF_BRK0;
}

/* ---- the batch file and the two processes ---- */

static void fill_in(struct qcase_in *q, const struct diff_case *k, uint64_t id)
{
	q->id = id;
	q->nzcv = k->in.nzcv;
	q->fpcr = k->in.fpcr;
	q->fpsr = k->in.fpsr;
	memcpy(q->x, k->in.x, sizeof q->x);
	q->sp = k->in.sp;
	q->tpidr = k->in.tpidr;
	memcpy(q->v, k->in.v, sizeof q->v);
	memcpy(q->mem, k->mem, sizeof q->mem);
}

static void die(const char *fmt, const char *arg)
{
	fprintf(stderr, "qemudiff: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n");
	exit(2);
}

static void write_batch(const char *path, const struct qcase_in *q, uint64_t n)
{
	struct qcase_head h = {QCASE_MAGIC, n};
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(&h, sizeof h, 1, f) != 1 || fwrite(q, sizeof *q, n, f) != n ||
	    fclose(f) != 0)
		die("cannot write %s", path);
}

/* spawn -- start argv with stderr to errpath; the pid. */
static pid_t spawn(char *const argv[], const char *errpath)
{
	pid_t pid = fork();

	if (pid < 0)
		die("fork: %s", strerror(errno));
	if (pid == 0) {
		int fd = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd >= 0) {
			dup2(fd, 2);
			close(fd);
		}
		execvp(argv[0], argv);
		fprintf(stderr, "qemudiff: cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	return pid;
}

/* wait_both -- wait for both processes, killing them after the timeout;
 * their wait statuses in st[]. */
static void wait_both(const pid_t pid[2], int st[2])
{
	int done[2] = {0, 0}, killed = 0, i;
	time_t t0 = time(NULL);

	while (!done[0] || !done[1]) {
		for (i = 0; i < 2; i++)
			if (!done[i] && waitpid(pid[i], &st[i], WNOHANG) == pid[i])
				done[i] = 1;
		if (done[0] && done[1])
			break;
		if (!killed && time(NULL) - t0 > BATCH_TIMEOUT_S) {
			for (i = 0; i < 2; i++)
				if (!done[i])
					kill(pid[i], SIGKILL);
			killed = 1;
		}
		usleep(2000);
	}
}

static void describe_status(char *buf, size_t n, int st)
{
	if (WIFEXITED(st))
		snprintf(buf, n, "exit status %d", WEXITSTATUS(st));
	else if (WIFSIGNALED(st))
		snprintf(buf, n, "killed by signal %d", WTERMSIG(st));
	else
		snprintf(buf, n, "status %#x", st);
}

/* ---- reading results ---- */

static int exit_of(const struct qcase_out *o)
{
	switch (o->signo) {
	case SIGTRAP: return DIFF_EXIT_BRK;
	case SIGILL: return DIFF_EXIT_UNDEF;
	case SIGBUS: return o->sig_code == BUS_ADRALN ? DIFF_EXIT_ALIGN : DIFF_EXIT_OTHER;
	/* A fetch fault reports the pc, untagged (see xlate/interp.h;
	 * qemu leaves the tag). */
	case SIGSEGV:
		return o->sig_addr == o->pc ||
		       o->sig_addr == (uint64_t)((int64_t)(o->pc << 8) >> 8) ?
		       DIFF_EXIT_FETCH : DIFF_EXIT_FAULT;
	default: return DIFF_EXIT_OTHER;
	}
}

static void result_of(const struct qcase_out *o, struct diff_result *r, uint8_t *mem)
{
	memset(r, 0, sizeof *r);
	memcpy(r->r.x, o->x, sizeof r->r.x);
	r->r.sp = o->sp;
	r->r.pc = o->pc;
	r->r.nzcv = (uint32_t)o->pstate & 0xf0000000u;
	r->r.fpcr = o->fpcr;
	r->r.fpsr = o->fpsr;
	r->r.tpidr = o->tpidr;
	memcpy(r->r.v, o->v, sizeof r->r.v);
	r->exit = exit_of(o);
	r->detail = o->sig_code;
	if (r->exit == DIFF_EXIT_FAULT || r->exit == DIFF_EXIT_FETCH || r->exit == DIFF_EXIT_ALIGN)
		r->addr = o->sig_addr;
	memcpy(mem, o->mem, DIFF_DATA_SIZE);
	r->mem = mem;
}

/* read_results -- fill side (0 rf, 1 qemu) of the first n slots from
 * path; the number of cases the file holds. */
static uint64_t read_results(const char *path, struct slot *s, uint64_t n, int side,
			     uint8_t *mems)
{
	FILE *f = fopen(path, "rb");
	static struct qcase_out o;
	uint64_t i = 0;

	if (!f)
		return 0;
	while (i < n && fread(&o, sizeof o, 1, f) == 1 && o.id == i) {
		struct diff_result *r = side ? &s[i].qemu : &s[i].rf;
		result_of(&o, r, mems + (2 * i + (uint64_t)side) * DIFF_DATA_SIZE);
		i++;
	}
	fclose(f);
	return i;
}

/* ---- comparing and reporting ---- */

static const char *row_name(int row)
{
	return row >= 0 ? a64_rows[row].name : "(none)";
}

static void print_repro(const struct opts *o, const struct slot *s)
{
	printf("  repro: build/tests/diff/qemudiff --runforeign %s --runner %s --seed %llu ",
	       o->rf, o->runner, (unsigned long long)o->seed);
	if (o->have_insn || s->k.row < 0)
		printf("--insn %#010x --case %lu\n", s->k.insn, s->ncase);
	else
		printf("--row %s --case %lu\n", a64_rows[s->k.row].name, s->ncase);
}

static void report(const struct opts *o, const struct slot *s, const char *what,
		   const struct diff_result *a, const struct diff_result *b, const char *an,
		   const char *bn, const struct diff_cmp *m)
{
	if (reports_printed >= o->max_reports && !o->have_case)
		return;
	reports_printed++;
	diff_print_case(&s->k, s->ncase, what);
	printf("  exit: %s %s, %s %s; differing:\n%s", an, diff_exit_name(a->exit), bn,
	       diff_exit_name(b->exit), m->buf);
	print_repro(o, s);
}

static int group_index(int row)
{
	const char *g = diff_row_group(row);
	unsigned i;

	for (i = 0; i < RF_ARRAY_SIZE(groups); i++)
		if (strcmp(g, groups[i]) == 0)
			return (int)i;
	return 0;
}

/* check -- compare one case's three results; 0 pass, 1 fail, 2 excused. */
static int check(const struct opts *o, const struct slot *s, struct totals *t)
{
	struct diff_divergence *div;
	struct diff_cmp m;
	unsigned skip;
	int res = 0;

	/* runforeign's process against its own interpreter: no excuses. */
	diff_cmp_init(&m);
	diff_compare(&s->rf, &s->interp, "rf", "interp", 0, &m);
	if (m.ndiff) {
		report(o, s, " (runforeign process vs interpreter)", &s->rf, &s->interp, "rf",
		       "interp", &m);
		t->interp_failed++;
		res = 1;
	}
	skip = diff_div_skip(DIV_QEMU, &s->k, &s->rf, &s->qemu, &div);
	if (skip & DIV_SKIP_CASE) {
		div->hits++;
		return res ? res : 2;
	}
	diff_cmp_init(&m);
	diff_compare(&s->rf, &s->qemu, "rf", "qemu", skip, &m);
	if (s->rf.exit == s->qemu.exit && !(skip & DIV_SKIP_SICODE))
		diff_cmp_u64(&m, "si_code", "rf", (uint64_t)s->rf.detail, "qemu",
			     (uint64_t)s->qemu.detail);
	if (div && (((skip & DIV_SKIP_MEM) && memcmp(s->rf.mem, s->qemu.mem, DIFF_DATA_SIZE)) ||
		    ((skip & DIV_SKIP_SICODE) && s->rf.detail != s->qemu.detail)))
		div->hits++;
	if (m.ndiff) {
		report(o, s, "", &s->rf, &s->qemu, "rf", "qemu", &m);
		return 1;
	}
	return res;
}

static void tally(struct totals *t, const struct slot *s, int res)
{
	int g = group_index(s->k.row);

	if (res == 0)
		t->passed++;
	else if (res == 1)
		t->failed++;
	else
		t->excused++;
	t->by_group[g][res]++;
}

/* run_batch -- run and compare the first n slots. */
static void run_batch(const struct opts *o, struct slot *s, struct qcase_in *q, uint64_t n,
		      uint8_t *mems, struct totals *t)
{
	char in[4096], out[2][4096], err[2][4096], st_text[2][64];
	const char *name[2] = {"runforeign", "qemu"};
	char *argv[2][16];
	pid_t pid[2];
	int st[2], side, argc;
	uint64_t got[2], i;
	char *qemu_words = strdup(o->qemu), *tok;

	snprintf(in, sizeof in, "%s/batch.bin", o->workdir);
	for (side = 0; side < 2; side++) {
		snprintf(out[side], sizeof out[side], "%s/%s.out", o->workdir, name[side]);
		snprintf(err[side], sizeof err[side], "%s/%s.err", o->workdir, name[side]);
	}
	write_batch(in, q, n);
	argc = 0;
	argv[0][argc++] = (char *)o->rf;
	argv[0][argc++] = (char *)o->runner;
	argv[0][argc++] = in;
	argv[0][argc++] = out[0];
	argv[0][argc] = NULL;
	argc = 0;
	for (tok = strtok(qemu_words, " "); tok && argc < 12; tok = strtok(NULL, " "))
		argv[1][argc++] = tok;
	argv[1][argc++] = (char *)o->runner;
	argv[1][argc++] = in;
	argv[1][argc++] = out[1];
	argv[1][argc] = NULL;
	for (side = 0; side < 2; side++)
		pid[side] = spawn(argv[side], err[side]);
	wait_both(pid, st);
	free(qemu_words);
	for (side = 0; side < 2; side++) {
		got[side] = read_results(out[side], s, n, side, mems);
		describe_status(st_text[side], sizeof st_text[side], st[side]);
	}
	for (i = 0; i < n; i++) {
		int res;
		if (i >= got[0] || i >= got[1]) {
			/* The case that stopped a run: report it, and the
			 * rest of the batch is lost. */
			printf("MISMATCH batch stopped at %s case %lu (insn %#010x): runforeign %s "
			       "after %llu cases, qemu %s after %llu (stderr: %s, %s)\n",
			       row_name(s[i].k.row), s[i].ncase, s[i].k.insn, st_text[0],
			       (unsigned long long)got[0], st_text[1], (unsigned long long)got[1],
			       err[0], err[1]);
			print_repro(o, &s[i]);
			t->failed += n - i;
			return;
		}
		res = check(o, &s[i], t);
		tally(t, &s[i], res);
	}
}

/* ---- the case loop ---- */

static int row_selected(const struct opts *o, unsigned r)
{
	unsigned i;

	if (o->group && strcmp(diff_row_group((int)r), o->group) != 0)
		return 0;
	if (!o->row)
		return 1;
	for (i = 0; i < A64_NROWS; i++)
		if (strcmp(a64_rows[i].name, o->row) == 0)
			return i == r;
	return strncmp(a64_rows[r].name, o->row, strlen(o->row)) == 0;
}

struct batch {
	struct slot *s;
	struct qcase_in *q;
	uint8_t *mems;
	uint64_t n;
};

/* add_case -- generate case ncase of row, run it in process, and queue it
 * (or count it excused); a full batch is run. */
static void add_case(const struct opts *o, struct batch *b, int row, unsigned long ncase,
		     struct totals *t)
{
	struct slot *s = &b->s[b->n];
	struct qcase_in *q = &b->q[b->n];
	struct diff_divergence *div;

	diff_gen_case(&s->k, row, o->insn, o->seed, ncase);
	s->ncase = ncase;
	place(&s->k, ncase, q);
	run_interp(s, q);
	div = diff_div_no_run(DIV_QEMU, &s->k, &s->interp);
	if (div) {
		div->hits++;
		tally(t, s, 2);
		return;
	}
	fill_in(q, &s->k, b->n);
	if (++b->n == o->batch) {
		run_batch(o, b->s, b->q, b->n, b->mems, t);
		b->n = 0;
	}
}

static void run_all(const struct opts *o, unsigned nrows, struct totals *t)
{
	struct batch b;
	unsigned long per_row, c, c0, c1;
	unsigned r;

	b.s = calloc(o->batch, sizeof *b.s);
	b.q = calloc(o->batch, sizeof *b.q);
	b.mems = calloc(2 * o->batch, DIFF_DATA_SIZE);
	b.n = 0;
	if (!b.s || !b.q || !b.mems)
		die("%s", "out of memory");
	per_row = o->total ? (o->total + nrows - 1) / nrows : o->n;
	c0 = o->have_case ? o->only_case : o->first;
	c1 = o->have_case ? o->only_case + 1 : per_row;
	if (o->have_insn) {
		for (c = c0; c < c1; c++)
			add_case(o, &b, -1, c, t);
	}
	for (r = 0; r < A64_NROWS && !o->have_insn; r++) {
		if (!row_selected(o, r))
			continue;
		for (c = c0; c < c1; c++)
			add_case(o, &b, (int)r, c, t);
	}
	if (b.n)
		run_batch(o, b.s, b.q, b.n, b.mems, t);
	free(b.s);
	free(b.q);
	free(b.mems);
}

static void write_summary(FILE *f, const struct opts *o, const struct totals *t,
			  unsigned nrows)
{
	unsigned g;

	fprintf(f, "qemudiff summary (seed %llu, %u rows, oracle: %s)\n",
		(unsigned long long)o->seed, nrows, o->qemu);
	fprintf(f, "%-12s %10s %10s %10s\n", "group", "passed", "failed", "excused");
	for (g = 0; g < RF_ARRAY_SIZE(groups); g++)
		fprintf(f, "%-12s %10lu %10lu %10lu\n", groups[g], t->by_group[g][0],
			t->by_group[g][1], t->by_group[g][2]);
	fprintf(f, "runforeign process vs in-process interpreter: %lu mismatches\n",
		t->interp_failed);
	diff_div_report(DIV_QEMU, f);
}

static void usage(FILE *f)
{
	fprintf(f, "usage: qemudiff --runforeign BIN --runner QRUNNER [--qemu CMD]\n"
		   "                [--row NAME] [--group G] [--n CASES | --total CASES]\n"
		   "                [--seed S] [--case K | --first K] [--insn 0xWORD]\n"
		   "                [--batch B] [--workdir DIR] [--report FILE]\n"
		   "                [--max-reports M]\n");
}

static void parse_opts(int argc, char **argv, struct opts *o)
{
	static const struct option lo[] = {
		{"row", 1, 0, 'r'}, {"group", 1, 0, 'g'}, {"n", 1, 0, 'n'},
		{"total", 1, 0, 't'}, {"seed", 1, 0, 's'}, {"case", 1, 0, 'c'},
		{"first", 1, 0, 'f'}, {"batch", 1, 0, 'b'}, {"report", 1, 0, 'R'},
		{"max-reports", 1, 0, 'm'}, {"runforeign", 1, 0, 'F'}, {"runner", 1, 0, 'U'},
		{"qemu", 1, 0, 'Q'}, {"insn", 1, 0, 'i'}, {"workdir", 1, 0, 'W'}, {"help", 0, 0, 'h'},
		{0, 0, 0, 0}};
	int ch;

	memset(o, 0, sizeof *o);
	o->n = 20;
	o->seed = 1;
	o->max_reports = 20;
	o->batch = 2000;
	o->qemu = "qemu-aarch64 -cpu max,sve=off,sme=off,pauth=off";
	o->workdir = "build/tests/diff/qemu";
	while ((ch = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		switch (ch) {
		case 'r': o->row = optarg; break;
		case 'g': o->group = optarg; break;
		case 'n': o->n = diff_parse_num("qemudiff", optarg, "--n"); break;
		case 't': o->total = diff_parse_num("qemudiff", optarg, "--total"); break;
		case 's': o->seed = diff_parse_num("qemudiff", optarg, "--seed"); break;
		case 'c': o->only_case = diff_parse_num("qemudiff", optarg, "--case"); o->have_case = 1; break;
		case 'i': o->insn = (uint32_t)diff_parse_num("qemudiff", optarg, "--insn"); o->have_insn = 1; break;
		case 'f': o->first = diff_parse_num("qemudiff", optarg, "--first"); break;
		case 'b': o->batch = diff_parse_num("qemudiff", optarg, "--batch"); break;
		case 'R': o->report = optarg; break;
		case 'm': o->max_reports = (unsigned)diff_parse_num("qemudiff", optarg, "--max-reports"); break;
		case 'F': o->rf = optarg; break;
		case 'U': o->runner = optarg; break;
		case 'Q': o->qemu = optarg; break;
		case 'W': o->workdir = optarg; break;
		case 'h': usage(stdout); exit(0);
		default: usage(stderr); exit(2);
		}
	}
	if (optind != argc || !o->rf || !o->runner || o->batch == 0) {
		usage(stderr);
		exit(2);
	}
}

int main(int argc, char **argv)
{
	struct opts o;
	static struct totals t;
	unsigned r, nrows = 0;
	struct timespec t0, t1;

	parse_opts(argc, argv, &o);
	a64_init();
	for (r = 0; r < A64_NROWS; r++)
		nrows += row_selected(&o, r);
	if (o.have_insn)
		nrows = 1;
	if (nrows == 0) {
		fprintf(stderr, "qemudiff: no row matches\n");
		return 2;
	}
	if (mkdir(o.workdir, 0755) != 0 && errno != EEXIST)
		die("cannot create %s", o.workdir);
	setvbuf(stdout, NULL, _IOLBF, 0);
	diff_rf_init();
	/* difftest's CLREX stub: qrunner has BRK #0 there too. */
	diff_code_words()[0] = DIFF_BRK0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	run_all(&o, nrows, &t);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (t.failed || o.report) {
		FILE *f = o.report ? fopen(o.report, "w") : NULL;
		write_summary(stdout, &o, &t, nrows);
		if (f) {
			write_summary(f, &o, &t, nrows);
			fclose(f);
		}
	}
	printf("qemudiff: %u rows, %lu cases excused, %.1f s\n", nrows, t.excused,
	       (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9);
	printf("qemudiff: %lu passed, %lu failed\n", t.passed, t.failed);
	return t.failed ? 1 : 0;
}
