/*
 * simd_permute.c -- AdvSIMD table lookup, permute and extract (Arm ARM
 * C4.1.96: "Advanced SIMD table lookup", "Advanced SIMD permute",
 * "Advanced SIMD extract"): TBL, TBX, ZIP1/2, UZP1/2, TRN1/2, EXT.
 * Handlers for rows in xlate/a64/simd.def.
 */
#include "xlate/simd.h"

/* TBL/TBX with nregs table registers Vn, Vn+1, ... (wrapping mod 32):
 * indices past the table give 0 (TBL) or keep the Vd byte (TBX). */
static inline void table_lookup(struct cpu *c, const struct a64_op *op,
				unsigned nregs, int tbx)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), rn = F_RN(insn), rd = F_RD(insn);
	uint8_t table[64];
	vreg_t idx = c->v[F_RM(insn)], r = c->v[rd];

	for (unsigned t = 0; t < nregs; t++)
		memcpy(table + 16 * t, c->v[(rn + t) & 31].b, 16);
	for (unsigned i = 0; i < 16; i++) {
		unsigned x = idx.b[i];
		if (x < 16 * nregs)
			r.b[i] = table[x];
		else if (!tbx)
			r.b[i] = 0;
	}
	vset(c, rd, r, q);
}

void interp_TBL_1(struct cpu *c, const struct a64_op *op) { table_lookup(c, op, 1, 0); }
void interp_TBL_2(struct cpu *c, const struct a64_op *op) { table_lookup(c, op, 2, 0); }
void interp_TBL_3(struct cpu *c, const struct a64_op *op) { table_lookup(c, op, 3, 0); }
void interp_TBL_4(struct cpu *c, const struct a64_op *op) { table_lookup(c, op, 4, 0); }
void interp_TBX_1(struct cpu *c, const struct a64_op *op) { table_lookup(c, op, 1, 1); }
void interp_TBX_2(struct cpu *c, const struct a64_op *op) { table_lookup(c, op, 2, 1); }
void interp_TBX_3(struct cpu *c, const struct a64_op *op) { table_lookup(c, op, 3, 1); }
void interp_TBX_4(struct cpu *c, const struct a64_op *op) { table_lookup(c, op, 4, 1); }

enum permute_kind { PERM_UZP, PERM_TRN, PERM_ZIP };

/* One permutation over lanes of field F (k and part are constants after
 * inlining, so each handler becomes a plain copy loop). */
#define PERMUTE_LANES(F)                                                    \
	for (unsigned p = 0; p < pairs; p++) {                              \
		switch (k) {                                                \
		case PERM_ZIP:                                              \
			r.F[2 * p] = n.F[pairs * part + p];                 \
			r.F[2 * p + 1] = m.F[pairs * part + p];             \
			break;                                              \
		case PERM_TRN:                                              \
			r.F[2 * p] = n.F[2 * p + part];                     \
			r.F[2 * p + 1] = m.F[2 * p + part];                 \
			break;                                              \
		case PERM_UZP:                                              \
			r.F[p] = n.F[2 * p + part];                         \
			r.F[pairs + p] = m.F[2 * p + part];                 \
			break;                                              \
		}                                                           \
	}

/* ZIP/UZP/TRN: part 0 or 1 selects the 1 or 2 form (Arm ARM C7.2). */
static inline void permute(struct cpu *c, const struct a64_op *op,
			   enum permute_kind k, unsigned part)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), size = F_SIZE(insn);
	unsigned elems = simd_elems(q, size), pairs = elems / 2;
	vreg_t n = c->v[F_RN(insn)], m = c->v[F_RM(insn)], r;

	if (size == 3 && !q)
		xlate_raise_undef(c, op);
	r.q = 0;
	switch (size) {
	case 0: PERMUTE_LANES(b); break;
	case 1: PERMUTE_LANES(h); break;
	case 2: PERMUTE_LANES(s); break;
	default: PERMUTE_LANES(d); break;
	}
	vset(c, F_RD(insn), r, q);
}

void interp_UZP1(struct cpu *c, const struct a64_op *op) { permute(c, op, PERM_UZP, 0); }
void interp_UZP2(struct cpu *c, const struct a64_op *op) { permute(c, op, PERM_UZP, 1); }
void interp_TRN1(struct cpu *c, const struct a64_op *op) { permute(c, op, PERM_TRN, 0); }
void interp_TRN2(struct cpu *c, const struct a64_op *op) { permute(c, op, PERM_TRN, 1); }
void interp_ZIP1(struct cpu *c, const struct a64_op *op) { permute(c, op, PERM_ZIP, 0); }
void interp_ZIP2(struct cpu *c, const struct a64_op *op) { permute(c, op, PERM_ZIP, 1); }

/* EXT: bytes imm4.. of Vm:Vn (datasize each); Q=0 with imm4<3> set is
 * reserved. */
void interp_EXT(struct cpu *c, const struct a64_op *op)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), pos = BITS(insn, 14, 11), bytes = 8u << q;
	uint8_t cat[32];
	vreg_t r;

	if (!q && pos >= 8)
		xlate_raise_undef(c, op);
	memcpy(cat, c->v[F_RN(insn)].b, bytes);
	memcpy(cat + bytes, c->v[F_RM(insn)].b, bytes);
	r.q = 0;
	memcpy(r.b, cat + pos, bytes);
	vset(c, F_RD(insn), r, q);
}
