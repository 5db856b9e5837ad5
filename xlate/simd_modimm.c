/*
 * simd_modimm.c -- AdvSIMD modified immediate (Arm ARM C4.1.96, "Advanced
 * SIMD modified immediate"): MOVI, MVNI, ORR (vector, immediate), BIC
 * (vector, immediate) and FMOV (vector, immediate).  Handlers for rows in
 * xlate/a64/simd.def; each row is one of the manual's encodings (8-, 16-,
 * 32-bit shifted, 32-bit shifting ones, 64-bit) and all share one body.
 */
#include "xlate/simd.h"

/* AdvSIMDExpandImm (Arm ARM J1): the 64-bit pattern for op:cmode:imm8. */
static uint64_t modimm_expand(unsigned op, unsigned cmode, uint64_t imm8)
{
	uint64_t imm, x;
	unsigned i;

	switch (cmode >> 1) {
	case 0: case 1: case 2: case 3:
		imm = imm8 << (8 * (cmode >> 1));
		return imm | imm << 32;
	case 4: case 5:
		imm = imm8 << (8 * ((cmode >> 1) & 1));
		return imm * 0x0001000100010001ull;
	case 6:
		imm = (cmode & 1) ? (imm8 << 16 | 0xffff) : (imm8 << 8 | 0xff);
		return imm | imm << 32;
	default:
		break;
	}
	if (!(cmode & 1) && !op)
		return imm8 * 0x0101010101010101ull;
	if (!(cmode & 1)) {
		for (imm = 0, i = 0; i < 8; i++)
			if (imm8 >> i & 1)
				imm |= 0xffull << (8 * i);
		return imm;
	}
	if (!op) {
		/* a:NOT(b):Replicate(b,5):cdefgh:Zeros(19) */
		x = (imm8 >> 7) << 31 | (((imm8 >> 6) & 1) ^ 1) << 30 |
		    (((imm8 >> 6) & 1) ? 0x1full << 25 : 0) | (imm8 & 0x3f) << 19;
		return x | x << 32;
	}
	/* a:NOT(b):Replicate(b,8):cdefgh:Zeros(48) */
	return (imm8 >> 7) << 63 | (((imm8 >> 6) & 1) ^ 1) << 62 |
	       (((imm8 >> 6) & 1) ? 0xffull << 54 : 0) | (imm8 & 0x3f) << 48;
}

enum modimm_kind { MODIMM_MOVI, MODIMM_MVNI, MODIMM_ORR, MODIMM_BIC };

static inline void modimm(struct cpu *c, const struct a64_op *op, enum modimm_kind k)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), rd = F_RD(insn);
	uint64_t imm8 = BITS(insn, 18, 16) << 5 | BITS(insn, 9, 5);
	uint64_t imm = modimm_expand(BIT(insn, 29), BITS(insn, 15, 12), imm8);
	vreg_t r = c->v[rd];

	switch (k) {
	case MODIMM_MOVI: r.d[0] = r.d[1] = imm; break;
	case MODIMM_MVNI: r.d[0] = r.d[1] = ~imm; break;
	case MODIMM_ORR: r.d[0] |= imm; r.d[1] |= imm; break;
	case MODIMM_BIC: r.d[0] &= ~imm; r.d[1] &= ~imm; break;
	}
	vset(c, rd, r, q);
}

void interp_MOVI_8(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_MOVI); }
void interp_MOVI_16(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_MOVI); }
void interp_MOVI_32(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_MOVI); }
void interp_MOVI_32_ones(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_MOVI); }
void interp_MOVI_64_scalar(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_MOVI); }
void interp_MOVI_64_vec(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_MOVI); }
void interp_MVNI_16(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_MVNI); }
void interp_MVNI_32(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_MVNI); }
void interp_MVNI_32_ones(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_MVNI); }
void interp_ORR_vec_imm_16(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_ORR); }
void interp_ORR_vec_imm_32(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_ORR); }
void interp_BIC_vec_imm_16(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_BIC); }
void interp_BIC_vec_imm_32(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_BIC); }
/* FMOV (vector, immediate): the single and double forms are MOVI of the
 * expanded FP constant (op selects the 64-bit expansion). */
void interp_FMOV_vec_imm_s(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_MOVI); }
void interp_FMOV_vec_imm_d(struct cpu *c, const struct a64_op *op) { modimm(c, op, MODIMM_MOVI); }
