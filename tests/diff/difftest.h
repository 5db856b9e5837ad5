/*
 * difftest.h -- shared definitions of the differential instruction tester:
 * one random A64 instruction is run on runforeign's interpreter and on
 * Unicorn from the same initial state, and everything architectural that
 * the instruction can change is compared.
 *
 * Memory layout (identical on both sides, guest addresses):
 *   DIFF_CODE_BASE  DIFF_CODE_SIZE bytes of BRK #0, read+execute; the
 *                   instruction under test goes into one slot of it, so
 *                   the BRK after it (or any branch target inside the
 *                   region) stops execution.
 *   DIFF_DATA_BASE  one read/write data page, random contents; load/store
 *                   base registers point into it.  The pages around it
 *                   are unmapped, so stray accesses fault on both sides.
 */
#ifndef RF_TESTS_DIFF_DIFFTEST_H
#define RF_TESTS_DIFF_DIFFTEST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define DIFF_CODE_BASE 0x10000000ull
#define DIFF_CODE_SIZE 0x10000ull
#define DIFF_DATA_BASE 0x20000000ull
#define DIFF_DATA_SIZE 0x1000ull
#define DIFF_BRK0 0xd4200000u
/* CLREX; BRK #0 at the start of the code region: run on Unicorn to clear
 * its exclusive monitor between cases. */
#define DIFF_CLREX_STUB DIFF_CODE_BASE
#define DIFF_CLREX 0xd503305fu

/* The registers compared.  v[] holds each V register as two 64-bit halves
 * (little endian: v[r][0] is bits 63..0). */
struct diff_regs {
	uint64_t x[31];
	uint64_t sp, pc;
	uint32_t nzcv, fpcr, fpsr;
	uint64_t tpidr;
	uint64_t v[32][2];
};

/* How a run ended. */
enum diff_exit {
	DIFF_EXIT_BRK = 1,   /* reached a BRK #0 (pc = its address) */
	DIFF_EXIT_SVC,       /* SVC: pc = next instruction */
	DIFF_EXIT_UNDEF,     /* undefined instruction at pc */
	DIFF_EXIT_FAULT,     /* data abort; addr = faulting address */
	DIFF_EXIT_FETCH,     /* instruction fetch fault at addr (= pc) */
	DIFF_EXIT_ALIGN,     /* alignment fault (data: addr; pc misaligned: addr = pc) */
	DIFF_EXIT_STOPPED,   /* instruction budget ran out (a branch to itself) */
	DIFF_EXIT_OTHER,     /* anything else (detail has the raw code) */
};

struct diff_result {
	struct diff_regs r;
	int exit;            /* enum diff_exit */
	uint64_t addr;       /* FAULT/FETCH/ALIGN address */
	long detail;         /* side-specific raw exit code, for reports;
				qemudiff: the signal's si_code */
	uint8_t *mem;        /* the side's data page after the run */
	uint32_t host_mxcsr, host_mxcsr_before; /* runforeign side: host MXCSR after/before */
};

/* One test case: the word, the initial registers and data page. */
struct diff_case {
	uint32_t insn;
	int row;             /* a64_rows index the generator drew from, or -1 */
	int ends_block;      /* the row is A64_END (may change pc) */
	int after_nop;       /* run from a NOP just before the instruction, so
				it is not the first of its translation block */
	struct diff_regs in;
	uint8_t mem[DIFF_DATA_SIZE];
};

/* ---- generator (gen.c) ---- */

/* diff_gen_case -- fill *k with random instance number ncase of row (or of
 * the fixed word insn if row < 0), drawn from a generator seeded by
 * (seed, row name or word, ncase), so any case can be regenerated alone. */
void diff_gen_case(struct diff_case *k, int row, uint32_t insn, uint64_t seed,
		   uint64_t ncase);

/* ---- the two sides ---- */

/* diff_rf_init / diff_uc_init -- set up each side's memory; exit(1) with a
 * message on failure. */
void diff_rf_init(void);
void diff_uc_init(void);

/* diff_code_place -- write insn into a code slot both sides will execute
 * and return its address; block-ending cases get a clean region and
 * flushed translation caches (difftest.c). */
uint64_t diff_code_place(uint32_t insn, int ends_block, int after_nop);

/* diff_rf_run / diff_uc_run -- run case k (code already placed, starting
 * at k->in.pc) on runforeign's interpreter / on Unicorn, fill *out. */
void diff_rf_run(const struct diff_case *k, struct diff_result *out);
void diff_uc_run(const struct diff_case *k, struct diff_result *out);

/* ---- comparison and reports (report.c) ---- */

struct diff_cmp {
	char buf[8192];
	size_t len;
	unsigned ndiff;       /* differences found (all counted, text may be cut) */
};

/* diff_row_group -- the encoding group (xlate/a64/NAME.def) of a row. */
const char *diff_row_group(int row);
/* diff_insn_pc -- the address of the instruction under test. */
uint64_t diff_insn_pc(const struct diff_case *k);
const char *diff_exit_name(int e);
/* diff_parse_num -- a command-line number (any C base), or exit 2 with
 * "PROG: bad WHAT 'S'". */
unsigned long diff_parse_num(const char *prog, const char *s, const char *what);
void diff_cmp_init(struct diff_cmp *m);
void diff_cmp_add(struct diff_cmp *m, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diff_cmp_u64(struct diff_cmp *m, const char *name, const char *an, uint64_t a,
		  const char *bn, uint64_t b);
/* diff_compare -- add every difference between results a and b (sides
 * named an and bn) that skip (DIV_*) does not excuse to m. */
void diff_compare(const struct diff_result *a, const struct diff_result *b, const char *an,
		  const char *bn, unsigned skip, struct diff_cmp *m);
/* diff_print_case -- the head of a mismatch report on stdout: row, group,
 * case number, word with its disassembly and address, and inputs. */
void diff_print_case(const struct diff_case *k, unsigned long ncase, const char *what);

/* ---- known divergences (divergence.c, list in divergences.h) ---- */

/* What a divergence excuses. */
#define DIV_SKIP_MEM 0x1    /* the data page is not compared */
#define DIV_SKIP_CASE 0x2   /* nothing is compared; the case is not counted */
#define DIV_NO_RUN 0x4      /* the case is not run at all */
#define DIV_SKIP_PC 0x8     /* pc is not compared */
#define DIV_SKIP_SICODE 0x10 /* qemudiff: the signal's si_code is not compared */

/* Which oracle an entry is about. */
#define DIV_UNICORN 0x1     /* difftest: Unicorn in-process */
#define DIV_QEMU 0x2        /* qemudiff: qemu-aarch64 out of process */

typedef int diff_div_when(const struct diff_case *k, const struct diff_result *rf,
			  const struct diff_result *uc);

struct diff_divergence {
	unsigned oracles;       /* DIV_UNICORN | DIV_QEMU */
	const char *rows;       /* fnmatch(3) pattern on the row name */
	uint32_t mask, value;   /* words with (insn & mask) == value */
	diff_div_when *when;    /* NULL: always */
	unsigned skip;          /* DIV_* */
	const char *reason;
	unsigned long hits;
};

/* diff_div_no_run -- a DIV_NO_RUN entry of oracle for k's word, or NULL.
 * Entries with a "when" are asked with rf = uc = interp, the case's
 * result on the in-process interpreter (NULL: such entries do not apply). */
struct diff_divergence *diff_div_no_run(unsigned oracle, const struct diff_case *k,
					const struct diff_result *interp);

/* diff_div_skip -- the union of what the applicable entries of oracle
 * excuse, rf and uc being runforeign's and the oracle's results; *used is
 * set to one of them (NULL if none). */
unsigned diff_div_skip(unsigned oracle, const struct diff_case *k, const struct diff_result *rf,
		       const struct diff_result *uc, struct diff_divergence **used);

/* diff_div_report -- print how often each entry of oracle applied. */
void diff_div_report(unsigned oracle, FILE *f);

/* ---- Capstone as a decoding oracle (capstone.c, names in cs_names.h) ---- */

void diff_cs_init(void);
/* diff_cs_check -- 0 if Capstone agrees with runforeign on k's word, 1 if
 * not (why says how), 2 if the disagreement is a listed Capstone gap. */
int diff_cs_check(const struct diff_case *k, const struct diff_result *rf,
		  const struct diff_result *uc, char *why, size_t n);
void diff_cs_report(FILE *f);

/* diff_code_words -- host pointer through which the code region is
 * written (shared by both sides).  diff_rf_flush / diff_uc_flush drop each
 * side's translations of it. */
uint32_t *diff_code_words(void);
void diff_rf_flush(void);
void diff_uc_flush(void);

#endif
