/*
 * simd_elem.c -- AdvSIMD vector x indexed element and AdvSIMD scalar x
 * indexed element, integer rows (Arm ARM C4.1.96): MUL, MLA, MLS, the long
 * multiplies (SMULL ... SQDMLSL) and SQDMULH/SQRDMULH by element.
 * Handlers for rows in xlate/a64/simd.def; FMLA/FMUL by element are in
 * simd_fp.def.
 *
 * Only 16-bit (index H:L:M, Vm in V0-V15) and 32-bit (index H:L, Vm is
 * M:Rm) elements exist for the integer forms; size 00 and 11 are reserved.
 */
#include "xlate/simd.h"

/* elem_operand -- the indexed element of Vm, sign- or zero-extended;
 * raises undef for the reserved sizes. */
static inline int64_t elem_operand(struct cpu *c, const struct a64_op *op, int uns)
{
	uint32_t insn = op->insn;
	unsigned size = F_SIZE(insn), h = BIT(insn, 11), l = BIT(insn, 21), m = BIT(insn, 20);
	unsigned rm = BITS(insn, 19, 16), index;

	if (size == 1) {
		index = h << 2 | l << 1 | m;
	} else if (size == 2) {
		index = h << 1 | l;
		rm |= m << 4;
	} else {
		xlate_raise_undef(c, op);
	}
	return uns ? (int64_t)lane_u(&c->v[rm], size, index) : lane_s(&c->v[rm], size, index);
}

enum elem_kind { E_MUL, E_MLA, E_MLS, E_QDMULH, E_QRDMULH };

/* Same-width forms: every lane of Vn against the element. */
static inline void elem_same(struct cpu *c, const struct a64_op *op, enum elem_kind k, int scalar)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), size = F_SIZE(insn), qc = 0, esize = 8u << size;
	int64_t elem = elem_operand(c, op, 0);
	unsigned elems = scalar ? 1 : simd_elems(q, size);
	vreg_t n = c->v[F_RN(insn)], r = c->v[F_RD(insn)], b;

	/* The element replicated, then the same elementwise loops as the
	 * vector forms (typed lanes, vectorisable for MUL/MLA/MLS). */
	for (unsigned i = 0; i < (16u >> size); i++)
		lane_set(&b, size, i, (uint64_t)elem);
	switch (k) {
	case E_MUL: SIMD_EW2(size, SIMD_ALL, r, n, b, U, (wide_t)x * y); break;
	case E_MLA: SIMD_EW2(size, SIMD_ALL, r, n, b, U, d + (wide_t)x * y); break;
	case E_MLS: SIMD_EW2(size, SIMD_ALL, r, n, b, U, d - (wide_t)x * y); break;
	case E_QDMULH:
		SIMD_EW2(size, elems, r, n, b, S, sat_s(((__int128)x * y * 2) >> ESIZE, ESIZE, &qc));
		break;
	default:
		SIMD_EW2(size, elems, r, n, b, S,
			 sat_s(((__int128)x * y * 2 + ((__int128)1 << (ESIZE - 1))) >> ESIZE, ESIZE, &qc));
		break;
	}
	if (qc)
		simd_set_qc(c);
	if (scalar)
		vset_scalar(c, F_RD(insn), lane_u(&r, size, 0), esize);
	else
		vset(c, F_RD(insn), r, q);
}

void interp_MUL_elem(struct cpu *c, const struct a64_op *op) { elem_same(c, op, E_MUL, 0); }
void interp_MLA_elem(struct cpu *c, const struct a64_op *op) { elem_same(c, op, E_MLA, 0); }
void interp_MLS_elem(struct cpu *c, const struct a64_op *op) { elem_same(c, op, E_MLS, 0); }
void interp_SQDMULH_elem(struct cpu *c, const struct a64_op *op) { elem_same(c, op, E_QDMULH, 0); }
void interp_SQRDMULH_elem(struct cpu *c, const struct a64_op *op) { elem_same(c, op, E_QRDMULH, 0); }
void interp_SQDMULH_elem_scalar(struct cpu *c, const struct a64_op *op) { elem_same(c, op, E_QDMULH, 1); }
void interp_SQRDMULH_elem_scalar(struct cpu *c, const struct a64_op *op) { elem_same(c, op, E_QRDMULH, 1); }

/* Long forms: lanes of the selected half of Vn (the 2 forms take the upper
 * half) against the element, into 2*esize lanes. */
static inline void elem_long(struct cpu *c, const struct a64_op *op, enum simd_mull_kind k,
			     int uns, int scalar)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), size = F_SIZE(insn), qc = 0, esize = 8u << size;
	int64_t y = elem_operand(c, op, uns);
	unsigned elems = scalar ? 1 : 8u >> size, base = scalar ? 0 : q * elems;
	int sat = k >= MULL_QD;
	vreg_t n = c->v[F_RN(insn)], r = c->v[F_RD(insn)];

	for (unsigned i = 0; i < elems; i++) {
		int64_t x = uns ? (int64_t)lane_u(&n, size, base + i) : lane_s(&n, size, base + i);
		int64_t d = sat ? lane_s(&r, size + 1, i) : (int64_t)lane_u(&r, size + 1, i);
		lane_set(&r, size + 1, i, simd_mull(k, x, y, d, uns, esize, &qc));
	}
	if (qc)
		simd_set_qc(c);
	if (scalar)
		vset_scalar(c, F_RD(insn), lane_u(&r, size + 1, 0), 2 * esize);
	else
		c->v[F_RD(insn)] = r;
}

void interp_SMULL_elem(struct cpu *c, const struct a64_op *op) { elem_long(c, op, MULL_PLAIN, 0, 0); }
void interp_UMULL_elem(struct cpu *c, const struct a64_op *op) { elem_long(c, op, MULL_PLAIN, 1, 0); }
void interp_SMLAL_elem(struct cpu *c, const struct a64_op *op) { elem_long(c, op, MULL_ACC, 0, 0); }
void interp_UMLAL_elem(struct cpu *c, const struct a64_op *op) { elem_long(c, op, MULL_ACC, 1, 0); }
void interp_SMLSL_elem(struct cpu *c, const struct a64_op *op) { elem_long(c, op, MULL_SUB, 0, 0); }
void interp_UMLSL_elem(struct cpu *c, const struct a64_op *op) { elem_long(c, op, MULL_SUB, 1, 0); }
void interp_SQDMULL_elem(struct cpu *c, const struct a64_op *op) { elem_long(c, op, MULL_QD, 0, 0); }
void interp_SQDMLAL_elem(struct cpu *c, const struct a64_op *op) { elem_long(c, op, MULL_QDACC, 0, 0); }
void interp_SQDMLSL_elem(struct cpu *c, const struct a64_op *op) { elem_long(c, op, MULL_QDSUB, 0, 0); }
void interp_SQDMULL_elem_scalar(struct cpu *c, const struct a64_op *op) { elem_long(c, op, MULL_QD, 0, 1); }
void interp_SQDMLAL_elem_scalar(struct cpu *c, const struct a64_op *op) { elem_long(c, op, MULL_QDACC, 0, 1); }
void interp_SQDMLSL_elem_scalar(struct cpu *c, const struct a64_op *op) { elem_long(c, op, MULL_QDSUB, 0, 1); }
