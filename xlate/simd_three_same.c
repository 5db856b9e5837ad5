/*
 * simd_three_same.c -- AdvSIMD three same and AdvSIMD scalar three same,
 * integer rows (Arm ARM C4.1.96: "Advanced SIMD three same", "Advanced
 * SIMD scalar three same"), and AdvSIMD scalar pairwise ADDP.  The
 * shift-by-register rows (SSHL...) live in simd_shift_reg.c.  Handlers for
 * rows in xlate/a64/simd.def; the floating-point rows of these groups are
 * in simd_fp.def.
 *
 * Each handler is one elementwise expression (see SIMD_EW2 in simd.h) with
 * the manual's reserved size:Q combinations.
 */
#include "xlate/simd.h"

/* Vector form, no side effects: every lane computed, upper half zeroed for
 * Q=0.  r starts as Vd so accumulating forms see the old lane as d. */
#define SAME_VEC(name, reserved, SG, EXPR)                                  \
	void interp_##name(struct cpu *c, const struct a64_op *op)          \
	{                                                                   \
		uint32_t insn = op->insn;                                   \
		unsigned q = F_Q(insn), size = F_SIZE(insn);                \
		vreg_t a = c->v[F_RN(insn)], b = c->v[F_RM(insn)];          \
		vreg_t r = c->v[F_RD(insn)];                                \
		if (reserved)                                               \
			xlate_raise_undef(c, op);                           \
		SIMD_EW2(size, SIMD_ALL, r, a, b, SG, EXPR);                \
		vset(c, F_RD(insn), r, q);                                  \
	}

/* Vector form that may saturate: only the architectural lanes, FPSR.QC. */
#define SAME_VEC_QC(name, reserved, SG, EXPR)                               \
	void interp_##name(struct cpu *c, const struct a64_op *op)          \
	{                                                                   \
		uint32_t insn = op->insn;                                   \
		unsigned q = F_Q(insn), size = F_SIZE(insn), qc = 0;        \
		vreg_t a = c->v[F_RN(insn)], b = c->v[F_RM(insn)];          \
		vreg_t r = c->v[F_RD(insn)];                                \
		if (reserved)                                               \
			xlate_raise_undef(c, op);                           \
		SIMD_EW2(size, simd_elems(q, size), r, a, b, SG, EXPR);     \
		if (qc)                                                     \
			simd_set_qc(c);                                     \
		vset(c, F_RD(insn), r, q);                                  \
	}

/* Scalar form: lane 0 only, the rest of Vd zeroed. */
#define SAME_SCALAR(name, reserved, SG, EXPR)                               \
	void interp_##name(struct cpu *c, const struct a64_op *op)          \
	{                                                                   \
		uint32_t insn = op->insn;                                   \
		unsigned size = F_SIZE(insn), qc = 0;                       \
		vreg_t a = c->v[F_RN(insn)], b = c->v[F_RM(insn)], r;       \
		if (reserved)                                               \
			xlate_raise_undef(c, op);                           \
		r.q = 0;                                                    \
		SIMD_EW2(size, 1, r, a, b, SG, EXPR);                       \
		if (qc)                                                     \
			simd_set_qc(c);                                     \
		vset(c, F_RD(insn), r, 0);                                  \
	}

#define ONES (-1)
#define RES_1D (size == 3 && !q)
#define RES_D (size == 3)
#define RES_NOT_D (size != 3)
#define RES_NOT_HS (size == 0 || size == 3)

/* Polynomial multiply of two 8-bit values, low 8 bits (Arm ARM
 * PolynomialMult). */
static inline uint8_t pmul8(uint8_t x, uint8_t y)
{
	unsigned r = 0;
	for (unsigned i = 0; i < 8; i++)
		if (y >> i & 1)
			r ^= (unsigned)x << i;
	return (uint8_t)r;
}

/* Absolute difference |x - y| in the wide type (SABD, UABD). */
#define ABD(x, y) ((x) > (y) ? (wide_t)(x) - (y) : (wide_t)(y) - (x))
/* Doubling multiply high half, optionally rounding (SQDMULH, SQRDMULH). */
#define DMULH(x, y, rnd) \
	sat_s(((__int128)(x) * (y) * 2 + ((rnd) ? (__int128)1 << (ESIZE - 1) : 0)) >> ESIZE, ESIZE, &qc)

/* ---- Arithmetic (C7.2: SHADD ... UABA) ---- */
SAME_VEC(SHADD, RES_D, S, ((wide_t)x + y) >> 1)
SAME_VEC(UHADD, RES_D, U, ((wide_t)x + y) >> 1)
SAME_VEC(SRHADD, RES_D, S, ((wide_t)x + y + 1) >> 1)
SAME_VEC(URHADD, RES_D, U, ((wide_t)x + y + 1) >> 1)
SAME_VEC(SHSUB, RES_D, S, ((wide_t)x - y) >> 1)
SAME_VEC(UHSUB, RES_D, U, ((wide_t)x - y) >> 1)
SAME_VEC_QC(SQADD, RES_1D, S, sat_s((wide_t)x + y, ESIZE, &qc))
SAME_VEC_QC(UQADD, RES_1D, U, sat_u((wide_t)x + y, ESIZE, &qc))
SAME_VEC_QC(SQSUB, RES_1D, S, sat_s((wide_t)x - y, ESIZE, &qc))
SAME_VEC_QC(UQSUB, RES_1D, U, x < y ? (qc = 1, 0) : x - y)
SAME_VEC(SMAX, RES_D, S, x > y ? x : y)
SAME_VEC(UMAX, RES_D, U, x > y ? x : y)
SAME_VEC(SMIN, RES_D, S, x < y ? x : y)
SAME_VEC(UMIN, RES_D, U, x < y ? x : y)
SAME_VEC(SABD, RES_D, S, ABD(x, y))
SAME_VEC(UABD, RES_D, U, ABD(x, y))
SAME_VEC(SABA, RES_D, S, (wide_t)d + ABD(x, y))
SAME_VEC(UABA, RES_D, U, (wide_t)d + ABD(x, y))
SAME_VEC(ADD_vec, RES_1D, U, (wide_t)x + y)
SAME_VEC(SUB_vec, RES_1D, U, (wide_t)x - y)
SAME_VEC(MLA_vec, RES_D, U, d + (wide_t)x * y)
SAME_VEC(MLS_vec, RES_D, U, d - (wide_t)x * y)
SAME_VEC(MUL_vec, RES_D, U, (wide_t)x * y)
SAME_VEC(PMUL, size != 0, U, pmul8((uint8_t)x, (uint8_t)y))
SAME_VEC_QC(SQDMULH_vec, RES_NOT_HS, S, DMULH(x, y, 0))
SAME_VEC_QC(SQRDMULH_vec, RES_NOT_HS, S, DMULH(x, y, 1))

/* ---- Compare (C7.2: CMEQ (register) ...) ---- */
SAME_VEC(CMGT_reg, RES_1D, S, x > y ? ONES : 0)
SAME_VEC(CMHI_reg, RES_1D, U, x > y ? ONES : 0)
SAME_VEC(CMGE_reg, RES_1D, S, x >= y ? ONES : 0)
SAME_VEC(CMHS_reg, RES_1D, U, x >= y ? ONES : 0)
SAME_VEC(CMEQ_reg, RES_1D, U, x == y ? ONES : 0)
SAME_VEC(CMTST, RES_1D, U, (x & y) ? ONES : 0)

/* ---- Logical (size field selects the operation): whole 64-bit words ---- */
#define LOGIC_VEC(name, EXPR)                                               \
	void interp_##name(struct cpu *c, const struct a64_op *op)          \
	{                                                                   \
		uint32_t insn = op->insn;                                   \
		vreg_t a = c->v[F_RN(insn)], b = c->v[F_RM(insn)];          \
		vreg_t r = c->v[F_RD(insn)];                                \
		for (unsigned i_ = 0; i_ < 2; i_++) {                       \
			uint64_t x = a.d[i_], y = b.d[i_], d = r.d[i_];     \
			(void)d;                                            \
			r.d[i_] = (EXPR);                                   \
		}                                                           \
		vset(c, F_RD(insn), r, F_Q(insn));                          \
	}

LOGIC_VEC(AND_vec, x & y)
LOGIC_VEC(BIC_vec_reg, x & ~y)
LOGIC_VEC(ORR_vec_reg, x | y)
LOGIC_VEC(ORN_vec, x | ~y)
LOGIC_VEC(EOR_vec, x ^ y)
LOGIC_VEC(BSL, (d & x) | (~d & y))
LOGIC_VEC(BIT, (y & x) | (~y & d))
LOGIC_VEC(BIF, (~y & x) | (y & d))

/* ---- Scalar three same (C4.1.96 "Advanced SIMD scalar three same") ---- */
SAME_SCALAR(SQADD_scalar, 0, S, sat_s((wide_t)x + y, ESIZE, &qc))
SAME_SCALAR(UQADD_scalar, 0, U, sat_u((wide_t)x + y, ESIZE, &qc))
SAME_SCALAR(SQSUB_scalar, 0, S, sat_s((wide_t)x - y, ESIZE, &qc))
SAME_SCALAR(UQSUB_scalar, 0, U, x < y ? (qc = 1, 0) : x - y)
SAME_SCALAR(ADD_vec_scalar, RES_NOT_D, U, x + y)
SAME_SCALAR(SUB_vec_scalar, RES_NOT_D, U, x - y)
SAME_SCALAR(CMGT_reg_scalar, RES_NOT_D, S, x > y ? ONES : 0)
SAME_SCALAR(CMHI_reg_scalar, RES_NOT_D, U, x > y ? ONES : 0)
SAME_SCALAR(CMGE_reg_scalar, RES_NOT_D, S, x >= y ? ONES : 0)
SAME_SCALAR(CMHS_reg_scalar, RES_NOT_D, U, x >= y ? ONES : 0)
SAME_SCALAR(CMEQ_reg_scalar, RES_NOT_D, U, x == y ? ONES : 0)
SAME_SCALAR(CMTST_scalar, RES_NOT_D, U, (x & y) ? ONES : 0)
SAME_SCALAR(SQDMULH_vec_scalar, RES_NOT_HS, S, DMULH(x, y, 0))
SAME_SCALAR(SQRDMULH_vec_scalar, RES_NOT_HS, S, DMULH(x, y, 1))

/* ---- Pairwise (C7.2: ADDP (vector), SMAXP ...) ----
 * The source is the concatenation Vm:Vn; result lane i combines lanes 2i
 * and 2i+1 of it.  A pair of lanes of width N is one lane of width 2N, so
 * the loop runs over the wider lanes of Vn then Vm (constant trip counts,
 * which the host compiler vectorises) and builds the 128-bit layout; for
 * Q=0 the low 4 bytes of each half are the result. */
#define PAIR_CASE(N, WF, R, A, B, SG, EXPR)                                 \
	case N: {                                                           \
		typedef SIMD_CAT(SIMD_LT_##SG, N) lane_t;                   \
		typedef SIMD_CAT(SIMD_WT_##SG, N) wide_t __attribute__((unused)); \
		for (unsigned i_ = 0; i_ < (8u >> N); i_++) {               \
			lane_t x = (lane_t)(A).WF[i_];                      \
			lane_t y = (lane_t)((A).WF[i_] >> (8u << N));       \
			(R).SIMD_CAT(SIMD_LF_##SG, N)[i_] = (lane_t)(EXPR); \
		}                                                           \
		for (unsigned i_ = 0; i_ < (8u >> N); i_++) {               \
			lane_t x = (lane_t)(B).WF[i_];                      \
			lane_t y = (lane_t)((B).WF[i_] >> (8u << N));       \
			(R).SIMD_CAT(SIMD_LF_##SG, N)[(8u >> N) + i_] = (lane_t)(EXPR); \
		}                                                           \
		break;                                                      \
	}

#define PAIR_VEC(name, reserved, SG, EXPR)                                  \
	void interp_##name(struct cpu *c, const struct a64_op *op)          \
	{                                                                   \
		uint32_t insn = op->insn;                                   \
		unsigned q = F_Q(insn), size = F_SIZE(insn);                \
		vreg_t a = c->v[F_RN(insn)], b = c->v[F_RM(insn)], r;       \
		if (reserved)                                               \
			xlate_raise_undef(c, op);                           \
		switch (size) {                                             \
		PAIR_CASE(0, h, r, a, b, SG, EXPR)                          \
		PAIR_CASE(1, s, r, a, b, SG, EXPR)                          \
		PAIR_CASE(2, d, r, a, b, SG, EXPR)                          \
		default:                                                    \
			r.d[0] = a.d[0] + a.d[1];                           \
			r.d[1] = b.d[0] + b.d[1];                           \
			break;                                              \
		}                                                           \
		if (!q)                                                     \
			r.s[1] = r.s[2];                                    \
		vset(c, F_RD(insn), r, q);                                  \
	}

PAIR_VEC(ADDP_vec, RES_1D, U, (wide_t)x + y)
PAIR_VEC(SMAXP, RES_D, S, x > y ? x : y)
PAIR_VEC(UMAXP, RES_D, U, x > y ? x : y)
PAIR_VEC(SMINP, RES_D, S, x < y ? x : y)
PAIR_VEC(UMINP, RES_D, U, x < y ? x : y)

/* ADDP (scalar): Dd = Vn.D[0] + Vn.D[1]; only size=11 is allocated. */
void interp_ADDP_scalar(struct cpu *c, const struct a64_op *op)
{
	uint32_t insn = op->insn;
	const vreg_t *n = &c->v[F_RN(insn)];
	if (F_SIZE(insn) != 3)
		xlate_raise_undef(c, op);
	vset_scalar(c, F_RD(insn), n->d[0] + n->d[1], 64);
}
