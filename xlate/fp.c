/*
 * fp.c -- scalar floating-point data processing (Arm ARM C4.1.96: the
 * 1-, 2- and 3-source groups, compare, conditional compare and select,
 * FMOV immediate/register).  Handlers for the arithmetic rows of
 * xlate/a64/fp.def; the conversions are in fp_cvt.c.  The arithmetic
 * itself is the FP core's (xlate/fpu.h).
 */
#include "xlate/fpu.h"
#include "xlate/interp.h"

/* The operand size of a scalar row from ftype (bits 23..22): single and
 * double only; half precision (FEAT_FP16) and 10 are UNDEF. */
static inline unsigned ftype_sz(struct cpu *c, const struct a64_op *op)
{
	unsigned t = BITS(op->insn, 23, 22);
	if (RF_UNLIKELY(t > 1))
		xlate_raise_undef(c, op);
	return t;
}

#define FP2(name, fn)                                                       \
	void interp_##name##_float(struct cpu *c, const struct a64_op *op)  \
	{                                                                   \
		unsigned sz = ftype_sz(c, op), i = op->insn;                \
		fpr_set(c, F_RD(i), fn(c, fpr_get(c, F_RN(i), sz),          \
				       fpr_get(c, F_RM(i), sz), sz), sz);   \
	}
FP2(FMUL, fpu_mul)
FP2(FDIV, fpu_div)
FP2(FADD, fpu_add)
FP2(FSUB, fpu_sub)
FP2(FMAX, fpu_max)
FP2(FMIN, fpu_min)
FP2(FMAXNM, fpu_maxnm)
FP2(FMINNM, fpu_minnm)
FP2(FNMUL, fpu_nmul)
#undef FP2

/* FMADD and friends: FPMulAdd(addend, op1, op2) with the negations of
 * the Arm ARM's decode (neg_a negates Ra, neg_n negates Rn). */
static void muladd(struct cpu *c, const struct a64_op *op, int neg_a, int neg_n)
{
	unsigned sz = ftype_sz(c, op), i = op->insn;
	uint64_t a = fpr_get(c, F_RA(i), sz), n = fpr_get(c, F_RN(i), sz);

	if (neg_a)
		a = fpu_neg(a, sz);
	if (neg_n)
		n = fpu_neg(n, sz);
	fpr_set(c, F_RD(i), fpu_muladd(c, a, n, fpr_get(c, F_RM(i), sz), sz), sz);
}

void interp_FMADD_float(struct cpu *c, const struct a64_op *op) { muladd(c, op, 0, 0); }
void interp_FMSUB_float(struct cpu *c, const struct a64_op *op) { muladd(c, op, 0, 1); }
void interp_FNMADD_float(struct cpu *c, const struct a64_op *op) { muladd(c, op, 1, 1); }
void interp_FNMSUB_float(struct cpu *c, const struct a64_op *op) { muladd(c, op, 1, 0); }

void interp_FMOV_float(struct cpu *c, const struct a64_op *op)
{
	unsigned sz = ftype_sz(c, op);
	fpr_set(c, F_RD(op->insn), fpr_get(c, F_RN(op->insn), sz), sz);
}

void interp_FABS_float(struct cpu *c, const struct a64_op *op)
{
	unsigned sz = ftype_sz(c, op);
	fpr_set(c, F_RD(op->insn), fpu_abs(fpr_get(c, F_RN(op->insn), sz), sz), sz);
}

void interp_FNEG_float(struct cpu *c, const struct a64_op *op)
{
	unsigned sz = ftype_sz(c, op);
	fpr_set(c, F_RD(op->insn), fpu_neg(fpr_get(c, F_RN(op->insn), sz), sz), sz);
}

void interp_FSQRT_float(struct cpu *c, const struct a64_op *op)
{
	unsigned sz = ftype_sz(c, op);
	fpr_set(c, F_RD(op->insn), fpu_sqrt(c, fpr_get(c, F_RN(op->insn), sz), sz), sz);
}

/* FRINT<N,P,M,Z,A,X,I>: bits 17..15 select the rounding (Arm ARM C7.2). */
void interp_FRINT_float(struct cpu *c, const struct a64_op *op)
{
	static const signed char mode[8] = {FPU_RN, FPU_RP, FPU_RM, FPU_RZ, FPU_RA, -1, -2, -2};
	unsigned sz = ftype_sz(c, op), i = op->insn;
	int m = mode[BITS(i, 17, 15)];

	if (m == -1)
		xlate_raise_undef(c, op);
	fpr_set(c, F_RD(i), fpu_rint(c, fpr_get(c, F_RN(i), sz), sz,
				     m < 0 ? (int)((c->fpcr >> FPCR_RMODE_SHIFT) & 3) : m,
				     BITS(i, 17, 15) == 6), sz);
}

/* FCMP/FCMPE: Rm or #0.0 (bit 3); e (bit 4) signals on quiet NaNs.  The
 * zero forms' Rm field is "should be zero" and ignored, as hardware does. */
void interp_FCMP_float(struct cpu *c, const struct a64_op *op)
{
	unsigned sz = ftype_sz(c, op), i = op->insn;
	uint64_t m = BIT(i, 3) ? 0 : fpr_get(c, F_RM(i), sz);

	c->nzcv = fpu_cmp(c, fpr_get(c, F_RN(i), sz), m, sz, BIT(i, 4));
}

/* FCCMP/FCCMPE: compare if cond holds, else NZCV = #nzcv. */
void interp_FCCMP_float(struct cpu *c, const struct a64_op *op)
{
	unsigned sz = ftype_sz(c, op), i = op->insn;

	if (cond_holds(c->nzcv, BITS(i, 15, 12)))
		c->nzcv = fpu_cmp(c, fpr_get(c, F_RN(i), sz), fpr_get(c, F_RM(i), sz), sz,
				  BIT(i, 4));
	else
		c->nzcv = BITS(i, 3, 0) << 28;
}

void interp_FCSEL_float(struct cpu *c, const struct a64_op *op)
{
	unsigned sz = ftype_sz(c, op), i = op->insn;
	unsigned r = cond_holds(c->nzcv, BITS(i, 15, 12)) ? F_RN(i) : F_RM(i);
	fpr_set(c, F_RD(i), fpr_get(c, r, sz), sz);
}

/* VFPExpandImm (Arm ARM shared/functions/float/vfpexpandimm). */
uint64_t fp_expand_imm(unsigned imm8, unsigned sz)
{
	uint64_t sign = imm8 >> 7, b6 = (imm8 >> 6) & 1, low = imm8 & 0x3f;

	if (sz)
		return sign << 63 | (b6 ? 0xffull : 0x100ull) << 54 | low << 48;
	return (uint32_t)(sign << 31 | (b6 ? 0x1full : 0x20ull) << 25 | low << 19);
}

void interp_FMOV_float_imm(struct cpu *c, const struct a64_op *op)
{
	unsigned sz = ftype_sz(c, op);
	fpr_set(c, F_RD(op->insn), fp_expand_imm(BITS(op->insn, 20, 13), sz), sz);
}
