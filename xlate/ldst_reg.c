/*
 * ldst_reg.c -- single-register loads and stores (Arm ARM C4.1.87):
 * load register (literal); load/store register with unsigned immediate,
 * unscaled immediate, immediate pre- and post-indexed, unprivileged and
 * register offset addressing; general-purpose and SIMD&FP registers;
 * PRFM/PRFUM.  Handlers for the rows of xlate/a64/ldst.def whose names end
 * in _loadlit, _ldst_pos, _ldst_unscaled, _ldst_unpriv, _ldst_immpre,
 * _ldst_immpost and _ldst_regoff.
 *
 * Semantics follow the shared pseudocode of the Arm ARM's "LDR (immediate)"
 * family (C6.2): the address is computed from the base, the access is made,
 * then Rt and the base (writeback) are written.  A faulting access unwinds
 * before any register is written, so a faulting load or store leaves every
 * register unchanged.
 *
 * CONSTRAINED UNPREDICTABLE cases, resolved as qemu-aarch64 and Unicorn
 * both behave:
 *   - load with writeback and Rn == Rt (Rn != 31): Rt is loaded, then the
 *     writeback overwrites it, so Rn ends with the written-back address;
 *   - store with writeback and Rn == Rt: the value stored is Rt as it was
 *     before the writeback.
 * The unprivileged forms (LDTR/STTR) execute at EL0 and therefore behave
 * exactly as the unscaled forms.  Prefetches are hints: they never access
 * memory and never fault.  SP alignment checking (SCTLR_EL1.SA0) is not
 * modelled.
 */
#include "xlate/interp.h"

#define LDST_INLINE static inline __attribute__((always_inline))

/* Addressing modes of the single-register encodings. */
enum ldst_am {
	AM_POS,      /* [Xn|SP, #imm12 << scale] */
	AM_UNSCALED, /* [Xn|SP, #simm9] (also the unprivileged forms) */
	AM_POST,     /* [Xn|SP], #simm9 */
	AM_PRE,      /* [Xn|SP, #simm9]! */
	AM_REG,      /* [Xn|SP, (W|X)m, extend/shift] */
};

/* How a general-purpose load extends its data into Rt. */
enum ldst_kind { A_B, A_SB32, A_SB64, A_H, A_SH32, A_SH64, A_W, A_SW64, A_X };

/* ExtendReg(m, option, S ? scale : 0) for the register-offset forms; the
 * rows admit only option = x1x (UXTW 010, LSL 011, SXTW 110, SXTX 111). */
LDST_INLINE uint64_t ldst_reg_offset(const struct cpu *c, uint32_t i, unsigned scale)
{
	uint64_t m = c->x[F_RM(i)];
	unsigned option = BITS(i, 15, 13);

	if (!(option & 1))
		m = (option & 4) ? (uint64_t)(int64_t)(int32_t)m : (uint64_t)(uint32_t)m;
	return m << (BIT(i, 12) ? scale : 0);
}

/* The address accessed. */
LDST_INLINE guest_addr_t ldst_ea(const struct cpu *c, uint32_t i, enum ldst_am m, unsigned scale)
{
	uint64_t base = reg_xsp(c, F_RN(i));

	switch (m) {
	case AM_POS:
		return base + ((uint64_t)BITS(i, 21, 10) << scale);
	case AM_UNSCALED:
	case AM_PRE:
		return base + (uint64_t)SBITS(i, 20, 12);
	case AM_POST:
		return base;
	case AM_REG:
		break;
	}
	return base + ldst_reg_offset(c, i, scale);
}

/* Base register writeback of the pre/post-indexed forms, after the access. */
LDST_INLINE void ldst_writeback(struct cpu *c, uint32_t i, enum ldst_am m, guest_addr_t a)
{
	if (m == AM_PRE)
		set_xsp(c, F_RN(i), a);
	else if (m == AM_POST)
		set_xsp(c, F_RN(i), a + (uint64_t)SBITS(i, 20, 12));
}

LDST_INLINE uint64_t ldst_load(struct cpu *c, guest_addr_t a, enum ldst_kind k)
{
	switch (k) {
	case A_B: return gld8(c, a);
	case A_SB32: return (uint32_t)(int32_t)(int8_t)gld8(c, a);
	case A_SB64: return (uint64_t)(int64_t)(int8_t)gld8(c, a);
	case A_H: return gld16(c, a);
	case A_SH32: return (uint32_t)(int32_t)(int16_t)gld16(c, a);
	case A_SH64: return (uint64_t)(int64_t)(int16_t)gld16(c, a);
	case A_W: return gld32(c, a);
	case A_SW64: return (uint64_t)(int64_t)(int32_t)gld32(c, a);
	case A_X: break;
	}
	return gld64(c, a);
}

LDST_INLINE void ldst_ld_int(struct cpu *c, const struct a64_op *op, enum ldst_am m,
			     enum ldst_kind k, unsigned scale)
{
	uint32_t i = op->insn;
	guest_addr_t a = ldst_ea(c, i, m, scale);
	uint64_t v = ldst_load(c, a, k);

	set_x(c, F_RT(i), v);
	ldst_writeback(c, i, m, a);
}

LDST_INLINE void ldst_st_int(struct cpu *c, const struct a64_op *op, enum ldst_am m, unsigned scale)
{
	uint32_t i = op->insn;
	guest_addr_t a = ldst_ea(c, i, m, scale);
	uint64_t v = reg_x(c, F_RT(i));

	switch (scale) {
	case 0: gst8(c, a, (uint8_t)v); break;
	case 1: gst16(c, a, (uint16_t)v); break;
	case 2: gst32(c, a, (uint32_t)v); break;
	default: gst64(c, a, v); break;
	}
	ldst_writeback(c, i, m, a);
}

/* SIMD&FP loads write the whole register, zero-extending the data
 * (Arm ARM: V[t] = ZeroExtend(data) for the scalar forms). */
LDST_INLINE void ldst_ld_fp(struct cpu *c, const struct a64_op *op, enum ldst_am m, unsigned scale)
{
	uint32_t i = op->insn;
	guest_addr_t a = ldst_ea(c, i, m, scale);
	unsigned __int128 v;

	switch (scale) {
	case 0: v = gld8(c, a); break;
	case 1: v = gld16(c, a); break;
	case 2: v = gld32(c, a); break;
	case 3: v = gld64(c, a); break;
	default: v = gld128(c, a); break;
	}
	c->v[F_RT(i)].q = v;
	ldst_writeback(c, i, m, a);
}

LDST_INLINE void ldst_st_fp(struct cpu *c, const struct a64_op *op, enum ldst_am m, unsigned scale)
{
	uint32_t i = op->insn;
	guest_addr_t a = ldst_ea(c, i, m, scale);
	const vreg_t *v = &c->v[F_RT(i)];

	switch (scale) {
	case 0: gst8(c, a, v->b[0]); break;
	case 1: gst16(c, a, v->h[0]); break;
	case 2: gst32(c, a, v->s[0]); break;
	case 3: gst64(c, a, v->d[0]); break;
	default: gst128(c, a, v->q); break;
	}
	ldst_writeback(c, i, m, a);
}

#define LD_INT(name, m, k, scale) \
	void interp_##name(struct cpu *c, const struct a64_op *op) { ldst_ld_int(c, op, m, k, scale); }
#define ST_INT(name, m, scale) \
	void interp_##name(struct cpu *c, const struct a64_op *op) { ldst_st_int(c, op, m, scale); }
#define LD_FP(name, m, scale) \
	void interp_##name(struct cpu *c, const struct a64_op *op) { ldst_ld_fp(c, op, m, scale); }
#define ST_FP(name, m, scale) \
	void interp_##name(struct cpu *c, const struct a64_op *op) { ldst_st_fp(c, op, m, scale); }
/* PRFM, PRFUM: a hint, executed as a no-op (never faults). */
#define PRF(name) \
	void interp_##name(struct cpu *c, const struct a64_op *op) { }

/* ---- load register (literal): address = PC + SignExtend(imm19:'00') ---- */

LDST_INLINE guest_addr_t ldst_lit_addr(const struct a64_op *op)
{
	return op->pc + (uint64_t)(SBITS(op->insn, 23, 5) * 4);
}

void interp_LDR_32_loadlit(struct cpu *c, const struct a64_op *op)
{
	set_x(c, F_RT(op->insn), gld32(c, ldst_lit_addr(op)));
}

void interp_LDR_64_loadlit(struct cpu *c, const struct a64_op *op)
{
	set_x(c, F_RT(op->insn), gld64(c, ldst_lit_addr(op)));
}

void interp_LDRSW_64_loadlit(struct cpu *c, const struct a64_op *op)
{
	set_x(c, F_RT(op->insn), (uint64_t)(int64_t)(int32_t)gld32(c, ldst_lit_addr(op)));
}

PRF(PRFM_P_loadlit)

void interp_LDR_S_loadlit(struct cpu *c, const struct a64_op *op)
{
	c->v[F_RT(op->insn)].q = gld32(c, ldst_lit_addr(op));
}

void interp_LDR_D_loadlit(struct cpu *c, const struct a64_op *op)
{
	c->v[F_RT(op->insn)].q = gld64(c, ldst_lit_addr(op));
}

void interp_LDR_Q_loadlit(struct cpu *c, const struct a64_op *op)
{
	c->v[F_RT(op->insn)].q = gld128(c, ldst_lit_addr(op));
}

/* ---- unsigned immediate ---- */
ST_INT(STRB_32_ldst_pos, AM_POS, 0)
LD_INT(LDRB_32_ldst_pos, AM_POS, A_B, 0)
LD_INT(LDRSB_64_ldst_pos, AM_POS, A_SB64, 0)
LD_INT(LDRSB_32_ldst_pos, AM_POS, A_SB32, 0)
ST_INT(STRH_32_ldst_pos, AM_POS, 1)
LD_INT(LDRH_32_ldst_pos, AM_POS, A_H, 1)
LD_INT(LDRSH_64_ldst_pos, AM_POS, A_SH64, 1)
LD_INT(LDRSH_32_ldst_pos, AM_POS, A_SH32, 1)
ST_INT(STR_32_ldst_pos, AM_POS, 2)
LD_INT(LDR_32_ldst_pos, AM_POS, A_W, 2)
LD_INT(LDRSW_64_ldst_pos, AM_POS, A_SW64, 2)
ST_INT(STR_64_ldst_pos, AM_POS, 3)
LD_INT(LDR_64_ldst_pos, AM_POS, A_X, 3)
PRF(PRFM_P_ldst_pos)
ST_FP(STR_B_ldst_pos, AM_POS, 0)
LD_FP(LDR_B_ldst_pos, AM_POS, 0)
ST_FP(STR_Q_ldst_pos, AM_POS, 4)
LD_FP(LDR_Q_ldst_pos, AM_POS, 4)
ST_FP(STR_H_ldst_pos, AM_POS, 1)
LD_FP(LDR_H_ldst_pos, AM_POS, 1)
ST_FP(STR_S_ldst_pos, AM_POS, 2)
LD_FP(LDR_S_ldst_pos, AM_POS, 2)
ST_FP(STR_D_ldst_pos, AM_POS, 3)
LD_FP(LDR_D_ldst_pos, AM_POS, 3)

/* ---- unscaled immediate (LDUR, STUR, PRFUM) ---- */
ST_INT(STURB_32_ldst_unscaled, AM_UNSCALED, 0)
LD_INT(LDURB_32_ldst_unscaled, AM_UNSCALED, A_B, 0)
LD_INT(LDURSB_64_ldst_unscaled, AM_UNSCALED, A_SB64, 0)
LD_INT(LDURSB_32_ldst_unscaled, AM_UNSCALED, A_SB32, 0)
ST_INT(STURH_32_ldst_unscaled, AM_UNSCALED, 1)
LD_INT(LDURH_32_ldst_unscaled, AM_UNSCALED, A_H, 1)
LD_INT(LDURSH_64_ldst_unscaled, AM_UNSCALED, A_SH64, 1)
LD_INT(LDURSH_32_ldst_unscaled, AM_UNSCALED, A_SH32, 1)
ST_INT(STUR_32_ldst_unscaled, AM_UNSCALED, 2)
LD_INT(LDUR_32_ldst_unscaled, AM_UNSCALED, A_W, 2)
LD_INT(LDURSW_64_ldst_unscaled, AM_UNSCALED, A_SW64, 2)
ST_INT(STUR_64_ldst_unscaled, AM_UNSCALED, 3)
LD_INT(LDUR_64_ldst_unscaled, AM_UNSCALED, A_X, 3)
PRF(PRFUM_P_ldst_unscaled)
ST_FP(STUR_B_ldst_unscaled, AM_UNSCALED, 0)
LD_FP(LDUR_B_ldst_unscaled, AM_UNSCALED, 0)
ST_FP(STUR_Q_ldst_unscaled, AM_UNSCALED, 4)
LD_FP(LDUR_Q_ldst_unscaled, AM_UNSCALED, 4)
ST_FP(STUR_H_ldst_unscaled, AM_UNSCALED, 1)
LD_FP(LDUR_H_ldst_unscaled, AM_UNSCALED, 1)
ST_FP(STUR_S_ldst_unscaled, AM_UNSCALED, 2)
LD_FP(LDUR_S_ldst_unscaled, AM_UNSCALED, 2)
ST_FP(STUR_D_ldst_unscaled, AM_UNSCALED, 3)
LD_FP(LDUR_D_ldst_unscaled, AM_UNSCALED, 3)

/* ---- unprivileged (LDTR, STTR): EL0, so as unscaled ---- */
ST_INT(STTRB_32_ldst_unpriv, AM_UNSCALED, 0)
LD_INT(LDTRB_32_ldst_unpriv, AM_UNSCALED, A_B, 0)
LD_INT(LDTRSB_64_ldst_unpriv, AM_UNSCALED, A_SB64, 0)
LD_INT(LDTRSB_32_ldst_unpriv, AM_UNSCALED, A_SB32, 0)
ST_INT(STTRH_32_ldst_unpriv, AM_UNSCALED, 1)
LD_INT(LDTRH_32_ldst_unpriv, AM_UNSCALED, A_H, 1)
LD_INT(LDTRSH_64_ldst_unpriv, AM_UNSCALED, A_SH64, 1)
LD_INT(LDTRSH_32_ldst_unpriv, AM_UNSCALED, A_SH32, 1)
ST_INT(STTR_32_ldst_unpriv, AM_UNSCALED, 2)
LD_INT(LDTR_32_ldst_unpriv, AM_UNSCALED, A_W, 2)
LD_INT(LDTRSW_64_ldst_unpriv, AM_UNSCALED, A_SW64, 2)
ST_INT(STTR_64_ldst_unpriv, AM_UNSCALED, 3)
LD_INT(LDTR_64_ldst_unpriv, AM_UNSCALED, A_X, 3)

/* ---- immediate post-indexed ---- */
ST_INT(STRB_32_ldst_immpost, AM_POST, 0)
LD_INT(LDRB_32_ldst_immpost, AM_POST, A_B, 0)
LD_INT(LDRSB_64_ldst_immpost, AM_POST, A_SB64, 0)
LD_INT(LDRSB_32_ldst_immpost, AM_POST, A_SB32, 0)
ST_INT(STRH_32_ldst_immpost, AM_POST, 1)
LD_INT(LDRH_32_ldst_immpost, AM_POST, A_H, 1)
LD_INT(LDRSH_64_ldst_immpost, AM_POST, A_SH64, 1)
LD_INT(LDRSH_32_ldst_immpost, AM_POST, A_SH32, 1)
ST_INT(STR_32_ldst_immpost, AM_POST, 2)
LD_INT(LDR_32_ldst_immpost, AM_POST, A_W, 2)
LD_INT(LDRSW_64_ldst_immpost, AM_POST, A_SW64, 2)
ST_INT(STR_64_ldst_immpost, AM_POST, 3)
LD_INT(LDR_64_ldst_immpost, AM_POST, A_X, 3)
ST_FP(STR_B_ldst_immpost, AM_POST, 0)
LD_FP(LDR_B_ldst_immpost, AM_POST, 0)
ST_FP(STR_Q_ldst_immpost, AM_POST, 4)
LD_FP(LDR_Q_ldst_immpost, AM_POST, 4)
ST_FP(STR_H_ldst_immpost, AM_POST, 1)
LD_FP(LDR_H_ldst_immpost, AM_POST, 1)
ST_FP(STR_S_ldst_immpost, AM_POST, 2)
LD_FP(LDR_S_ldst_immpost, AM_POST, 2)
ST_FP(STR_D_ldst_immpost, AM_POST, 3)
LD_FP(LDR_D_ldst_immpost, AM_POST, 3)

/* ---- immediate pre-indexed ---- */
ST_INT(STRB_32_ldst_immpre, AM_PRE, 0)
LD_INT(LDRB_32_ldst_immpre, AM_PRE, A_B, 0)
LD_INT(LDRSB_64_ldst_immpre, AM_PRE, A_SB64, 0)
LD_INT(LDRSB_32_ldst_immpre, AM_PRE, A_SB32, 0)
ST_INT(STRH_32_ldst_immpre, AM_PRE, 1)
LD_INT(LDRH_32_ldst_immpre, AM_PRE, A_H, 1)
LD_INT(LDRSH_64_ldst_immpre, AM_PRE, A_SH64, 1)
LD_INT(LDRSH_32_ldst_immpre, AM_PRE, A_SH32, 1)
ST_INT(STR_32_ldst_immpre, AM_PRE, 2)
LD_INT(LDR_32_ldst_immpre, AM_PRE, A_W, 2)
LD_INT(LDRSW_64_ldst_immpre, AM_PRE, A_SW64, 2)
ST_INT(STR_64_ldst_immpre, AM_PRE, 3)
LD_INT(LDR_64_ldst_immpre, AM_PRE, A_X, 3)
ST_FP(STR_B_ldst_immpre, AM_PRE, 0)
LD_FP(LDR_B_ldst_immpre, AM_PRE, 0)
ST_FP(STR_Q_ldst_immpre, AM_PRE, 4)
LD_FP(LDR_Q_ldst_immpre, AM_PRE, 4)
ST_FP(STR_H_ldst_immpre, AM_PRE, 1)
LD_FP(LDR_H_ldst_immpre, AM_PRE, 1)
ST_FP(STR_S_ldst_immpre, AM_PRE, 2)
LD_FP(LDR_S_ldst_immpre, AM_PRE, 2)
ST_FP(STR_D_ldst_immpre, AM_PRE, 3)
LD_FP(LDR_D_ldst_immpre, AM_PRE, 3)

/* ---- register offset ---- */
ST_INT(STRB_32_ldst_regoff, AM_REG, 0)
LD_INT(LDRB_32_ldst_regoff, AM_REG, A_B, 0)
LD_INT(LDRSB_64_ldst_regoff, AM_REG, A_SB64, 0)
LD_INT(LDRSB_32_ldst_regoff, AM_REG, A_SB32, 0)
ST_INT(STRH_32_ldst_regoff, AM_REG, 1)
LD_INT(LDRH_32_ldst_regoff, AM_REG, A_H, 1)
LD_INT(LDRSH_64_ldst_regoff, AM_REG, A_SH64, 1)
LD_INT(LDRSH_32_ldst_regoff, AM_REG, A_SH32, 1)
ST_INT(STR_32_ldst_regoff, AM_REG, 2)
LD_INT(LDR_32_ldst_regoff, AM_REG, A_W, 2)
LD_INT(LDRSW_64_ldst_regoff, AM_REG, A_SW64, 2)
ST_INT(STR_64_ldst_regoff, AM_REG, 3)
LD_INT(LDR_64_ldst_regoff, AM_REG, A_X, 3)
PRF(PRFM_P_ldst_regoff)
ST_FP(STR_B_ldst_regoff, AM_REG, 0)
LD_FP(LDR_B_ldst_regoff, AM_REG, 0)
ST_FP(STR_Q_ldst_regoff, AM_REG, 4)
LD_FP(LDR_Q_ldst_regoff, AM_REG, 4)
ST_FP(STR_H_ldst_regoff, AM_REG, 1)
LD_FP(LDR_H_ldst_regoff, AM_REG, 1)
ST_FP(STR_S_ldst_regoff, AM_REG, 2)
LD_FP(LDR_S_ldst_regoff, AM_REG, 2)
ST_FP(STR_D_ldst_regoff, AM_REG, 3)
LD_FP(LDR_D_ldst_regoff, AM_REG, 3)
