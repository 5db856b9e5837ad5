/*
 * simd_copy.c -- AdvSIMD copy and AdvSIMD scalar copy (Arm ARM C4.1.96:
 * "Advanced SIMD copy", "Advanced SIMD scalar copy"): DUP, INS, SMOV, UMOV
 * and their MOV aliases.  Handlers for rows in xlate/a64/simd.def.
 *
 * The element size is the lowest set bit of imm5 and the index the bits
 * above it (Arm ARM LowestSetBit); imm5 = x0000 is reserved.
 */
#include "xlate/simd.h"

/* copy_size -- the element size encoded in imm5 (0..3), or 4 if reserved. */
static inline unsigned copy_size(uint32_t insn)
{
	unsigned imm5 = BITS(insn, 20, 16);
	return imm5 ? (unsigned)__builtin_ctz(imm5) : 4u;
}

static inline unsigned copy_index(uint32_t insn, unsigned size)
{
	return BITS(insn, 20, 16) >> (size + 1);
}

/* Replicate an element of size into every lane of a 128-bit value. */
static inline vreg_t dup_lanes(uint64_t x, unsigned size)
{
	vreg_t r;
	switch (size) {
	case 0: for (unsigned i = 0; i < 16; i++) r.b[i] = (uint8_t)x; break;
	case 1: for (unsigned i = 0; i < 8; i++) r.h[i] = (uint16_t)x; break;
	case 2: for (unsigned i = 0; i < 4; i++) r.s[i] = (uint32_t)x; break;
	default: r.d[0] = r.d[1] = x; break;
	}
	return r;
}

/* DUP (element), vector: Vd.T = Vn.Ts[index] replicated. */
void interp_DUP_elem(struct cpu *c, const struct a64_op *op)
{
	uint32_t insn = op->insn;
	unsigned size = copy_size(insn), q = F_Q(insn);
	if (size > 3 || (size == 3 && !q))
		xlate_raise_undef(c, op);
	uint64_t x = lane_u(&c->v[F_RN(insn)], size, copy_index(insn, size));
	vset(c, F_RD(insn), dup_lanes(x, size), q);
}

/* DUP (element), scalar (MOV scalar): Vd = Vn.Ts[index]. */
void interp_DUP_elem_scalar(struct cpu *c, const struct a64_op *op)
{
	uint32_t insn = op->insn;
	unsigned size = copy_size(insn);
	if (size > 3)
		xlate_raise_undef(c, op);
	uint64_t x = lane_u(&c->v[F_RN(insn)], size, copy_index(insn, size));
	vset_scalar(c, F_RD(insn), x, 8u << size);
}

/* DUP (general): Vd.T = Xn/Wn replicated. */
void interp_DUP_gen(struct cpu *c, const struct a64_op *op)
{
	uint32_t insn = op->insn;
	unsigned size = copy_size(insn), q = F_Q(insn);
	if (size > 3 || (size == 3 && !q))
		xlate_raise_undef(c, op);
	vset(c, F_RD(insn), dup_lanes(reg_x(c, F_RN(insn)), size), q);
}

/* INS (general) (MOV element): Vd.Ts[index] = Xn/Wn, other lanes kept. */
void interp_INS_gen(struct cpu *c, const struct a64_op *op)
{
	uint32_t insn = op->insn;
	unsigned size = copy_size(insn);
	if (size > 3)
		xlate_raise_undef(c, op);
	lane_set(&c->v[F_RD(insn)], size, copy_index(insn, size), reg_x(c, F_RN(insn)));
}

/* INS (element) (MOV element): Vd.Ts[index1] = Vn.Ts[index2]. */
void interp_INS_elem(struct cpu *c, const struct a64_op *op)
{
	uint32_t insn = op->insn;
	unsigned size = copy_size(insn);
	if (size > 3)
		xlate_raise_undef(c, op);
	uint64_t x = lane_u(&c->v[F_RN(insn)], size, BITS(insn, 14, 11) >> size);
	lane_set(&c->v[F_RD(insn)], size, copy_index(insn, size), x);
}

/* SMOV: Wd/Xd = sign-extended Vn.Ts[index]; Q selects the 64-bit form. */
void interp_SMOV(struct cpu *c, const struct a64_op *op)
{
	uint32_t insn = op->insn;
	unsigned size = copy_size(insn), q = F_Q(insn);
	if (size > 2 || (size == 2 && !q))
		xlate_raise_undef(c, op);
	int64_t x = lane_s(&c->v[F_RN(insn)], size, copy_index(insn, size));
	set_xw(c, F_RD(insn), q, (uint64_t)x);
}

/* UMOV (MOV to general): Wd = zero-extended B/H/S lane (Q=0), Xd = D lane
 * (Q=1). */
void interp_UMOV(struct cpu *c, const struct a64_op *op)
{
	uint32_t insn = op->insn;
	unsigned size = copy_size(insn), q = F_Q(insn);
	if (size > 3 || (q != (size == 3)))
		xlate_raise_undef(c, op);
	set_x(c, F_RD(insn), lane_u(&c->v[F_RN(insn)], size, copy_index(insn, size)));
}
