/*
 * qcase.h -- the file format between qemudiff (x86-64 host) and qrunner
 * (the static AArch64 program run under qemu-aarch64 and under
 * runforeign).  Included by both, so only fixed-width fields, naturally
 * aligned, little endian on both sides.
 *
 * A batch file is a qcase_head followed by head.ncase qcase_in records;
 * qrunner answers with one qcase_out record per case, in order, written
 * as each case ends (a short output file says which case stopped it).
 *
 * Guest memory (the same as difftest's, difftest.h): the code region
 * DIFF_CODE_BASE..+DIFF_CODE_SIZE is BRK #0 everywhere, read+execute;
 * a case's words go in at code_addr and are put back to BRK after it.
 * The data page DIFF_DATA_BASE is read/write between two PROT_NONE guard
 * pages, as on difftest's runforeign side.
 */
#ifndef RF_TESTS_DIFF_QCASE_H
#define RF_TESTS_DIFF_QCASE_H

#include <stdint.h>

#define QCASE_MAGIC 0x3165736163716652ull /* "Rfqcase1" */
#define QCASE_CODE_BASE 0x10000000ull     /* = DIFF_CODE_BASE */
#define QCASE_CODE_SIZE 0x10000ull        /* = DIFF_CODE_SIZE */
#define QCASE_DATA_BASE 0x20000000ull     /* = DIFF_DATA_BASE */
#define QCASE_DATA_SIZE 0x1000ull         /* = DIFF_DATA_SIZE */
#define QCASE_MAXWORDS 2

struct qcase_head {
	uint64_t magic;
	uint64_t ncase;
};

/* One case: where its words go, and the state it starts from. */
struct qcase_in {
	uint64_t id;                    /* echoed in qcase_out.id */
	uint64_t pc;                    /* first instruction run */
	uint64_t code_addr;             /* where code[] is written */
	uint32_t code[QCASE_MAXWORDS];
	uint32_t ncode;
	uint32_t nzcv, fpcr, fpsr;      /* nzcv in bits 31..28 */
	uint64_t x[31], sp, tpidr;
	uint64_t v[32][2];              /* v[r][0]: bits 63..0 */
	uint8_t mem[QCASE_DATA_SIZE];
};

/* How it ended: the signal and the state the signal handler saw. */
struct qcase_out {
	uint64_t id;
	int32_t signo, sig_code;
	uint64_t sig_addr;
	uint64_t x[31], sp, pc, pstate, tpidr;
	uint32_t fpsr, fpcr;
	uint64_t v[32][2];
	uint8_t mem[QCASE_DATA_SIZE];
};

_Static_assert(sizeof(struct qcase_head) == 16, "qcase_head layout");
_Static_assert(sizeof(struct qcase_in) == 48 + 8 * 33 + 512 + QCASE_DATA_SIZE, "qcase_in layout");
_Static_assert(sizeof(struct qcase_out) == 24 + 8 * 35 + 8 + 512 + QCASE_DATA_SIZE,
	       "qcase_out layout");

#endif
