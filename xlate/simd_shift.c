/*
 * simd_shift.c -- AdvSIMD shift by immediate and AdvSIMD scalar shift by
 * immediate, integer rows (Arm ARM C4.1.96): SSHR, USHR, SSRA, USRA,
 * SRSHR, URSHR, SRSRA, URSRA, SHL, SLI, SRI, SQSHL/UQSHL/SQSHLU
 * (immediate), the narrowing SHRN family and SSHLL/USHLL.  Handlers for
 * rows in xlate/a64/simd.def; the fixed-point conversions of these groups
 * are in simd_fp.def.
 *
 * immh selects the element size (its highest set bit; immh = 0000 is the
 * modified immediate group) and immh:immb the shift: 2*esize - immh:immb
 * for right shifts, immh:immb - esize for left shifts.
 */
#include "xlate/simd.h"

#define IMMH(i) BITS(i, 22, 19)
#define IMMHB(i) BITS(i, 22, 16)

static inline unsigned hsb(unsigned x)
{
	return 31u - (unsigned)__builtin_clz(x);
}

/* Rounding right shift of a wide value by 1..esize bits. */
#define RSHR(v, s) (((v) + ((wide_t)1 << ((s) - 1))) >> (s))
/* Signed shift right that accepts a shift of the full lane width. */
#define SSHR_(v, s) ((v) >> ((s) >= ESIZE ? ESIZE - 1 : (s)))

/*
 * Elementwise shift-by-immediate handlers.  EXPR sees x (the Vn lane), d
 * (the Vd lane), sh (the decoded shift) and qc.  left selects the
 * immh:immb - esize decoding.  The scalar forms take size from immh too.
 */
#define SHIFT_VEC(name, left, SG, EXPR)                                     \
	void interp_##name(struct cpu *c, const struct a64_op *op)          \
	{                                                                   \
		uint32_t insn = op->insn;                                   \
		unsigned q = F_Q(insn), immh = IMMH(insn), qc = 0;          \
		unsigned size, sh;                                          \
		vreg_t a = c->v[F_RN(insn)], r = c->v[F_RD(insn)];          \
		if (immh == 0 || (immh >= 8 && !q))                         \
			xlate_raise_undef(c, op);                           \
		size = hsb(immh);                                           \
		sh = (left) ? IMMHB(insn) - (8u << size)                    \
			    : (16u << size) - IMMHB(insn);                  \
		SIMD_EW2(size, simd_elems(q, size), r, a, a, SG, EXPR);     \
		if (qc)                                                     \
			simd_set_qc(c);                                     \
		vset(c, F_RD(insn), r, q);                                  \
	}

/* Scalar: d64only forms require immh = 1xxx. */
#define SHIFT_SCALAR(name, left, d64only, SG, EXPR)                         \
	void interp_##name(struct cpu *c, const struct a64_op *op)          \
	{                                                                   \
		uint32_t insn = op->insn;                                   \
		unsigned immh = IMMH(insn), qc = 0, size, sh;               \
		vreg_t a = c->v[F_RN(insn)], r = c->v[F_RD(insn)];          \
		if (immh == 0 || ((d64only) && immh < 8))                   \
			xlate_raise_undef(c, op);                           \
		size = hsb(immh);                                           \
		sh = (left) ? IMMHB(insn) - (8u << size)                    \
			    : (16u << size) - IMMHB(insn);                  \
		SIMD_EW2(size, 1, r, a, a, SG, EXPR);                       \
		if (qc)                                                     \
			simd_set_qc(c);                                     \
		vset_scalar(c, F_RD(insn), lane_u(&r, size, 0), 8u << size); \
	}

#define E_SSHR SSHR_(x, sh)
#define E_USHR ((wide_t)x >> sh)
#define E_SRSHR RSHR((wide_t)x, sh)
#define E_URSHR RSHR((wide_t)x, sh)
#define E_SHL ((wide_t)x << sh)
/* SRI/SLI keep the Vd bits the shifted value does not cover. */
#define E_SRI (sh >= ESIZE ? d : ((d & ~(lane_t)((lane_t)~(lane_t)0 >> sh)) | (lane_t)(x >> sh)))
#define E_SLI ((d & (lane_t)~(lane_t)((lane_t)~(lane_t)0 << sh)) | (lane_t)((wide_t)x << sh))
#define E_SQSHL sat_s((__int128)x * ((__int128)1 << sh), ESIZE, &qc)
#define E_UQSHL sat_u((__int128)(unsigned __int128)x << sh, ESIZE, &qc)
#define E_SQSHLU sat_u((__int128)x * ((__int128)1 << sh), ESIZE, &qc)

SHIFT_VEC(SSHR, 0, S, E_SSHR)
SHIFT_VEC(USHR, 0, U, E_USHR)
SHIFT_VEC(SSRA, 0, S, (wide_t)d + E_SSHR)
SHIFT_VEC(USRA, 0, U, (wide_t)d + E_USHR)
SHIFT_VEC(SRSHR, 0, S, E_SRSHR)
SHIFT_VEC(URSHR, 0, U, E_URSHR)
SHIFT_VEC(SRSRA, 0, S, (wide_t)d + E_SRSHR)
SHIFT_VEC(URSRA, 0, U, (wide_t)d + E_URSHR)
SHIFT_VEC(SRI, 0, U, E_SRI)
SHIFT_VEC(SHL, 1, U, E_SHL)
SHIFT_VEC(SLI, 1, U, E_SLI)
SHIFT_VEC(SQSHL_imm, 1, S, E_SQSHL)
SHIFT_VEC(UQSHL_imm, 1, U, E_UQSHL)
SHIFT_VEC(SQSHLU, 1, S, E_SQSHLU)

SHIFT_SCALAR(SSHR_scalar, 0, 1, S, E_SSHR)
SHIFT_SCALAR(USHR_scalar, 0, 1, U, E_USHR)
SHIFT_SCALAR(SSRA_scalar, 0, 1, S, (wide_t)d + E_SSHR)
SHIFT_SCALAR(USRA_scalar, 0, 1, U, (wide_t)d + E_USHR)
SHIFT_SCALAR(SRSHR_scalar, 0, 1, S, E_SRSHR)
SHIFT_SCALAR(URSHR_scalar, 0, 1, U, E_URSHR)
SHIFT_SCALAR(SRSRA_scalar, 0, 1, S, (wide_t)d + E_SRSHR)
SHIFT_SCALAR(URSRA_scalar, 0, 1, U, (wide_t)d + E_URSHR)
SHIFT_SCALAR(SRI_scalar, 0, 1, U, E_SRI)
SHIFT_SCALAR(SHL_scalar, 1, 1, U, E_SHL)
SHIFT_SCALAR(SLI_scalar, 1, 1, U, E_SLI)
SHIFT_SCALAR(SQSHL_imm_scalar, 1, 0, S, E_SQSHL)
SHIFT_SCALAR(UQSHL_imm_scalar, 1, 0, U, E_UQSHL)
SHIFT_SCALAR(SQSHLU_scalar, 1, 0, S, E_SQSHLU)

enum shrn_kind { SHRN_TRUNC, SHRN_SS, SHRN_UU, SHRN_SU };

/* shrn_elem -- a 2*esize lane (signed if k is SS/SU) shifted right by sh
 * (1..esize) with optional rounding, then narrowed to esize. */
static inline uint64_t shrn_elem(const vreg_t *n, unsigned size, unsigned i, unsigned sh,
				 int round, enum shrn_kind k, unsigned *qc)
{
	unsigned esize = 8u << size;
	int sgn = k == SHRN_SS || k == SHRN_SU;
	__int128 v = sgn ? (__int128)lane_s(n, size + 1, i) : (__int128)lane_u(n, size + 1, i);

	v = (v + (round ? (__int128)1 << (sh - 1) : 0)) >> sh;
	switch (k) {
	case SHRN_SS: return (uint64_t)sat_s(v, esize, qc);
	case SHRN_UU: case SHRN_SU: return sat_u(v, esize, qc);
	default: return (uint64_t)v;
	}
}

/* The narrowing right shifts: immh = 1xxx is reserved; results go to the
 * low half (Q=0, upper zeroed) or the high half (the 2 forms). */
static inline void shrn_vec(struct cpu *c, const struct a64_op *op, int round, enum shrn_kind k)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), immh = IMMH(insn), qc = 0, size, sh, elems;
	vreg_t n = c->v[F_RN(insn)], r = c->v[F_RD(insn)];

	if (immh == 0 || immh >= 8)
		xlate_raise_undef(c, op);
	size = hsb(immh);
	sh = (16u << size) - IMMHB(insn);
	elems = 8u >> size;
	if (k == SHRN_TRUNC) {
		/* SHRN/RSHRN: typed loops (hot in string routines). */
		uint64_t rnd = round ? 1ull << (sh - 1) : 0;
		switch (size) {
		case 0:
			for (unsigned i = 0; i < 8; i++)
				r.b[q * 8 + i] = (uint8_t)((n.h[i] + (uint32_t)rnd) >> sh);
			break;
		case 1:
			for (unsigned i = 0; i < 4; i++)
				r.h[q * 4 + i] = (uint16_t)((n.s[i] + rnd) >> sh);
			break;
		default:
			for (unsigned i = 0; i < 2; i++)
				r.s[q * 2 + i] = (uint32_t)(((unsigned __int128)n.d[i] + rnd) >> sh);
			break;
		}
	} else {
		for (unsigned i = 0; i < elems; i++)
			lane_set(&r, size, q * elems + i, shrn_elem(&n, size, i, sh, round, k, &qc));
	}
	if (qc)
		simd_set_qc(c);
	if (!q)
		r.d[1] = 0;
	c->v[F_RD(insn)] = r;
}

static inline void shrn_scalar(struct cpu *c, const struct a64_op *op, int round, enum shrn_kind k)
{
	uint32_t insn = op->insn;
	unsigned immh = IMMH(insn), qc = 0, size, sh;
	vreg_t n = c->v[F_RN(insn)];
	uint64_t v;

	if (immh == 0 || immh >= 8)
		xlate_raise_undef(c, op);
	size = hsb(immh);
	sh = (16u << size) - IMMHB(insn);
	v = shrn_elem(&n, size, 0, sh, round, k, &qc);
	if (qc)
		simd_set_qc(c);
	vset_scalar(c, F_RD(insn), v, 8u << size);
}

void interp_SHRN(struct cpu *c, const struct a64_op *op) { shrn_vec(c, op, 0, SHRN_TRUNC); }
void interp_RSHRN(struct cpu *c, const struct a64_op *op) { shrn_vec(c, op, 1, SHRN_TRUNC); }
void interp_SQSHRN(struct cpu *c, const struct a64_op *op) { shrn_vec(c, op, 0, SHRN_SS); }
void interp_SQRSHRN(struct cpu *c, const struct a64_op *op) { shrn_vec(c, op, 1, SHRN_SS); }
void interp_UQSHRN(struct cpu *c, const struct a64_op *op) { shrn_vec(c, op, 0, SHRN_UU); }
void interp_UQRSHRN(struct cpu *c, const struct a64_op *op) { shrn_vec(c, op, 1, SHRN_UU); }
void interp_SQSHRUN(struct cpu *c, const struct a64_op *op) { shrn_vec(c, op, 0, SHRN_SU); }
void interp_SQRSHRUN(struct cpu *c, const struct a64_op *op) { shrn_vec(c, op, 1, SHRN_SU); }
void interp_SQSHRN_scalar(struct cpu *c, const struct a64_op *op) { shrn_scalar(c, op, 0, SHRN_SS); }
void interp_SQRSHRN_scalar(struct cpu *c, const struct a64_op *op) { shrn_scalar(c, op, 1, SHRN_SS); }
void interp_UQSHRN_scalar(struct cpu *c, const struct a64_op *op) { shrn_scalar(c, op, 0, SHRN_UU); }
void interp_UQRSHRN_scalar(struct cpu *c, const struct a64_op *op) { shrn_scalar(c, op, 1, SHRN_UU); }
void interp_SQSHRUN_scalar(struct cpu *c, const struct a64_op *op) { shrn_scalar(c, op, 0, SHRN_SU); }
void interp_SQRSHRUN_scalar(struct cpu *c, const struct a64_op *op) { shrn_scalar(c, op, 1, SHRN_SU); }

/* SSHLL{2}/USHLL{2} (SXTL/UXTL): lanes of the selected half extended to
 * twice the width and shifted left by 0..esize-1. */
static inline void shll_long(struct cpu *c, const struct a64_op *op, int uns)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), immh = IMMH(insn), size, sh;
	vreg_t n = c->v[F_RN(insn)], r;

	if (immh == 0 || immh >= 8)
		xlate_raise_undef(c, op);
	size = hsb(immh);
	sh = IMMHB(insn) - (8u << size);
#define SHLL_LANES(NU, NS, WU, WS, NE)                                      \
	for (unsigned i = 0; i < NE; i++)                                   \
		r.WU[i] = (uns ? (uint64_t)n.NU[q * NE + i] : (uint64_t)n.NS[q * NE + i]) << sh
	SIMD_LONG_SWITCH(size, SHLL_LANES);
#undef SHLL_LANES
	c->v[F_RD(insn)] = r;
}

void interp_SSHLL(struct cpu *c, const struct a64_op *op) { shll_long(c, op, 0); }
void interp_USHLL(struct cpu *c, const struct a64_op *op) { shll_long(c, op, 1); }
