/*
 * simd_across.c -- AdvSIMD across lanes, integer rows (Arm ARM C4.1.96,
 * "Advanced SIMD across lanes"): ADDV, SADDLV, UADDLV, SMAXV, SMINV, UMAXV,
 * UMINV.  Handlers for rows in xlate/a64/simd.def; FMAXV and friends are in
 * simd_fp.def.  The result is a scalar in Vd, the rest zeroed.
 */
#include "xlate/simd.h"

enum across_kind { ACR_ADD, ACR_MAX, ACR_MIN };

/* Fold lanes 1..elems-1 of field F into acc (k is a constant after
 * inlining). */
#define ACROSS_LANES(F)                                                     \
	do {                                                                \
		acc = n->F[0];                                              \
		for (unsigned i = 1; i < elems; i++) {                      \
			int64_t x = n->F[i];                                \
			switch (k) {                                        \
			case ACR_ADD: acc += x; break;                      \
			case ACR_MAX: acc = x > acc ? x : acc; break;       \
			case ACR_MIN: acc = x < acc ? x : acc; break;       \
			}                                                   \
		}                                                           \
	} while (0)

/* Reduce the lanes of Vn; uns picks the signedness, long_ the widening
 * (ADDLV) result of 2*esize bits.  size=11 and 4S with Q=0 are reserved. */
static inline void across(struct cpu *c, const struct a64_op *op,
			  enum across_kind k, int uns, int long_)
{
	uint32_t insn = op->insn;
	unsigned q = F_Q(insn), size = F_SIZE(insn), elems, esize;
	const vreg_t *n = &c->v[F_RN(insn)];
	int64_t acc;

	if (size == 3 || (size == 2 && !q))
		xlate_raise_undef(c, op);
	elems = simd_elems(q, size);
	esize = 8u << size;
	switch (size << 1 | (unsigned)uns) {
	case 0: ACROSS_LANES(sb); break;
	case 1: ACROSS_LANES(b); break;
	case 2: ACROSS_LANES(sh); break;
	case 3: ACROSS_LANES(h); break;
	case 4: ACROSS_LANES(ss); break;
	default: ACROSS_LANES(s); break;
	}
	vset_scalar(c, F_RD(insn), (uint64_t)acc, long_ ? 2 * esize : esize);
}

void interp_ADDV(struct cpu *c, const struct a64_op *op) { across(c, op, ACR_ADD, 1, 0); }
void interp_SADDLV(struct cpu *c, const struct a64_op *op) { across(c, op, ACR_ADD, 0, 1); }
void interp_UADDLV(struct cpu *c, const struct a64_op *op) { across(c, op, ACR_ADD, 1, 1); }
void interp_SMAXV(struct cpu *c, const struct a64_op *op) { across(c, op, ACR_MAX, 0, 0); }
void interp_UMAXV(struct cpu *c, const struct a64_op *op) { across(c, op, ACR_MAX, 1, 0); }
void interp_SMINV(struct cpu *c, const struct a64_op *op) { across(c, op, ACR_MIN, 0, 0); }
void interp_UMINV(struct cpu *c, const struct a64_op *op) { across(c, op, ACR_MIN, 1, 0); }
