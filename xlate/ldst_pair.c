/*
 * ldst_pair.c -- load/store pair (Arm ARM C4.1.87: "Load/store register
 * pair" post-indexed, signed offset and pre-indexed, and "Load/store
 * no-allocate pair"): LDP, STP, LDPSW, LDNP, STNP for W, X, S, D and Q
 * registers.  Handlers for the _ldstpair_* and _ldstnapair_offs rows of
 * xlate/a64/ldst.def.
 *
 * Pseudocode: Arm ARM C6.2 "LDP" / "STP".  Both elements are read before
 * any register is written, so a fault on either leaves all registers
 * unchanged.  The non-temporal hint of LDNP/STNP has no effect.
 *
 * CONSTRAINED UNPREDICTABLE cases, resolved as qemu-aarch64 and Unicorn
 * both behave:
 *   - LDP with Rt == Rt2: general-purpose registers get the element from
 *     the lower address (Rt2 is written first, then Rt); SIMD&FP registers
 *     get the element from the higher address (Rt, then Rt2);
 *   - load with writeback and Rn == Rt or Rn == Rt2 (Rn != 31): the
 *     written-back address wins;
 *   - store with writeback and Rn == Rt or Rt2: the registers' values
 *     before the writeback are stored.
 */
#include "xlate/interp.h"

#define LDST_INLINE static inline __attribute__((always_inline))

enum pair_am { PAM_OFF, PAM_POST, PAM_PRE };
/* Element kinds: W, W sign-extended to X (LDPSW), X, and SIMD&FP S, D, Q. */
enum pair_kind { P_W, P_SW, P_X, P_S, P_D, P_Q };

LDST_INLINE unsigned pair_scale(enum pair_kind k)
{
	return k == P_Q ? 4 : (k == P_X || k == P_D) ? 3 : 2;
}

/* The byte offset: SignExtend(imm7) << scale. */
LDST_INLINE uint64_t pair_offset(uint32_t i, enum pair_kind k)
{
	return (uint64_t)SBITS(i, 21, 15) << pair_scale(k);
}

LDST_INLINE guest_addr_t pair_ea(const struct cpu *c, uint32_t i, enum pair_am m, enum pair_kind k)
{
	uint64_t base = reg_xsp(c, F_RN(i));

	return m == PAM_POST ? base : base + pair_offset(i, k);
}

LDST_INLINE void pair_writeback(struct cpu *c, uint32_t i, enum pair_am m, enum pair_kind k,
				guest_addr_t a)
{
	if (m == PAM_PRE)
		set_xsp(c, F_RN(i), a);
	else if (m == PAM_POST)
		set_xsp(c, F_RN(i), a + pair_offset(i, k));
}

/* Both elements are within one range check: [a, a + 2 * element size). */
LDST_INLINE void pair_ld(struct cpu *c, const struct a64_op *op, enum pair_am m, enum pair_kind k)
{
	uint32_t i = op->insn;
	unsigned t = F_RT(i), t2 = F_RT2(i), n = 1u << pair_scale(k);
	guest_addr_t a = pair_ea(c, i, m, k);
	const uint8_t *p = gmem_ptr(c, a, 2 * n, 0);

	if (k == P_X) {
		uint64_t v1, v2;
		memcpy(&v1, p, 8);
		memcpy(&v2, p + 8, 8);
		set_x(c, t2, v2);
		set_x(c, t, v1);
	} else if (k == P_W || k == P_SW) {
		uint32_t w[2];
		uint64_t v1, v2;
		memcpy(w, p, 8);
		v1 = k == P_SW ? (uint64_t)(int64_t)(int32_t)w[0] : w[0];
		v2 = k == P_SW ? (uint64_t)(int64_t)(int32_t)w[1] : w[1];
		set_x(c, t2, v2);
		set_x(c, t, v1);
	} else {
		/* SIMD&FP: zero-extend each element into its whole register. */
		vreg_t v1, v2;
		memset(&v1, 0, sizeof v1);
		memset(&v2, 0, sizeof v2);
		memcpy(&v1, p, n);
		memcpy(&v2, p + n, n);
		c->v[t] = v1;
		c->v[t2] = v2;
	}
	pair_writeback(c, i, m, k, a);
}

LDST_INLINE void pair_st(struct cpu *c, const struct a64_op *op, enum pair_am m, enum pair_kind k)
{
	uint32_t i = op->insn;
	unsigned t = F_RT(i), t2 = F_RT2(i), n = 1u << pair_scale(k);
	guest_addr_t a = pair_ea(c, i, m, k);
	uint8_t *p;

	if (k == P_X || k == P_W || k == P_SW) {
		uint64_t v1 = reg_x(c, t), v2 = reg_x(c, t2);
		p = gmem_ptr(c, a, 2 * n, 1);
		memcpy(p, &v1, n);
		memcpy(p + n, &v2, n);
	} else {
		/* Copy first: the source registers are read before any write. */
		vreg_t v1 = c->v[t], v2 = c->v[t2];
		p = gmem_ptr(c, a, 2 * n, 1);
		memcpy(p, &v1, n);
		memcpy(p + n, &v2, n);
	}
	pair_writeback(c, i, m, k, a);
}

#define PAIR_LD(name, m, k) \
	void interp_##name(struct cpu *c, const struct a64_op *op) { pair_ld(c, op, m, k); }
#define PAIR_ST(name, m, k) \
	void interp_##name(struct cpu *c, const struct a64_op *op) { pair_st(c, op, m, k); }

/* ---- no-allocate pair (offset) ---- */
PAIR_ST(STNP_32_ldstnapair_offs, PAM_OFF, P_W)
PAIR_LD(LDNP_32_ldstnapair_offs, PAM_OFF, P_W)
PAIR_ST(STNP_64_ldstnapair_offs, PAM_OFF, P_X)
PAIR_LD(LDNP_64_ldstnapair_offs, PAM_OFF, P_X)
PAIR_ST(STNP_S_ldstnapair_offs, PAM_OFF, P_S)
PAIR_LD(LDNP_S_ldstnapair_offs, PAM_OFF, P_S)
PAIR_ST(STNP_D_ldstnapair_offs, PAM_OFF, P_D)
PAIR_LD(LDNP_D_ldstnapair_offs, PAM_OFF, P_D)
PAIR_ST(STNP_Q_ldstnapair_offs, PAM_OFF, P_Q)
PAIR_LD(LDNP_Q_ldstnapair_offs, PAM_OFF, P_Q)

/* ---- pair, post-indexed ---- */
PAIR_ST(STP_32_ldstpair_post, PAM_POST, P_W)
PAIR_LD(LDP_32_ldstpair_post, PAM_POST, P_W)
PAIR_LD(LDPSW_64_ldstpair_post, PAM_POST, P_SW)
PAIR_ST(STP_64_ldstpair_post, PAM_POST, P_X)
PAIR_LD(LDP_64_ldstpair_post, PAM_POST, P_X)
PAIR_ST(STP_S_ldstpair_post, PAM_POST, P_S)
PAIR_LD(LDP_S_ldstpair_post, PAM_POST, P_S)
PAIR_ST(STP_D_ldstpair_post, PAM_POST, P_D)
PAIR_LD(LDP_D_ldstpair_post, PAM_POST, P_D)
PAIR_ST(STP_Q_ldstpair_post, PAM_POST, P_Q)
PAIR_LD(LDP_Q_ldstpair_post, PAM_POST, P_Q)

/* ---- pair, signed offset ---- */
PAIR_ST(STP_32_ldstpair_off, PAM_OFF, P_W)
PAIR_LD(LDP_32_ldstpair_off, PAM_OFF, P_W)
PAIR_LD(LDPSW_64_ldstpair_off, PAM_OFF, P_SW)
PAIR_ST(STP_64_ldstpair_off, PAM_OFF, P_X)
PAIR_LD(LDP_64_ldstpair_off, PAM_OFF, P_X)
PAIR_ST(STP_S_ldstpair_off, PAM_OFF, P_S)
PAIR_LD(LDP_S_ldstpair_off, PAM_OFF, P_S)
PAIR_ST(STP_D_ldstpair_off, PAM_OFF, P_D)
PAIR_LD(LDP_D_ldstpair_off, PAM_OFF, P_D)
PAIR_ST(STP_Q_ldstpair_off, PAM_OFF, P_Q)
PAIR_LD(LDP_Q_ldstpair_off, PAM_OFF, P_Q)

/* ---- pair, pre-indexed ---- */
PAIR_ST(STP_32_ldstpair_pre, PAM_PRE, P_W)
PAIR_LD(LDP_32_ldstpair_pre, PAM_PRE, P_W)
PAIR_LD(LDPSW_64_ldstpair_pre, PAM_PRE, P_SW)
PAIR_ST(STP_64_ldstpair_pre, PAM_PRE, P_X)
PAIR_LD(LDP_64_ldstpair_pre, PAM_PRE, P_X)
PAIR_ST(STP_S_ldstpair_pre, PAM_PRE, P_S)
PAIR_LD(LDP_S_ldstpair_pre, PAM_PRE, P_S)
PAIR_ST(STP_D_ldstpair_pre, PAM_PRE, P_D)
PAIR_LD(LDP_D_ldstpair_pre, PAM_PRE, P_D)
PAIR_ST(STP_Q_ldstpair_pre, PAM_PRE, P_Q)
PAIR_LD(LDP_Q_ldstpair_pre, PAM_PRE, P_Q)
