/*
 * simd_fp_misc.c -- AdvSIMD floating point two-register misc (vector and
 * scalar: conversions, rounding, compares against zero, estimates, FABS,
 * FNEG, FSQRT, FCVTL/FCVTN/FCVTXN) and the fixed-point conversions of the
 * shift-by-immediate groups (Arm ARM C4.1.96).  Handlers for those rows of
 * xlate/a64/simd_fp.def; the arithmetic is the FP core's (xlate/fpu.h).
 */
#include "xlate/fpu.h"
#include "xlate/interp.h"

/* A unary lane operation with up to two parameters. */
typedef uint64_t lane_fn(struct cpu *c, uint64_t x, unsigned sz, int p, int q);

static unsigned vec_lanes(struct cpu *c, const struct a64_op *op, unsigned *sz)
{
	unsigned q = BIT(op->insn, 30);

	*sz = BIT(op->insn, 22);
	if (*sz && !q)
		xlate_raise_undef(c, op);
	return *sz ? 2 : (q ? 4 : 2);
}

static void vec1(struct cpu *c, const struct a64_op *op, lane_fn *fn, int p, int q)
{
	unsigned sz, n = vec_lanes(c, op, &sz), k, i = op->insn;
	vreg_t a = c->v[F_RN(i)], r = {.q = 0};

	for (k = 0; k < n; k++)
		fpl_set(&r, k, fn(c, fpl_get(&a, k, sz), sz, p, q), sz);
	c->v[F_RD(i)] = r;
}

static void scalar1(struct cpu *c, const struct a64_op *op, lane_fn *fn, int p, int q)
{
	unsigned sz = BIT(op->insn, 22), i = op->insn;
	fpr_set(c, F_RD(i), fn(c, fpr_get(c, F_RN(i), sz), sz, p, q), sz);
}

/* vector (bit 30 is Q) or scalar (bits 31..30 = 01) form of a row */
static void run1(struct cpu *c, const struct a64_op *op, lane_fn *fn, int p, int q)
{
	if (BIT(op->insn, 28))
		scalar1(c, op, fn, p, q);
	else
		vec1(c, op, fn, p, q);
}

/* p = is_unsigned, q = rmode (fbits 0) */
static uint64_t l_cvt_to_int(struct cpu *c, uint64_t x, unsigned sz, int p, int q)
{
	return fpu_to_fixed(c, x, sz, 0, p, sz ? 64 : 32, q);
}

static uint64_t l_cvt_from_int(struct cpu *c, uint64_t x, unsigned sz, int p, int q)
{
	return fpu_from_fixed(c, x, sz, 0, p, sz ? 64 : 32);
}

/* p = rmode, q = exact (FRINTX) */
static uint64_t l_rint(struct cpu *c, uint64_t x, unsigned sz, int p, int q)
{
	return fpu_rint(c, x, sz, p, q);
}

/* p = enum fpu_cmpk, q = 1 to compare 0 <kind> x instead of x <kind> 0 */
static uint64_t l_cmp_zero(struct cpu *c, uint64_t x, unsigned sz, int p, int q)
{
	return q ? fpu_cmp_mask(c, 0, x, sz, p) : fpu_cmp_mask(c, x, 0, sz, p);
}

static uint64_t l_abs(struct cpu *c, uint64_t x, unsigned sz, int p, int q) { return fpu_abs(x, sz); }
static uint64_t l_neg(struct cpu *c, uint64_t x, unsigned sz, int p, int q) { return fpu_neg(x, sz); }
static uint64_t l_sqrt(struct cpu *c, uint64_t x, unsigned sz, int p, int q) { return fpu_sqrt(c, x, sz); }
static uint64_t l_recpe(struct cpu *c, uint64_t x, unsigned sz, int p, int q) { return fpu_recpe(c, x, sz); }
static uint64_t l_rsqrte(struct cpu *c, uint64_t x, unsigned sz, int p, int q) { return fpu_rsqrte(c, x, sz); }
static uint64_t l_recpx(struct cpu *c, uint64_t x, unsigned sz, int p, int q) { return fpu_recpx(c, x, sz); }

/* p = is_unsigned, q = fbits */
static uint64_t l_to_fix(struct cpu *c, uint64_t x, unsigned sz, int p, int q)
{
	return fpu_to_fixed(c, x, sz, q, p, sz ? 64 : 32, FPU_RZ);
}

static uint64_t l_from_fix(struct cpu *c, uint64_t x, unsigned sz, int p, int q)
{
	return fpu_from_fixed(c, x, sz, q, p, sz ? 64 : 32);
}

/* FCVT{N,M,P,Z}{S,U}: a (bit 23) and opcode<0> (bit 12) give N, M, P, Z. */
static void fcvt_xx(struct cpu *c, const struct a64_op *op)
{
	static const int mode[4] = {FPU_RN, FPU_RM, FPU_RP, FPU_RZ};
	unsigned i = op->insn;
	run1(c, op, l_cvt_to_int, (int)BIT(i, 29), mode[BIT(i, 23) << 1 | BIT(i, 12)]);
}

void interp_FCVTxx_vec(struct cpu *c, const struct a64_op *op) { fcvt_xx(c, op); }
void interp_FCVTxx_scalar(struct cpu *c, const struct a64_op *op) { fcvt_xx(c, op); }
void interp_FCVTAx_vec(struct cpu *c, const struct a64_op *op) { run1(c, op, l_cvt_to_int, (int)BIT(op->insn, 29), FPU_RA); }
void interp_FCVTAx_scalar(struct cpu *c, const struct a64_op *op) { run1(c, op, l_cvt_to_int, (int)BIT(op->insn, 29), FPU_RA); }
void interp_xCVTF_vec(struct cpu *c, const struct a64_op *op) { run1(c, op, l_cvt_from_int, (int)BIT(op->insn, 29), 0); }
void interp_xCVTF_scalar(struct cpu *c, const struct a64_op *op) { run1(c, op, l_cvt_from_int, (int)BIT(op->insn, 29), 0); }

/* FRINT (vector): U:a:opcode<0> = N, M, P, Z, A, X, -, I. */
void interp_FRINT_vec(struct cpu *c, const struct a64_op *op)
{
	static const signed char mode[8] = {FPU_RN, FPU_RM, FPU_RP, FPU_RZ, FPU_RA, -2, -1, -2};
	unsigned i = op->insn, sel = BIT(i, 29) << 2 | BIT(i, 23) << 1 | BIT(i, 12);
	int m = mode[sel];

	if (m == -1)
		xlate_raise_undef(c, op);
	if (m == -2)
		m = (int)((c->fpcr >> FPCR_RMODE_SHIFT) & 3);
	vec1(c, op, l_rint, m, sel == 5);
}

/* FCMGT/FCMEQ (U0), FCMGE/FCMLE (U1) #0.0: opcode<0> (bit 12) picks. */
static void fcm_zero(struct cpu *c, const struct a64_op *op)
{
	unsigned u = BIT(op->insn, 29), o = BIT(op->insn, 12);
	if (!u)
		run1(c, op, l_cmp_zero, o ? FPU_EQ : FPU_GT, 0);
	else
		run1(c, op, l_cmp_zero, FPU_GE, o); /* LE: 0 >= x */
}

void interp_FCMxx_zero_vec(struct cpu *c, const struct a64_op *op) { fcm_zero(c, op); }
void interp_FCMxx_zero_scalar(struct cpu *c, const struct a64_op *op) { fcm_zero(c, op); }
void interp_FCMLT_zero_vec(struct cpu *c, const struct a64_op *op) { run1(c, op, l_cmp_zero, FPU_GT, 1); }
void interp_FCMLT_zero_scalar(struct cpu *c, const struct a64_op *op) { run1(c, op, l_cmp_zero, FPU_GT, 1); }
void interp_FABS_vec(struct cpu *c, const struct a64_op *op) { vec1(c, op, l_abs, 0, 0); }
void interp_FNEG_vec(struct cpu *c, const struct a64_op *op) { vec1(c, op, l_neg, 0, 0); }
void interp_FSQRT_vec(struct cpu *c, const struct a64_op *op) { vec1(c, op, l_sqrt, 0, 0); }
void interp_FRECPE_vec(struct cpu *c, const struct a64_op *op) { vec1(c, op, l_recpe, 0, 0); }
void interp_FRSQRTE_vec(struct cpu *c, const struct a64_op *op) { vec1(c, op, l_rsqrte, 0, 0); }
void interp_FRECPE_scalar(struct cpu *c, const struct a64_op *op) { scalar1(c, op, l_recpe, 0, 0); }
void interp_FRSQRTE_scalar(struct cpu *c, const struct a64_op *op) { scalar1(c, op, l_rsqrte, 0, 0); }
void interp_FRECPX_scalar(struct cpu *c, const struct a64_op *op) { scalar1(c, op, l_recpx, 0, 0); }

/* FCVTN/FCVTN2: 4S -> 4H (sz 0) or 2D -> 2S (sz 1) into the low half of
 * Vd (upper half zeroed) or, for the "2" form (Q), its upper half. */
static void narrow(struct cpu *c, const struct a64_op *op, int rmode)
{
	unsigned i = op->insn, q = BIT(i, 30), sz = BIT(i, 22), k;
	vreg_t a = c->v[F_RN(i)], r = c->v[F_RD(i)];

	if (!q)
		r.d[1] = 0;
	r.d[q] = 0;
	if (sz) {
		for (k = 0; k < 2; k++)
			r.s[2 * q + k] = fpu_cvt_d_s_rmode(c, a.d[k], rmode);
	} else {
		for (k = 0; k < 4; k++)
			r.h[4 * q + k] = fpu_cvt_s_h(c, a.s[k]);
	}
	c->v[F_RD(i)] = r;
}

void interp_FCVTN_vec(struct cpu *c, const struct a64_op *op)
{
	narrow(c, op, (int)((c->fpcr >> FPCR_RMODE_SHIFT) & 3));
}

/* FCVTXN/FCVTXN2: 2D -> 2S rounding to odd; sz 0 is unallocated. */
void interp_FCVTXN_vec(struct cpu *c, const struct a64_op *op)
{
	if (!BIT(op->insn, 22))
		xlate_raise_undef(c, op);
	narrow(c, op, FPU_RO);
}

void interp_FCVTXN_scalar(struct cpu *c, const struct a64_op *op)
{
	unsigned i = op->insn;
	if (!BIT(i, 22))
		xlate_raise_undef(c, op);
	fpr_set(c, F_RD(i), fpu_cvt_d_s_rmode(c, c->v[F_RN(i)].d[0], FPU_RO), 0);
}

/* FCVTL/FCVTL2: 4H -> 4S (sz 0) or 2S -> 2D (sz 1) from the low or (Q)
 * the high half of Vn. */
void interp_FCVTL_vec(struct cpu *c, const struct a64_op *op)
{
	unsigned i = op->insn, q = BIT(i, 30), sz = BIT(i, 22), k;
	vreg_t a = c->v[F_RN(i)], r;

	if (sz) {
		for (k = 0; k < 2; k++)
			r.d[k] = fpu_cvt_s_d(c, a.s[2 * q + k]);
	} else {
		for (k = 0; k < 4; k++)
			r.s[k] = fpu_cvt_h_s(c, a.h[4 * q + k]);
	}
	c->v[F_RD(i)] = r;
}

/* ---- fixed point (shift by immediate): immh 1xxx = 64-bit lanes with
 * fbits = 128 - immh:immb, 01xx = 32-bit with 64 - immh:immb; 001x (FP16)
 * and 0000 are UNDEF. ---- */
static void fixed(struct cpu *c, const struct a64_op *op, lane_fn *fn)
{
	unsigned i = op->insn, immh = BITS(i, 22, 19), shift = BITS(i, 22, 16);
	unsigned sz = immh >> 3, scalar = BIT(i, 28);
	vreg_t a = c->v[F_RN(i)], r = {.q = 0};
	unsigned n, k;
	int fbits;

	if (immh < 4 || (!scalar && sz && !BIT(i, 30)))
		xlate_raise_undef(c, op);
	fbits = (int)((sz ? 128 : 64) - shift);
	n = scalar ? 1 : (sz ? 2 : (BIT(i, 30) ? 4 : 2));
	for (k = 0; k < n; k++)
		fpl_set(&r, k, fn(c, fpl_get(&a, k, sz), sz, (int)BIT(i, 29), fbits), sz);
	c->v[F_RD(i)] = r;
}

void interp_xCVTF_fix_vec(struct cpu *c, const struct a64_op *op) { fixed(c, op, l_from_fix); }
void interp_FCVTZx_fix_vec(struct cpu *c, const struct a64_op *op) { fixed(c, op, l_to_fix); }
void interp_xCVTF_fix_scalar(struct cpu *c, const struct a64_op *op) { fixed(c, op, l_from_fix); }
void interp_FCVTZx_fix_scalar(struct cpu *c, const struct a64_op *op) { fixed(c, op, l_to_fix); }
