/*
 * simd_three_diff.c -- AdvSIMD three different and AdvSIMD scalar three
 * different (Arm ARM C4.1.96): the long (SADDL, SMULL, SMLAL, SQDMULL,
 * SABDL, PMULL ...), wide (SADDW ...) and narrowing-high (ADDHN ...)
 * forms.  Handlers for rows in xlate/a64/simd.def.
 *
 * esize is the narrow element size; the "2" forms (Q=1) read the upper
 * halves of the narrow operands or write the upper half of Vd.
 */
#include "xlate/simd.h"

enum diff_kind {
	D_ADD, D_SUB, D_ABD, D_ABA, D_MUL, D_MLA, D_MLS, D_QDMUL, D_QDMLA, D_QDMLS, D_PMUL
};

static inline uint64_t pmull8(uint64_t x, uint64_t y)
{
	uint64_t r = 0;
	for (unsigned i = 0; i < 8; i++)
		if (y >> i & 1)
			r ^= x << i;
	return r;
}

/* The 2*esize result lane for narrow elements x, y and old lane d. */
static inline uint64_t diff_op(enum diff_kind k, int64_t x, int64_t y, int64_t d, int uns,
			       unsigned esize, unsigned *qc)
{
	switch (k) {
	case D_ADD: return (uint64_t)x + (uint64_t)y;
	case D_SUB: return (uint64_t)x - (uint64_t)y;
	case D_ABD: return (uint64_t)(x > y ? x - y : y - x);
	case D_ABA: return (uint64_t)d + (uint64_t)(x > y ? x - y : y - x);
	case D_MUL: return simd_mull(MULL_PLAIN, x, y, d, uns, esize, qc);
	case D_MLA: return simd_mull(MULL_ACC, x, y, d, uns, esize, qc);
	case D_MLS: return simd_mull(MULL_SUB, x, y, d, uns, esize, qc);
	case D_QDMUL: return simd_mull(MULL_QD, x, y, d, 0, esize, qc);
	case D_QDMLA: return simd_mull(MULL_QDACC, x, y, d, 0, esize, qc);
	case D_QDMLS: return simd_mull(MULL_QDSUB, x, y, d, 0, esize, qc);
	default: return pmull8((uint64_t)x, (uint64_t)y);
	}
}

static inline int64_t ext_lane(const vreg_t *v, unsigned size, unsigned i, int uns)
{
	return uns ? (int64_t)lane_u(v, size, i) : lane_s(v, size, i);
}

/* Long forms: both operands narrow (wide_n = 0) or Vn already wide
 * (the W forms).  Reserved sizes are checked by the callers. */
static inline void diff_long(struct cpu *c, const struct a64_op *op, enum diff_kind k,
			     int uns, int wide_n)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), size = F_SIZE(insn), qc = 0;
	vreg_t n = c->v[F_RN(insn)], m = c->v[F_RM(insn)], r = c->v[F_RD(insn)];
	int sat = k == D_QDMUL || k == D_QDMLA || k == D_QDMLS;

#define DIFF_LANES(NU, NS, WU, WS, NE)                                      \
	for (unsigned i = 0; i < NE; i++) {                                 \
		int64_t x = wide_n ? (uns ? (int64_t)n.WU[i] : n.WS[i])     \
				   : (uns ? (int64_t)n.NU[q * NE + i] : n.NS[q * NE + i]); \
		int64_t y = uns ? (int64_t)m.NU[q * NE + i] : m.NS[q * NE + i]; \
		int64_t d = sat ? r.WS[i] : (int64_t)r.WU[i];               \
		r.WU[i] = diff_op(k, x, y, d, uns, 8u << size, &qc);        \
	}
	SIMD_LONG_SWITCH(size, DIFF_LANES);
#undef DIFF_LANES
	if (qc)
		simd_set_qc(c);
	c->v[F_RD(insn)] = r;
}

#define DIFF_LONG(name, k, uns, wide_n, reserved)                           \
	void interp_##name(struct cpu *c, const struct a64_op *op)          \
	{                                                                   \
		unsigned size = F_SIZE(op->insn);                           \
		if (reserved)                                               \
			xlate_raise_undef(c, op);                           \
		diff_long(c, op, k, uns, wide_n);                           \
	}

#define RES_D (size == 3)
#define RES_NOT_HS (size == 0 || size == 3)

DIFF_LONG(SADDL, D_ADD, 0, 0, RES_D)
DIFF_LONG(UADDL, D_ADD, 1, 0, RES_D)
DIFF_LONG(SSUBL, D_SUB, 0, 0, RES_D)
DIFF_LONG(USUBL, D_SUB, 1, 0, RES_D)
DIFF_LONG(SADDW, D_ADD, 0, 1, RES_D)
DIFF_LONG(UADDW, D_ADD, 1, 1, RES_D)
DIFF_LONG(SSUBW, D_SUB, 0, 1, RES_D)
DIFF_LONG(USUBW, D_SUB, 1, 1, RES_D)
DIFF_LONG(SABAL, D_ABA, 0, 0, RES_D)
DIFF_LONG(UABAL, D_ABA, 1, 0, RES_D)
DIFF_LONG(SABDL, D_ABD, 0, 0, RES_D)
DIFF_LONG(UABDL, D_ABD, 1, 0, RES_D)
DIFF_LONG(SMLAL_vec, D_MLA, 0, 0, RES_D)
DIFF_LONG(UMLAL_vec, D_MLA, 1, 0, RES_D)
DIFF_LONG(SMLSL_vec, D_MLS, 0, 0, RES_D)
DIFF_LONG(UMLSL_vec, D_MLS, 1, 0, RES_D)
DIFF_LONG(SMULL_vec, D_MUL, 0, 0, RES_D)
DIFF_LONG(UMULL_vec, D_MUL, 1, 0, RES_D)
DIFF_LONG(SQDMLAL_vec, D_QDMLA, 0, 0, RES_NOT_HS)
DIFF_LONG(SQDMLSL_vec, D_QDMLS, 0, 0, RES_NOT_HS)
DIFF_LONG(SQDMULL_vec, D_QDMUL, 0, 0, RES_NOT_HS)
/* PMULL: only the 8-bit form; the 64-bit (size=11) form needs FEAT_PMULL,
 * which is not advertised. */
DIFF_LONG(PMULL, D_PMUL, 1, 0, size != 0)

/* ADDHN{2}, SUBHN{2}, RADDHN{2}, RSUBHN{2}: the high half of each 2*esize
 * sum or difference, rounded for the R forms. */
static inline void diff_high_narrow(struct cpu *c, const struct a64_op *op, int sub, int round)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), size = F_SIZE(insn), elems = 8u >> size, esize = 8u << size;
	vreg_t n = c->v[F_RN(insn)], m = c->v[F_RM(insn)], r = c->v[F_RD(insn)];

	if (size == 3)
		xlate_raise_undef(c, op);
	for (unsigned i = 0; i < elems; i++) {
		unsigned __int128 x = lane_u(&n, size + 1, i), y = lane_u(&m, size + 1, i);
		unsigned __int128 v = sub ? x - y : x + y;
		if (round)
			v += (unsigned __int128)1 << (esize - 1);
		lane_set(&r, size, q * elems + i, (uint64_t)(v >> esize));
	}
	if (!q)
		r.d[1] = 0;
	c->v[F_RD(insn)] = r;
}

void interp_ADDHN(struct cpu *c, const struct a64_op *op) { diff_high_narrow(c, op, 0, 0); }
void interp_SUBHN(struct cpu *c, const struct a64_op *op) { diff_high_narrow(c, op, 1, 0); }
void interp_RADDHN(struct cpu *c, const struct a64_op *op) { diff_high_narrow(c, op, 0, 1); }
void interp_RSUBHN(struct cpu *c, const struct a64_op *op) { diff_high_narrow(c, op, 1, 1); }

/* Scalar SQDMULL, SQDMLAL, SQDMLSL: size 01 or 10 only. */
static inline void diff_scalar(struct cpu *c, const struct a64_op *op, enum diff_kind k)
{
	uint32_t insn = op->insn;
	unsigned size = F_SIZE(insn), qc = 0;
	const vreg_t *n = &c->v[F_RN(insn)], *m = &c->v[F_RM(insn)];
	uint64_t v;

	if (size == 0 || size == 3)
		xlate_raise_undef(c, op);
	v = diff_op(k, lane_s(n, size, 0), lane_s(m, size, 0), lane_s(&c->v[F_RD(insn)], size + 1, 0),
		    0, 8u << size, &qc);
	if (qc)
		simd_set_qc(c);
	vset_scalar(c, F_RD(insn), v, 16u << size);
}

void interp_SQDMLAL_vec_scalar(struct cpu *c, const struct a64_op *op) { diff_scalar(c, op, D_QDMLA); }
void interp_SQDMLSL_vec_scalar(struct cpu *c, const struct a64_op *op) { diff_scalar(c, op, D_QDMLS); }
void interp_SQDMULL_vec_scalar(struct cpu *c, const struct a64_op *op) { diff_scalar(c, op, D_QDMUL); }
