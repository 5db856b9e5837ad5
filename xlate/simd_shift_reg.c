/*
 * simd_shift_reg.c -- shifts by register from AdvSIMD three same and
 * AdvSIMD scalar three same (Arm ARM C4.1.96): SSHL, USHL, SRSHL, URSHL,
 * SQSHL, UQSHL, SQRSHL, UQRSHL (register), vector and scalar.  Handlers for
 * rows in xlate/a64/simd.def.
 *
 * The shift is the signed low byte of each Vm lane: positive shifts left,
 * negative shifts right (Arm ARM C7.2 SSHL pseudocode); the arithmetic is
 * done at full precision before truncating or saturating.
 */
#include "xlate/simd.h"

/* shift_by_reg -- x (already extended per signedness) shifted by sh, with
 * rounding (right shifts add 1 << (-sh - 1)) and saturation to esize bits
 * of the given signedness.  Returns the lane value (high bits ignored). */
static inline uint64_t shift_by_reg(__int128 x, int sh, unsigned esize, int uns,
				    int round, int sat, unsigned *qc)
{
	__int128 v;

	if (sh >= 0) {
		if (x == 0)
			return 0;
		if (sh >= (int)esize) {
			if (!sat)
				return 0;
			*qc = 1;
			if (uns || x > 0)
				return uns ? ~0ull : (1ull << (esize - 1)) - 1;
			return 1ull << (esize - 1) | (esize == 64 ? 0 : ~0ull << esize);
		}
		v = (__int128)((unsigned __int128)x << sh);
	} else {
		int n = -sh;
		if (n > 64)
			v = round ? 0 : (x < 0 ? -1 : 0);
		else
			v = (x + (round ? (__int128)1 << (n - 1) : 0)) >> n;
	}
	if (!sat)
		return (uint64_t)v;
	return uns ? sat_u(v, esize, qc) : (uint64_t)sat_s(v, esize, qc);
}

#define SHL_VEC(name, SG, uns, round, sat)                                  \
	void interp_##name(struct cpu *c, const struct a64_op *op)          \
	{                                                                   \
		uint32_t insn = op->insn;                                   \
		unsigned q = F_Q(insn), size = F_SIZE(insn), qc = 0;        \
		vreg_t a = c->v[F_RN(insn)], b = c->v[F_RM(insn)];          \
		vreg_t r = c->v[F_RD(insn)];                                \
		if (size == 3 && !q)                                        \
			xlate_raise_undef(c, op);                           \
		SIMD_EW2(size, simd_elems(q, size), r, a, b, SG,            \
			 shift_by_reg(x, (int8_t)y, ESIZE, uns, round, sat, &qc)); \
		if (qc)                                                     \
			simd_set_qc(c);                                     \
		vset(c, F_RD(insn), r, q);                                  \
	}

/* Scalar: the non-saturating forms exist only for size=11. */
#define SHL_SCALAR(name, SG, uns, round, sat)                               \
	void interp_##name(struct cpu *c, const struct a64_op *op)          \
	{                                                                   \
		uint32_t insn = op->insn;                                   \
		unsigned size = F_SIZE(insn), qc = 0;                       \
		vreg_t a = c->v[F_RN(insn)], b = c->v[F_RM(insn)], r;       \
		if (!(sat) && size != 3)                                    \
			xlate_raise_undef(c, op);                           \
		r.q = 0;                                                    \
		SIMD_EW2(size, 1, r, a, b, SG,                              \
			 shift_by_reg(x, (int8_t)y, ESIZE, uns, round, sat, &qc)); \
		if (qc)                                                     \
			simd_set_qc(c);                                     \
		vset(c, F_RD(insn), r, 0);                                  \
	}

SHL_VEC(SSHL, S, 0, 0, 0)
SHL_VEC(USHL, U, 1, 0, 0)
SHL_VEC(SRSHL, S, 0, 1, 0)
SHL_VEC(URSHL, U, 1, 1, 0)
SHL_VEC(SQSHL_reg, S, 0, 0, 1)
SHL_VEC(UQSHL_reg, U, 1, 0, 1)
SHL_VEC(SQRSHL, S, 0, 1, 1)
SHL_VEC(UQRSHL, U, 1, 1, 1)
SHL_SCALAR(SSHL_scalar, S, 0, 0, 0)
SHL_SCALAR(USHL_scalar, U, 1, 0, 0)
SHL_SCALAR(SRSHL_scalar, S, 0, 1, 0)
SHL_SCALAR(URSHL_scalar, U, 1, 1, 0)
SHL_SCALAR(SQSHL_reg_scalar, S, 0, 0, 1)
SHL_SCALAR(UQSHL_reg_scalar, U, 1, 0, 1)
SHL_SCALAR(SQRSHL_scalar, S, 0, 1, 1)
SHL_SCALAR(UQRSHL_scalar, U, 1, 1, 1)
