/*
 * simd_two_misc.c -- AdvSIMD two-register miscellaneous and AdvSIMD scalar
 * two-register miscellaneous, integer rows (Arm ARM C4.1.96): REV*, CLS,
 * CLZ, CNT, NOT, RBIT, ABS, NEG, SQABS, SQNEG, SUQADD, USQADD, compares
 * against zero, pairwise add long, narrowing (XTN, SQXTN, ...), SHLL and
 * the integer estimates URECPE/URSQRTE.  Handlers for rows in
 * xlate/a64/simd.def; the floating-point rows are in simd_fp.def.
 */
#include "xlate/simd.h"

/* Unary elementwise forms: EXPR sees x = Vn lane and d = old Vd lane.
 * Without side effects every lane is computed (vectorisable loop) and the
 * upper half zeroed for Q=0; the saturating forms (_QC) stop at the
 * architectural element count so that only those lanes set FPSR.QC. */
#define MISC_VEC_N(name, reserved, SG, EXPR, COUNT)                         \
	void interp_##name(struct cpu *c, const struct a64_op *op)          \
	{                                                                   \
		uint32_t insn = op->insn;                                   \
		unsigned q = F_Q(insn), size = F_SIZE(insn), qc = 0;        \
		vreg_t a = c->v[F_RN(insn)], r = c->v[F_RD(insn)];          \
		if (reserved)                                               \
			xlate_raise_undef(c, op);                           \
		SIMD_EW2(size, COUNT, r, a, a, SG, EXPR);                   \
		if (qc)                                                     \
			simd_set_qc(c);                                     \
		vset(c, F_RD(insn), r, q);                                  \
	}
#define MISC_VEC(name, reserved, SG, EXPR) MISC_VEC_N(name, reserved, SG, EXPR, SIMD_ALL)
#define MISC_VEC_QC(name, reserved, SG, EXPR) \
	MISC_VEC_N(name, reserved, SG, EXPR, simd_elems(q, size))

#define MISC_SCALAR(name, reserved, SG, EXPR)                               \
	void interp_##name(struct cpu *c, const struct a64_op *op)          \
	{                                                                   \
		uint32_t insn = op->insn;                                   \
		unsigned size = F_SIZE(insn), qc = 0;                       \
		vreg_t a = c->v[F_RN(insn)], r = c->v[F_RD(insn)];          \
		if (reserved)                                               \
			xlate_raise_undef(c, op);                           \
		SIMD_EW2(size, 1, r, a, a, SG, EXPR);                       \
		if (qc)                                                     \
			simd_set_qc(c);                                     \
		vset_scalar(c, F_RD(insn), lane_u(&r, size, 0), 8u << size); \
	}

#define ONES (-1)
#define RES_1D (size == 3 && !q)
#define RES_D (size == 3)
#define RES_NOT_D (size != 3)

/* CountLeadingSignBits / CountLeadingZeroBits at lane width (Arm ARM J1). */
static inline unsigned clz_n(uint64_t x, unsigned esize)
{
	return x ? (unsigned)__builtin_clzll(x) - (64 - esize) : esize;
}
static inline unsigned cls_n(int64_t x, unsigned esize)
{
	uint64_t u = (uint64_t)(x ^ (x >> 63));
	return clz_n(u, esize) - 1;
}

static inline uint8_t rbit8(uint8_t x)
{
	x = (uint8_t)((x & 0xf0) >> 4 | (x & 0x0f) << 4);
	x = (uint8_t)((x & 0xcc) >> 2 | (x & 0x33) << 2);
	return (uint8_t)((x & 0xaa) >> 1 | (x & 0x55) << 1);
}

MISC_VEC(CLS_vec, RES_D, S, cls_n(x, ESIZE))
MISC_VEC(CLZ_vec, RES_D, U, clz_n(x, ESIZE))
MISC_VEC(ABS, RES_1D, S, x < 0 ? -(wide_t)x : x)
MISC_VEC(NEG_vec, RES_1D, S, -(wide_t)x)
MISC_VEC_QC(SQABS, RES_1D, S, sat_s(x < 0 ? -(wide_t)x : x, ESIZE, &qc))
MISC_VEC_QC(SQNEG, RES_1D, S, sat_s(-(wide_t)x, ESIZE, &qc))
MISC_VEC(CMGT_zero, RES_1D, S, x > 0 ? ONES : 0)
MISC_VEC(CMGE_zero, RES_1D, S, x >= 0 ? ONES : 0)
MISC_VEC(CMEQ_zero, RES_1D, S, x == 0 ? ONES : 0)
MISC_VEC(CMLE_zero, RES_1D, S, x <= 0 ? ONES : 0)
MISC_VEC(CMLT_zero, RES_1D, S, x < 0 ? ONES : 0)

/* CNT: per-byte population count (bytes only), computed on 64-bit words
 * since the host may lack a popcount instruction. */
static inline uint64_t popcount_bytes(uint64_t x)
{
	x = x - ((x >> 1) & 0x5555555555555555ull);
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	return (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
}

void interp_CNT(struct cpu *c, const struct a64_op *op)
{
	vreg_t r = c->v[F_RN(op->insn)];
	if (F_SIZE(op->insn) != 0)
		xlate_raise_undef(c, op);
	r.d[0] = popcount_bytes(r.d[0]);
	r.d[1] = popcount_bytes(r.d[1]);
	vset(c, F_RD(op->insn), r, F_Q(op->insn));
}

/* NOT and RBIT: size is part of the opcode; the lanes are bytes. */
void interp_NOT(struct cpu *c, const struct a64_op *op)
{
	vreg_t r = c->v[F_RN(op->insn)];
	r.q = ~r.q;
	vset(c, F_RD(op->insn), r, F_Q(op->insn));
}

void interp_RBIT_vec(struct cpu *c, const struct a64_op *op)
{
	vreg_t r = c->v[F_RN(op->insn)];
	for (unsigned i = 0; i < 16; i++)
		r.b[i] = rbit8(r.b[i]);
	vset(c, F_RD(op->insn), r, F_Q(op->insn));
}

MISC_SCALAR(ABS_scalar, RES_NOT_D, S, x < 0 ? -(wide_t)x : x)
MISC_SCALAR(NEG_vec_scalar, RES_NOT_D, S, -(wide_t)x)
MISC_SCALAR(SQABS_scalar, 0, S, sat_s(x < 0 ? -(wide_t)x : x, ESIZE, &qc))
MISC_SCALAR(SQNEG_scalar, 0, S, sat_s(-(wide_t)x, ESIZE, &qc))
MISC_SCALAR(CMGT_zero_scalar, RES_NOT_D, S, x > 0 ? ONES : 0)
MISC_SCALAR(CMGE_zero_scalar, RES_NOT_D, S, x >= 0 ? ONES : 0)
MISC_SCALAR(CMEQ_zero_scalar, RES_NOT_D, S, x == 0 ? ONES : 0)
MISC_SCALAR(CMLE_zero_scalar, RES_NOT_D, S, x <= 0 ? ONES : 0)
MISC_SCALAR(CMLT_zero_scalar, RES_NOT_D, S, x < 0 ? ONES : 0)

/* SUQADD: signed Vd + unsigned Vn, saturated signed; USQADD: unsigned Vd +
 * signed Vn, saturated unsigned.  n = 1 for the scalar forms. */
static inline void add_mixed_sat(struct cpu *c, const struct a64_op *op, int scalar, int suq)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), size = F_SIZE(insn), qc = 0, esize = 8u << size;
	unsigned n = scalar ? 1 : simd_elems(q, size);
	const vreg_t *vn = &c->v[F_RN(insn)];
	vreg_t r = c->v[F_RD(insn)];

	if (!scalar && size == 3 && !q)
		xlate_raise_undef(c, op);
	for (unsigned i = 0; i < n; i++) {
		__int128 v;
		if (suq) {
			v = (__int128)lane_s(&r, size, i) + lane_u(vn, size, i);
			lane_set(&r, size, i, (uint64_t)sat_s(v, esize, &qc));
		} else {
			v = (__int128)lane_u(&r, size, i) + lane_s(vn, size, i);
			lane_set(&r, size, i, sat_u(v, esize, &qc));
		}
	}
	if (qc)
		simd_set_qc(c);
	if (scalar)
		vset_scalar(c, F_RD(insn), lane_u(&r, size, 0), esize);
	else
		vset(c, F_RD(insn), r, q);
}

void interp_SUQADD(struct cpu *c, const struct a64_op *op) { add_mixed_sat(c, op, 0, 1); }
void interp_USQADD(struct cpu *c, const struct a64_op *op) { add_mixed_sat(c, op, 0, 0); }
void interp_SUQADD_scalar(struct cpu *c, const struct a64_op *op) { add_mixed_sat(c, op, 1, 1); }
void interp_USQADD_scalar(struct cpu *c, const struct a64_op *op) { add_mixed_sat(c, op, 1, 0); }

/* REV16/REV32/REV64: reverse the elements of size inside each container
 * of 2^clog2 bytes; sizes not smaller than the container are reserved. */
static inline void rev_elems(struct cpu *c, const struct a64_op *op, unsigned clog2)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), size = F_SIZE(insn);
	unsigned cb = 1u << clog2, eb = 1u << size;
	vreg_t n = c->v[F_RN(insn)], r;

	if (size >= clog2)
		xlate_raise_undef(c, op);
	for (unsigned i = 0; i < 16; i++) {
		unsigned o = i & (cb - 1);
		r.b[i] = n.b[(i - o) + (cb - eb - (o & ~(eb - 1))) + (o & (eb - 1))];
	}
	vset(c, F_RD(insn), r, q);
}

void interp_REV16_vec(struct cpu *c, const struct a64_op *op) { rev_elems(c, op, 1); }
void interp_REV32_vec(struct cpu *c, const struct a64_op *op) { rev_elems(c, op, 2); }
void interp_REV64(struct cpu *c, const struct a64_op *op) { rev_elems(c, op, 3); }

/* SADDLP/UADDLP (acc=0) and SADALP/UADALP (acc=1): adjacent pairs added
 * into lanes of twice the width. */
static inline void add_long_pairwise(struct cpu *c, const struct a64_op *op, int uns, int acc)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), size = F_SIZE(insn);
	vreg_t n = c->v[F_RN(insn)], r = c->v[F_RD(insn)];

	if (size == 3)
		xlate_raise_undef(c, op);
#define ADDLP_LANES(NU, NS, WU, WS, NE)                                     \
	for (unsigned i = 0; i < NE; i++) {                                 \
		uint64_t s = uns ? (uint64_t)n.NU[2 * i] + n.NU[2 * i + 1]  \
				 : (uint64_t)((int64_t)n.NS[2 * i] + n.NS[2 * i + 1]); \
		r.WU[i] = (__typeof__(r.WU[0]))(s + (acc ? r.WU[i] : 0));  \
	}
	SIMD_LONG_SWITCH(size, ADDLP_LANES);
#undef ADDLP_LANES
	vset(c, F_RD(insn), r, q);
}

void interp_SADDLP(struct cpu *c, const struct a64_op *op) { add_long_pairwise(c, op, 0, 0); }
void interp_UADDLP(struct cpu *c, const struct a64_op *op) { add_long_pairwise(c, op, 1, 0); }
void interp_SADALP(struct cpu *c, const struct a64_op *op) { add_long_pairwise(c, op, 0, 1); }
void interp_UADALP(struct cpu *c, const struct a64_op *op) { add_long_pairwise(c, op, 1, 1); }

enum narrow_kind { NARROW_TRUNC, NARROW_SS, NARROW_UU, NARROW_SU };

/* narrow_elem -- one 2*esize source lane narrowed to esize bits. */
static inline uint64_t narrow_elem(const vreg_t *n, unsigned size, unsigned i,
				   enum narrow_kind k, unsigned *qc)
{
	unsigned esize = 8u << size;
	switch (k) {
	case NARROW_SS: return (uint64_t)sat_s(lane_s(n, size + 1, i), esize, qc);
	case NARROW_UU: return sat_u(lane_u(n, size + 1, i), esize, qc);
	case NARROW_SU: return sat_u(lane_s(n, size + 1, i), esize, qc);
	default: return lane_u(n, size + 1, i);
	}
}

/* XTN{2}, SQXTN{2}, UQXTN{2}, SQXTUN{2}: the narrowed lanes go to the low
 * half (upper zeroed) or, for the 2 forms (Q=1), to the high half with the
 * low half kept (Arm ARM Vpart). */
static inline void narrow_vec(struct cpu *c, const struct a64_op *op, enum narrow_kind k)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), size = F_SIZE(insn), qc = 0, elems = 8u >> size;
	vreg_t n = c->v[F_RN(insn)], r = c->v[F_RD(insn)];

	if (size == 3)
		xlate_raise_undef(c, op);
	if (k == NARROW_TRUNC) {
#define XTN_LANES(NU, NS, WU, WS, NE)                                       \
	for (unsigned i = 0; i < NE; i++)                                   \
		r.NU[q * NE + i] = (__typeof__(r.NU[0]))n.WU[i]
		SIMD_LONG_SWITCH(size, XTN_LANES);
#undef XTN_LANES
	} else {
		for (unsigned i = 0; i < elems; i++)
			lane_set(&r, size, q * elems + i, narrow_elem(&n, size, i, k, &qc));
	}
	if (qc)
		simd_set_qc(c);
	if (!q)
		r.d[1] = 0;
	c->v[F_RD(insn)] = r;
}

void interp_XTN(struct cpu *c, const struct a64_op *op) { narrow_vec(c, op, NARROW_TRUNC); }
void interp_SQXTN(struct cpu *c, const struct a64_op *op) { narrow_vec(c, op, NARROW_SS); }
void interp_UQXTN(struct cpu *c, const struct a64_op *op) { narrow_vec(c, op, NARROW_UU); }
void interp_SQXTUN(struct cpu *c, const struct a64_op *op) { narrow_vec(c, op, NARROW_SU); }

static inline void narrow_scalar(struct cpu *c, const struct a64_op *op, enum narrow_kind k)
{
	uint32_t insn = op->insn;
	unsigned size = F_SIZE(insn), qc = 0;
	vreg_t n = c->v[F_RN(insn)];
	uint64_t v;

	if (size == 3)
		xlate_raise_undef(c, op);
	v = narrow_elem(&n, size, 0, k, &qc);
	if (qc)
		simd_set_qc(c);
	vset_scalar(c, F_RD(insn), v, 8u << size);
}

void interp_SQXTN_scalar(struct cpu *c, const struct a64_op *op) { narrow_scalar(c, op, NARROW_SS); }
void interp_UQXTN_scalar(struct cpu *c, const struct a64_op *op) { narrow_scalar(c, op, NARROW_UU); }
void interp_SQXTUN_scalar(struct cpu *c, const struct a64_op *op) { narrow_scalar(c, op, NARROW_SU); }

/* SHLL{2}: each lane of the selected half shifted left by its width into
 * a lane of twice the width. */
void interp_SHLL(struct cpu *c, const struct a64_op *op)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), size = F_SIZE(insn), elems = 8u >> size;
	vreg_t n = c->v[F_RN(insn)], r;

	if (size == 3)
		xlate_raise_undef(c, op);
	for (unsigned i = 0; i < elems; i++)
		lane_set(&r, size + 1, i, lane_u(&n, size, q * elems + i) << (8u << size));
	c->v[F_RD(insn)] = r;
}

/* RecipEstimate and RecipSqrtEstimate for 9-bit inputs (Arm ARM J1). */
static unsigned recip_estimate(unsigned a)
{
	a = a * 2 + 1;
	return ((1u << 19) / a + 1) / 2;
}

static unsigned rsqrt_estimate(unsigned a)
{
	uint64_t b = 512;
	if (a < 256)
		a = a * 2 + 1;
	else
		a = ((a >> 1) << 1) * 2 + 2;
	while ((uint64_t)a * (b + 1) * (b + 1) < (1ull << 28))
		b++;
	return (unsigned)(b + 1) / 2;
}

/* URECPE / URSQRTE (UnsignedRecipEstimate, UnsignedRSqrtEstimate): 32-bit
 * lanes only (size = 10). */
static inline void unsigned_estimate(struct cpu *c, const struct a64_op *op, int rsqrt)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn);
	vreg_t n = c->v[F_RN(insn)], r;

	if (BIT(insn, 22))
		xlate_raise_undef(c, op);
	for (unsigned i = 0; i < 4; i++) {
		uint32_t x = n.s[i];
		if (rsqrt)
			r.s[i] = (x >> 30) == 0 ? ~0u : rsqrt_estimate(x >> 23) << 23;
		else
			r.s[i] = (x >> 31) == 0 ? ~0u : recip_estimate(x >> 23) << 23;
	}
	vset(c, F_RD(insn), r, q);
}

void interp_URECPE(struct cpu *c, const struct a64_op *op) { unsigned_estimate(c, op, 0); }
void interp_URSQRTE(struct cpu *c, const struct a64_op *op) { unsigned_estimate(c, op, 1); }
