/*
 * simd_fp.c -- AdvSIMD floating point: three same (vector and scalar),
 * pairwise (vector and scalar), across lanes, and by element (Arm ARM
 * C4.1.96).  Handlers for those rows of xlate/a64/simd_fp.def; every lane
 * goes through the FP core (xlate/fpu.h), in lane order, so cumulative
 * FPSR flags are those of the Arm ARM's per-element loop.
 */
#include "xlate/fpu.h"
#include "xlate/interp.h"

/* Lanes of a vector FP row: sz (bit 22) 0 = 2S/4S, 1 = 2D (Q must be 1). */
static unsigned vec_lanes(struct cpu *c, const struct a64_op *op, unsigned *sz)
{
	unsigned q = BIT(op->insn, 30);

	*sz = BIT(op->insn, 22);
	if (*sz && !q)
		xlate_raise_undef(c, op);
	return *sz ? 2 : (q ? 4 : 2);
}

static uint64_t cmeq(struct cpu *c, uint64_t a, uint64_t b, unsigned sz) { return fpu_cmp_mask(c, a, b, sz, FPU_EQ); }
static uint64_t cmge(struct cpu *c, uint64_t a, uint64_t b, unsigned sz) { return fpu_cmp_mask(c, a, b, sz, FPU_GE); }
static uint64_t cmgt(struct cpu *c, uint64_t a, uint64_t b, unsigned sz) { return fpu_cmp_mask(c, a, b, sz, FPU_GT); }
static uint64_t acge(struct cpu *c, uint64_t a, uint64_t b, unsigned sz) { return fpu_cmp_mask(c, a, b, sz, FPU_AGE); }
static uint64_t acgt(struct cpu *c, uint64_t a, uint64_t b, unsigned sz) { return fpu_cmp_mask(c, a, b, sz, FPU_AGT); }

/* ---- three same ---- */

static void vec2(struct cpu *c, const struct a64_op *op, fpu_fn2 *fn)
{
	unsigned sz, n = vec_lanes(c, op, &sz), k, i = op->insn;
	vreg_t a = c->v[F_RN(i)], b = c->v[F_RM(i)], r = {.q = 0};

	for (k = 0; k < n; k++)
		fpl_set(&r, k, fn(c, fpl_get(&a, k, sz), fpl_get(&b, k, sz), sz), sz);
	c->v[F_RD(i)] = r;
}

/* Pairwise: the lanes of Vm:Vn (Vn lowest) added in adjacent pairs. */
static void vec2p(struct cpu *c, const struct a64_op *op, fpu_fn2 *fn)
{
	unsigned sz, n = vec_lanes(c, op, &sz), k, i = op->insn;
	vreg_t cat[2] = {c->v[F_RN(i)], c->v[F_RM(i)]}, r = {.q = 0};
	uint64_t x, y;

	for (k = 0; k < n; k++) {
		x = fpl_get(&cat[(2 * k) / n], (2 * k) % n, sz);
		y = fpl_get(&cat[(2 * k + 1) / n], (2 * k + 1) % n, sz);
		fpl_set(&r, k, fn(c, x, y, sz), sz);
	}
	c->v[F_RD(i)] = r;
}

static void scalar2(struct cpu *c, const struct a64_op *op, fpu_fn2 *fn)
{
	unsigned sz = BIT(op->insn, 22), i = op->insn;
	fpr_set(c, F_RD(i), fn(c, fpr_get(c, F_RN(i), sz), fpr_get(c, F_RM(i), sz), sz), sz);
}

#define VEC2(name, fn) \
	void interp_##name(struct cpu *c, const struct a64_op *op) { vec2(c, op, fn); }
#define VEC2P(name, fn) \
	void interp_##name(struct cpu *c, const struct a64_op *op) { vec2p(c, op, fn); }
#define SCALAR2(name, fn) \
	void interp_##name(struct cpu *c, const struct a64_op *op) { scalar2(c, op, fn); }

VEC2(FMAXNM_vec, fpu_maxnm)
VEC2(FADD_vec, fpu_add)
VEC2(FMULX_vec, fpu_mulx)
VEC2(FCMEQ_reg_vec, cmeq)
VEC2(FMAX_vec, fpu_max)
VEC2(FRECPS_vec, fpu_recps)
VEC2(FMINNM_vec, fpu_minnm)
VEC2(FSUB_vec, fpu_sub)
VEC2(FMIN_vec, fpu_min)
VEC2(FRSQRTS_vec, fpu_rsqrts)
VEC2(FMUL_vec, fpu_mul)
VEC2(FCMGE_reg_vec, cmge)
VEC2(FACGE_vec, acge)
VEC2(FDIV_vec, fpu_div)
VEC2(FABD_vec, fpu_abd)
VEC2(FCMGT_reg_vec, cmgt)
VEC2(FACGT_vec, acgt)
VEC2P(FMAXNMP_vec, fpu_maxnm)
VEC2P(FADDP_vec, fpu_add)
VEC2P(FMAXP_vec, fpu_max)
VEC2P(FMINNMP_vec, fpu_minnm)
VEC2P(FMINP_vec, fpu_min)
SCALAR2(FMULX_scalar, fpu_mulx)
SCALAR2(FCMEQ_reg_scalar, cmeq)
SCALAR2(FRECPS_scalar, fpu_recps)
SCALAR2(FRSQRTS_scalar, fpu_rsqrts)
SCALAR2(FCMGE_reg_scalar, cmge)
SCALAR2(FACGE_scalar, acge)
SCALAR2(FABD_scalar, fpu_abd)
SCALAR2(FCMGT_reg_scalar, cmgt)
SCALAR2(FACGT_scalar, acgt)

/* FMLA/FMLS (vector): Vd + (-)Vn * Vm, fused, per lane. */
static void vec_fmla(struct cpu *c, const struct a64_op *op, int neg)
{
	unsigned sz, n = vec_lanes(c, op, &sz), k, i = op->insn;
	vreg_t a = c->v[F_RN(i)], b = c->v[F_RM(i)], r = {.q = 0}, *d = &c->v[F_RD(i)];
	uint64_t x;

	for (k = 0; k < n; k++) {
		x = fpl_get(&a, k, sz);
		if (neg)
			x = fpu_neg(x, sz);
		fpl_set(&r, k, fpu_muladd(c, fpl_get(d, k, sz), x, fpl_get(&b, k, sz), sz), sz);
	}
	*d = r;
}

void interp_FMLA_vec(struct cpu *c, const struct a64_op *op) { vec_fmla(c, op, 0); }
void interp_FMLS_vec(struct cpu *c, const struct a64_op *op) { vec_fmla(c, op, 1); }

/* ---- across lanes: 4S only; Reduce() halves recursively ---- */

static void across(struct cpu *c, const struct a64_op *op, fpu_fn2 *fn)
{
	unsigned i = op->insn;
	const vreg_t *v = &c->v[F_RN(i)];
	uint64_t lo, hi;

	if (!BIT(i, 30) || BIT(i, 22))
		xlate_raise_undef(c, op);
	lo = fn(c, v->s[0], v->s[1], 0);
	hi = fn(c, v->s[2], v->s[3], 0);
	fpr_set(c, F_RD(i), fn(c, lo, hi, 0), 0);
}

void interp_FMAXNMV(struct cpu *c, const struct a64_op *op) { across(c, op, fpu_maxnm); }
void interp_FMAXV(struct cpu *c, const struct a64_op *op) { across(c, op, fpu_max); }
void interp_FMINNMV(struct cpu *c, const struct a64_op *op) { across(c, op, fpu_minnm); }
void interp_FMINV(struct cpu *c, const struct a64_op *op) { across(c, op, fpu_min); }

/* ---- scalar pairwise: the two lanes of the low 64 (2S) or 128 (2D) bits ---- */

static void pairwise(struct cpu *c, const struct a64_op *op, fpu_fn2 *fn)
{
	unsigned sz = BIT(op->insn, 22), i = op->insn;
	const vreg_t *v = &c->v[F_RN(i)];
	fpr_set(c, F_RD(i), fn(c, fpl_get(v, 0, sz), fpl_get(v, 1, sz), sz), sz);
}

void interp_FMAXNMP_scalar(struct cpu *c, const struct a64_op *op) { pairwise(c, op, fpu_maxnm); }
void interp_FADDP_scalar(struct cpu *c, const struct a64_op *op) { pairwise(c, op, fpu_add); }
void interp_FMAXP_scalar(struct cpu *c, const struct a64_op *op) { pairwise(c, op, fpu_max); }
void interp_FMINNMP_scalar(struct cpu *c, const struct a64_op *op) { pairwise(c, op, fpu_minnm); }
void interp_FMINP_scalar(struct cpu *c, const struct a64_op *op) { pairwise(c, op, fpu_min); }

/* ---- by element ---- */

enum { EL_FMLA, EL_FMLS, EL_FMUL, EL_FMULX };

/* The element Vm[index]: Rm = M:Rm; index H:L (single) or H (double, L
 * must be 0). */
static uint64_t elem_operand(struct cpu *c, const struct a64_op *op, unsigned sz)
{
	unsigned i = op->insn, idx;

	if (sz && BIT(i, 21))
		xlate_raise_undef(c, op);
	idx = sz ? BIT(i, 11) : (BIT(i, 11) << 1 | BIT(i, 21));
	return fpl_get(&c->v[BITS(i, 20, 16)], idx, sz);
}

static uint64_t elem_op(struct cpu *c, int kind, uint64_t acc, uint64_t x, uint64_t e, unsigned sz)
{
	switch (kind) {
	case EL_FMLA: return fpu_muladd(c, acc, x, e, sz);
	case EL_FMLS: return fpu_muladd(c, acc, fpu_neg(x, sz), e, sz);
	case EL_FMUL: return fpu_mul(c, x, e, sz);
	default: return fpu_mulx(c, x, e, sz);
	}
}

static void vec_elem(struct cpu *c, const struct a64_op *op, int kind)
{
	unsigned sz, n = vec_lanes(c, op, &sz), k, i = op->insn;
	uint64_t e = elem_operand(c, op, sz);
	vreg_t a = c->v[F_RN(i)], r = {.q = 0}, *d = &c->v[F_RD(i)];

	for (k = 0; k < n; k++)
		fpl_set(&r, k, elem_op(c, kind, fpl_get(d, k, sz), fpl_get(&a, k, sz), e, sz), sz);
	*d = r;
}

static void scalar_elem(struct cpu *c, const struct a64_op *op, int kind)
{
	unsigned sz = BIT(op->insn, 22), i = op->insn;
	uint64_t e = elem_operand(c, op, sz);
	fpr_set(c, F_RD(i), elem_op(c, kind, fpr_get(c, F_RD(i), sz), fpr_get(c, F_RN(i), sz), e, sz),
		sz);
}

void interp_FMLA_elem(struct cpu *c, const struct a64_op *op) { vec_elem(c, op, EL_FMLA); }
void interp_FMLS_elem(struct cpu *c, const struct a64_op *op) { vec_elem(c, op, EL_FMLS); }
void interp_FMUL_elem(struct cpu *c, const struct a64_op *op) { vec_elem(c, op, EL_FMUL); }
void interp_FMULX_elem(struct cpu *c, const struct a64_op *op) { vec_elem(c, op, EL_FMULX); }
void interp_FMLA_elem_scalar(struct cpu *c, const struct a64_op *op) { scalar_elem(c, op, EL_FMLA); }
void interp_FMLS_elem_scalar(struct cpu *c, const struct a64_op *op) { scalar_elem(c, op, EL_FMLS); }
void interp_FMUL_elem_scalar(struct cpu *c, const struct a64_op *op) { scalar_elem(c, op, EL_FMUL); }
void interp_FMULX_elem_scalar(struct cpu *c, const struct a64_op *op) { scalar_elem(c, op, EL_FMULX); }
