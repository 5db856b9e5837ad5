/*
 * a64.h -- the A64 encoding table and decoded operations.
 *
 * xlate/a64.def is the one source of truth for A64 encodings: one row per
 * encoding, named after the Arm ARM, with its 32-bit pattern ('0'/'1' fixed
 * bits, letters for fields).  It expands here into the row ids, the
 * decoder's table and the interpreter's handler declarations; tests expand it
 * into their generators.
 */
#ifndef RF_XLATE_A64_H
#define RF_XLATE_A64_H

#include <stdint.h>
#include "xlate/cpu.h"

/* Row flags. */
#define A64_END 0x1   /* ends a translation block (branches, SVC, BRK, ...) */

struct a64_op;
/* An interpreter handler: executes one decoded instruction.  Handlers that
 * need the instruction's address use op->pc; only block-ending handlers set
 * cpu->pc.  Exceptions go through xlate_raise() and do not return. */
typedef void a64_fn(struct cpu *c, const struct a64_op *op);

/* One decoded instruction inside a translation block. */
struct a64_op {
	a64_fn *fn;      /* interpreter handler */
	uint32_t insn;   /* raw instruction word */
	uint16_t row;    /* a64_rows index, or A64_NROWS for undefined */
	uint16_t pad;
	uint64_t pc;     /* guest address of this instruction */
};

enum a64_row_id {
#define A64(name, pattern, flags) A64_##name,
#include "xlate/a64.def"
#undef A64
	A64_NROWS
};

struct a64_row {
	const char *name;      /* Arm ARM encoding name, e.g. "ADD_imm" */
	const char *pattern;   /* 32 chars, bit 31 first */
	uint32_t mask, value;  /* computed from pattern by a64_init() */
	unsigned flags;        /* A64_* */
	a64_fn *interp;        /* interp_<name> */
};

extern struct a64_row a64_rows[A64_NROWS];

#define A64(name, pattern, flags) a64_fn interp_##name;
#include "xlate/a64.def"
#undef A64

/* a64_init -- compile the table (idempotent, thread-safe).  Panics on a
 * malformed pattern, which is a bug in the table. */
void a64_init(void);

/* a64_decode -- row index for an instruction word, or -1 if no row
 * matches (undefined or unimplemented). */
int a64_decode(uint32_t insn);

/* Field extraction. */
#define BITS(x, hi, lo) (((uint32_t)(x) >> (lo)) & ((2u << ((hi) - (lo))) - 1u))
#define BIT(x, n) (((uint32_t)(x) >> (n)) & 1u)
/* SBITS -- bits hi..lo sign-extended to int64_t. */
#define SBITS(x, hi, lo) \
	((int64_t)((uint64_t)BITS(x, hi, lo) << (63 - ((hi) - (lo)))) >> (63 - ((hi) - (lo))))

/* The standard register fields. */
#define F_RD(i) ((i) & 31u)
#define F_RT(i) ((i) & 31u)
#define F_RN(i) (((i) >> 5) & 31u)
#define F_RA(i) (((i) >> 10) & 31u)
#define F_RT2(i) (((i) >> 10) & 31u)
#define F_RM(i) (((i) >> 16) & 31u)
#define F_RS(i) (((i) >> 16) & 31u)
#define F_SF(i) ((i) >> 31)

#endif
