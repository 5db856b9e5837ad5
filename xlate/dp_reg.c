/*
 * dp_reg.c -- Data Processing -- Register (Arm ARM C4.1.95), the
 * two-operand classes: logical (shifted register), add/subtract (shifted
 * and extended register, with carry), conditional compare and conditional
 * select.  Handlers for those rows of xlate/a64/dp_reg.def; the 1/2/3-source
 * classes are in xlate/dp_reg_src.c.  Semantics: the pseudocode of each
 * instruction in Arm ARM C6.2.  Each 32/64-bit pair shares one inline body
 * specialised by a constant width.
 */
#include "xlate/dp_common.h"

/* ---- Logical (shifted register) ---- */

enum { LOG_AND, LOG_ORR, LOG_EOR, LOG_ANDS };

static inline void logical_shift(struct cpu *c, uint32_t i, int sf, int opc, int invert)
{
	unsigned type = BITS(i, 23, 22), amount = BITS(i, 15, 10);
	uint64_t a = reg_x(c, F_RN(i)), b, r;

	b = sf ? shift_reg64(reg_x(c, F_RM(i)), type, amount)
	       : shift_reg32(reg_w(c, F_RM(i)), type, amount);
	if (invert)
		b = ~b;
	switch (opc) {
	case LOG_ORR: r = a | b; break;
	case LOG_EOR: r = a ^ b; break;
	default: r = a & b; break;
	}
	if (!sf)
		r = (uint32_t)r;
	if (opc == LOG_ANDS)
		c->nzcv = sf ? nz_flags64(r) : nz_flags32((uint32_t)r);
	set_x(c, F_RD(i), r);
}

#define LOGICAL_SHIFT(name, opc, invert)                                      \
	void interp_##name##_32(struct cpu *c, const struct a64_op *op)       \
	{ logical_shift(c, op->insn, 0, opc, invert); }                       \
	void interp_##name##_64(struct cpu *c, const struct a64_op *op)       \
	{ logical_shift(c, op->insn, 1, opc, invert); }
LOGICAL_SHIFT(AND_shift, LOG_AND, 0)
LOGICAL_SHIFT(BIC_shift, LOG_AND, 1)
LOGICAL_SHIFT(ORR_shift, LOG_ORR, 0)
LOGICAL_SHIFT(ORN_shift, LOG_ORR, 1)
LOGICAL_SHIFT(EOR_shift, LOG_EOR, 0)
LOGICAL_SHIFT(EON_shift, LOG_EOR, 1)
LOGICAL_SHIFT(ANDS_shift, LOG_ANDS, 0)
LOGICAL_SHIFT(BICS_shift, LOG_ANDS, 1)

/* ---- Add/subtract: the shared tail ----
 * result = a + (sub ? NOT(b) : b) + sub, with flags when setflags. */

static inline uint64_t addsub(struct cpu *c, uint64_t a, uint64_t b, int sf, int sub, int setflags)
{
	uint32_t nzcv;
	uint64_t r;

	if (!setflags) {
		r = sub ? a - b : a + b;
		return sf ? r : (uint32_t)r;
	}
	if (sf)
		r = add_with_carry64(a, sub ? ~b : b, sub, &nzcv);
	else
		r = add_with_carry32((uint32_t)a, sub ? ~(uint32_t)b : (uint32_t)b, sub, &nzcv);
	c->nzcv = nzcv;
	return r;
}

/* ---- Add/subtract (shifted register): Rd, Rn, Rm are XZR-or-register ---- */

static inline void addsub_shift(struct cpu *c, const struct a64_op *op, int sf, int sub, int setflags)
{
	uint32_t i = op->insn;
	unsigned type = BITS(i, 23, 22), amount = BITS(i, 15, 10);
	uint64_t b;

	if (RF_UNLIKELY(type == 3))
		xlate_raise_undef(c, op);
	b = sf ? shift_reg64(reg_x(c, F_RM(i)), type, amount)
	       : shift_reg32(reg_w(c, F_RM(i)), type, amount);
	set_x(c, F_RD(i), addsub(c, reg_x(c, F_RN(i)), b, sf, sub, setflags));
}

#define ADDSUB_SHIFT(name, sub, setflags)                                     \
	void interp_##name##_32(struct cpu *c, const struct a64_op *op)       \
	{ addsub_shift(c, op, 0, sub, setflags); }                            \
	void interp_##name##_64(struct cpu *c, const struct a64_op *op)       \
	{ addsub_shift(c, op, 1, sub, setflags); }
ADDSUB_SHIFT(ADD_shift, 0, 0)
ADDSUB_SHIFT(ADDS_shift, 0, 1)
ADDSUB_SHIFT(SUB_shift, 1, 0)
ADDSUB_SHIFT(SUBS_shift, 1, 1)

/* ---- Add/subtract (extended register): Rn is SP-or-register; Rd is SP
 * for ADD/SUB and XZR for ADDS/SUBS; Rm is XZR-or-register ---- */

static inline void addsub_ext(struct cpu *c, const struct a64_op *op, int sf, int sub, int setflags)
{
	uint32_t i = op->insn;
	unsigned shift = BITS(i, 12, 10);
	uint64_t b, r;

	if (RF_UNLIKELY(shift > 4))
		xlate_raise_undef(c, op);
	b = extend_reg(reg_x(c, F_RM(i)), BITS(i, 15, 13), shift);
	r = addsub(c, reg_xsp(c, F_RN(i)), b, sf, sub, setflags);
	if (setflags)
		set_x(c, F_RD(i), r);
	else
		set_xsp(c, F_RD(i), r);
}

#define ADDSUB_EXT(name, sub, setflags)                                       \
	void interp_##name##_32(struct cpu *c, const struct a64_op *op)       \
	{ addsub_ext(c, op, 0, sub, setflags); }                              \
	void interp_##name##_64(struct cpu *c, const struct a64_op *op)       \
	{ addsub_ext(c, op, 1, sub, setflags); }
ADDSUB_EXT(ADD_ext, 0, 0)
ADDSUB_EXT(ADDS_ext, 0, 1)
ADDSUB_EXT(SUB_ext, 1, 0)
ADDSUB_EXT(SUBS_ext, 1, 1)

/* ---- Add/subtract (with carry): ADC, ADCS, SBC, SBCS ---- */

static inline void addsub_carry(struct cpu *c, uint32_t i, int sf, int sub, int setflags)
{
	uint64_t a = reg_x(c, F_RN(i)), b = reg_x(c, F_RM(i)), r;
	unsigned carry = (c->nzcv >> 29) & 1;
	uint32_t nzcv;

	if (sub)
		b = ~b;
	if (sf) {
		r = add_with_carry64(a, b, carry, &nzcv);
	} else {
		r = add_with_carry32((uint32_t)a, (uint32_t)b, carry, &nzcv);
	}
	if (setflags)
		c->nzcv = nzcv;
	set_x(c, F_RD(i), r);
}

#define ADDSUB_CARRY(name, sub, setflags)                                     \
	void interp_##name##_32(struct cpu *c, const struct a64_op *op)       \
	{ addsub_carry(c, op->insn, 0, sub, setflags); }                      \
	void interp_##name##_64(struct cpu *c, const struct a64_op *op)       \
	{ addsub_carry(c, op->insn, 1, sub, setflags); }
ADDSUB_CARRY(ADC, 0, 0)
ADDSUB_CARRY(ADCS, 0, 1)
ADDSUB_CARRY(SBC, 1, 0)
ADDSUB_CARRY(SBCS, 1, 1)

/* ---- Conditional compare (C6.2 CCMN, CCMP, register and immediate):
 * if cond holds, NZCV of Rn + b (CCMN) or Rn - b (CCMP); else #nzcv ---- */

static inline void cond_compare(struct cpu *c, uint32_t i, int sf, int sub, uint64_t b)
{
	uint64_t a = reg_x(c, F_RN(i));
	uint32_t nzcv = BITS(i, 3, 0) << 28;

	if (cond_pass(c->nzcv, BITS(i, 15, 12))) {
		if (sf)
			add_with_carry64(a, sub ? ~b : b, sub, &nzcv);
		else
			add_with_carry32((uint32_t)a, sub ? ~(uint32_t)b : (uint32_t)b, sub, &nzcv);
	}
	c->nzcv = nzcv;
}

#define COND_COMPARE(name, sub)                                               \
	void interp_##name##_reg_32(struct cpu *c, const struct a64_op *op)   \
	{ cond_compare(c, op->insn, 0, sub, reg_x(c, F_RM(op->insn))); }      \
	void interp_##name##_reg_64(struct cpu *c, const struct a64_op *op)   \
	{ cond_compare(c, op->insn, 1, sub, reg_x(c, F_RM(op->insn))); }      \
	void interp_##name##_imm_32(struct cpu *c, const struct a64_op *op)   \
	{ cond_compare(c, op->insn, 0, sub, BITS(op->insn, 20, 16)); }        \
	void interp_##name##_imm_64(struct cpu *c, const struct a64_op *op)   \
	{ cond_compare(c, op->insn, 1, sub, BITS(op->insn, 20, 16)); }
COND_COMPARE(CCMN, 0)
COND_COMPARE(CCMP, 1)

/* ---- Conditional select (C6.2 CSEL, CSINC, CSINV, CSNEG):
 * Rd = cond ? Rn : f(Rm) ---- */

enum { CS_SEL, CS_INC, CS_INV, CS_NEG };

static inline void cond_select(struct cpu *c, uint32_t i, int sf, int kind)
{
	uint64_t r;

	if (cond_pass(c->nzcv, BITS(i, 15, 12))) {
		r = reg_x(c, F_RN(i));
	} else {
		r = reg_x(c, F_RM(i));
		switch (kind) {
		case CS_INC: r = r + 1; break;
		case CS_INV: r = ~r; break;
		case CS_NEG: r = -r; break;
		default: break;
		}
	}
	set_x(c, F_RD(i), sf ? r : (uint32_t)r);
}

#define COND_SELECT(name, kind)                                               \
	void interp_##name##_32(struct cpu *c, const struct a64_op *op)       \
	{ cond_select(c, op->insn, 0, kind); }                                \
	void interp_##name##_64(struct cpu *c, const struct a64_op *op)       \
	{ cond_select(c, op->insn, 1, kind); }
COND_SELECT(CSEL, CS_SEL)
COND_SELECT(CSINC, CS_INC)
COND_SELECT(CSINV, CS_INV)
COND_SELECT(CSNEG, CS_NEG)
