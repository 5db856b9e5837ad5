/*
 * fp_cvt.c -- scalar floating-point conversions (Arm ARM C4.1.96:
 * "Floating-point data-processing (1 source)" FCVT, "Conversion between
 * floating-point and integer", "Conversion between floating-point and
 * fixed-point").  Handlers for the conversion rows of xlate/a64/fp.def.
 */
#include "xlate/fpu.h"
#include "xlate/interp.h"

/* FCVT: ftype (bits 23..22) is the source, opc (bits 16..15) the
 * destination; 00 single, 01 double, 11 half (conversions to and from
 * half precision are baseline ARMv8.0). */
void interp_FCVT_float(struct cpu *c, const struct a64_op *op)
{
	unsigned i = op->insn, from = BITS(i, 23, 22), to = BITS(i, 16, 15);
	vreg_t *n = &c->v[F_RN(i)];
	uint64_t r;

	if (from == to || from == 2 || to == 2)
		xlate_raise_undef(c, op);
	switch (from << 2 | to) {
	case 0 << 2 | 1: r = fpu_cvt_s_d(c, n->s[0]); break;
	case 0 << 2 | 3: r = fpu_cvt_s_h(c, n->s[0]); break;
	case 1 << 2 | 0: r = fpu_cvt_d_s(c, n->d[0]); break;
	case 1 << 2 | 3: r = fpu_cvt_d_h(c, n->d[0]); break;
	case 3 << 2 | 0: r = fpu_cvt_h_s(c, n->h[0]); break;
	default: r = fpu_cvt_h_d(c, n->h[0]); break;
	}
	c->v[F_RD(i)].d[0] = r;
	c->v[F_RD(i)].d[1] = 0;
}

static unsigned cvt_sz(struct cpu *c, const struct a64_op *op)
{
	unsigned t = BITS(op->insn, 23, 22);
	if (t > 1)
		xlate_raise_undef(c, op);
	return t;
}

/* FCVT{N,P,M,Z}{S,U} (scalar, integer): rmode bits 20..19 is the
 * rounding (RN, RP, RM, RZ), bit 16 unsigned. */
void interp_FCVTxx_float_int(struct cpu *c, const struct a64_op *op)
{
	unsigned i = op->insn, sz = cvt_sz(c, op), sf = F_SF(i);
	uint64_t r = fpu_to_fixed(c, fpr_get(c, F_RN(i), sz), sz, 0, BIT(i, 16), sf ? 64 : 32,
				  (int)BITS(i, 20, 19));
	set_xw(c, F_RD(i), sf, r);
}

/* FCVTA{S,U}: round to nearest with ties away from zero. */
void interp_FCVTAx_float_int(struct cpu *c, const struct a64_op *op)
{
	unsigned i = op->insn, sz = cvt_sz(c, op), sf = F_SF(i);
	uint64_t r = fpu_to_fixed(c, fpr_get(c, F_RN(i), sz), sz, 0, BIT(i, 16), sf ? 64 : 32,
				  FPU_RA);
	set_xw(c, F_RD(i), sf, r);
}

/* SCVTF/UCVTF (scalar, integer): bit 16 unsigned. */
void interp_xCVTF_float_int(struct cpu *c, const struct a64_op *op)
{
	unsigned i = op->insn, sz = cvt_sz(c, op), sf = F_SF(i);
	fpr_set(c, F_RD(i), fpu_from_fixed(c, reg_x(c, F_RN(i)), sz, 0, BIT(i, 16), sf ? 64 : 32),
		sz);
}

/* FMOV (general): sf:ftype:rmode:opcode<0> picks the form (Arm ARM C7.2,
 * FMOV (general)); opcode<0> = 1 moves general -> SIMD&FP. */
void interp_FMOV_float_gen(struct cpu *c, const struct a64_op *op)
{
	unsigned i = op->insn, d = F_RD(i), n = F_RN(i), to_fp = BIT(i, 16);
	unsigned form = F_SF(i) << 3 | BITS(i, 23, 22) << 1 | BIT(i, 19);

	switch (form) {
	case 0 << 3 | 0 << 1 | 0: /* 32-bit, single */
		if (to_fp)
			fpr_set(c, d, reg_w(c, n), 0);
		else
			set_w(c, d, c->v[n].s[0]);
		break;
	case 1 << 3 | 1 << 1 | 0: /* 64-bit, double */
		if (to_fp)
			fpr_set(c, d, reg_x(c, n), 1);
		else
			set_x(c, d, c->v[n].d[0]);
		break;
	case 1 << 3 | 2 << 1 | 1: /* 64-bit, top half of 128 */
		if (to_fp)
			c->v[d].d[1] = reg_x(c, n);
		else
			set_x(c, d, c->v[n].d[1]);
		break;
	default: /* half precision (FEAT_FP16) or unallocated */
		xlate_raise_undef(c, op);
	}
}

/* FCVTZS/FCVTZU (scalar, fixed-point): fbits = 64 - scale; a 32-bit
 * destination needs scale >= 32. */
void interp_FCVTZx_float_fix(struct cpu *c, const struct a64_op *op)
{
	unsigned i = op->insn, sz = cvt_sz(c, op), sf = F_SF(i), scale = BITS(i, 15, 10);
	uint64_t r;

	if (!sf && scale < 32)
		xlate_raise_undef(c, op);
	r = fpu_to_fixed(c, fpr_get(c, F_RN(i), sz), sz, 64 - (int)scale, BIT(i, 16),
			 sf ? 64 : 32, FPU_RZ);
	set_xw(c, F_RD(i), sf, r);
}

/* SCVTF/UCVTF (scalar, fixed-point). */
void interp_xCVTF_float_fix(struct cpu *c, const struct a64_op *op)
{
	unsigned i = op->insn, sz = cvt_sz(c, op), sf = F_SF(i), scale = BITS(i, 15, 10);

	if (!sf && scale < 32)
		xlate_raise_undef(c, op);
	fpr_set(c, F_RD(i), fpu_from_fixed(c, reg_x(c, F_RN(i)), sz, 64 - (int)scale, BIT(i, 16),
					   sf ? 64 : 32), sz);
}
