/*
 * fpu.h -- the floating-point core shared by every FP and AdvSIMD FP
 * handler: IEEE operations with the exact semantics of the Arm ARM
 * pseudocode (shared/functions/float: FPAdd, FPMulAdd, FPProcessNaNs,
 * FPRoundBase, FPToFixed, FPCompare, FPRecipEstimate, ...).
 *
 * Values travel as raw bit patterns (uint16_t/uint32_t/uint64_t), never as
 * host floats, so NaN payloads and signalling bits survive.  Every function
 * reads FPCR (rounding mode, FZ, DN, AHP) from the cpu and ORs the
 * cumulative exception flags it raises into cpu->fpsr.  Suffix _s is single
 * precision, _d double; the sz-generic forms take sz = 0 (single) / 1
 * (double) and 64-bit containers.
 */
#ifndef RF_XLATE_FPU_H
#define RF_XLATE_FPU_H

#include <stdint.h>
#include "xlate/cpu.h"

/* Rounding modes as the Arm ARM's FPRounding: the first four are FPCR.RMode
 * values; TIEAWAY is for FCVTA and FRINTA; ODD is FCVTXN's. */
enum fpu_rmode {
	FPU_RN = 0, FPU_RP = 1, FPU_RM = 2, FPU_RZ = 3, FPU_RA = 4, FPU_RO = 5,
};

#define FPU_PROTO(T, S)                                                      \
	T fpu_add_##S(struct cpu *c, T a, T b);                              \
	T fpu_sub_##S(struct cpu *c, T a, T b);                              \
	T fpu_mul_##S(struct cpu *c, T a, T b);                              \
	T fpu_div_##S(struct cpu *c, T a, T b);                              \
	T fpu_mulx_##S(struct cpu *c, T a, T b);                             \
	T fpu_sqrt_##S(struct cpu *c, T a);                                  \
	/* addend + a * b with one rounding (FPMulAdd; negate inputs first \
	 * for FMSUB/FNMADD/FNMSUB/FMLS). */                                 \
	T fpu_muladd_##S(struct cpu *c, T addend, T a, T b);                 \
	T fpu_recps_##S(struct cpu *c, T a, T b);                            \
	T fpu_rsqrts_##S(struct cpu *c, T a, T b);                           \
	T fpu_max_##S(struct cpu *c, T a, T b);                              \
	T fpu_min_##S(struct cpu *c, T a, T b);                              \
	T fpu_maxnm_##S(struct cpu *c, T a, T b);                            \
	T fpu_minnm_##S(struct cpu *c, T a, T b);                            \
	/* FPCompare: NZCV in bits 31..28; sig raises IOC for quiet NaNs \
	 * too (FCMPE). */                                                   \
	uint32_t fpu_cmp_##S(struct cpu *c, T a, T b, int sig);              \
	/* FPCompareEQ/GE/GT: 1 if the relation holds. */                    \
	int fpu_cmpeq_##S(struct cpu *c, T a, T b);                          \
	int fpu_cmpge_##S(struct cpu *c, T a, T b);                          \
	int fpu_cmpgt_##S(struct cpu *c, T a, T b);                          \
	/* FPRoundInt: rmode an enum fpu_rmode (not RO); exact raises IXC \
	 * when the value changed (FRINTX). */                               \
	T fpu_rint_##S(struct cpu *c, T a, int rmode, int exact);            \
	T fpu_recpe_##S(struct cpu *c, T a);                                 \
	T fpu_rsqrte_##S(struct cpu *c, T a);                                \
	T fpu_recpx_##S(struct cpu *c, T a);                                 \
	/* FPToFixed: a * 2^fbits rounded by rmode to an ibits-wide (32/64) \
	 * integer, saturating; NaN gives 0; IOC on saturation. */           \
	uint64_t fpu_to_fixed_##S(struct cpu *c, T a, int fbits, int is_unsigned, \
				  int ibits, int rmode);                     \
	/* FixedToFP: the ibits-wide integer v over 2^fbits, rounded by \
	 * FPCR. */                                                          \
	T fpu_from_fixed_##S(struct cpu *c, uint64_t v, int fbits, int is_unsigned, \
			     int ibits);

FPU_PROTO(uint32_t, s)
FPU_PROTO(uint64_t, d)
#undef FPU_PROTO

/* FPConvert between formats (FCVT, FCVTL, FCVTN). */
uint64_t fpu_cvt_s_d(struct cpu *c, uint32_t a);
uint32_t fpu_cvt_d_s(struct cpu *c, uint64_t a);
/* rmode FPU_RO gives FCVTXN's round to odd. */
uint32_t fpu_cvt_d_s_rmode(struct cpu *c, uint64_t a, int rmode);
uint32_t fpu_cvt_h_s(struct cpu *c, uint16_t a);
uint64_t fpu_cvt_h_d(struct cpu *c, uint16_t a);
uint16_t fpu_cvt_s_h(struct cpu *c, uint32_t a);
uint16_t fpu_cvt_d_h(struct cpu *c, uint64_t a);

/* The sz-generic forms: sz 0 = single (low 32 bits), 1 = double. */
typedef uint64_t fpu_fn2(struct cpu *c, uint64_t a, uint64_t b, unsigned sz);
typedef uint64_t fpu_fn1(struct cpu *c, uint64_t a, unsigned sz);
fpu_fn2 fpu_add, fpu_sub, fpu_mul, fpu_div, fpu_mulx, fpu_max, fpu_min, fpu_maxnm,
	fpu_minnm, fpu_recps, fpu_rsqrts, fpu_abd, fpu_nmul;
fpu_fn1 fpu_sqrt, fpu_recpe, fpu_rsqrte, fpu_recpx;
uint64_t fpu_muladd(struct cpu *c, uint64_t addend, uint64_t a, uint64_t b, unsigned sz);
uint64_t fpu_rint(struct cpu *c, uint64_t a, unsigned sz, int rmode, int exact);
uint64_t fpu_to_fixed(struct cpu *c, uint64_t a, unsigned sz, int fbits, int is_unsigned,
		      int ibits, int rmode);
uint64_t fpu_from_fixed(struct cpu *c, uint64_t v, unsigned sz, int fbits, int is_unsigned,
			int ibits);
uint32_t fpu_cmp(struct cpu *c, uint64_t a, uint64_t b, unsigned sz, int sig);
/* Comparison kinds for fpu_cmp_mask: EQ, GE, GT on values; AGE, AGT on
 * absolute values (FACGE/FACGT).  Returns all-ones or 0 at width sz. */
enum fpu_cmpk { FPU_EQ, FPU_GE, FPU_GT, FPU_AGE, FPU_AGT };
uint64_t fpu_cmp_mask(struct cpu *c, uint64_t a, uint64_t b, unsigned sz, int kind);

/* ---- internal to the FP core (fpu*.c): the host MXCSR ----
 * All exceptions masked, DAZ/FTZ off, flags clear; RC from FPCR.RMode. */
#define MX_DEFAULT 0x1f80u
#define MX_RC 0x6000u
#define MX_RC_RZ 0x6000u
#define MX_IE 0x01u
#define MX_UE 0x10u
#define MX_PE 0x20u

static inline uint32_t fpu_mxcsr(uint32_t fpcr)
{
	/* FPCR.RMode RN, RP, RM, RZ -> MXCSR.RC nearest, up, down, zero */
	static const uint16_t rc[4] = {0x0000, 0x4000, 0x2000, 0x6000};
	return MX_DEFAULT | rc[(fpcr >> FPCR_RMODE_SHIFT) & 3];
}

static inline uint32_t fpu_mxcsr_rmode(int rmode)
{
	return fpu_mxcsr((uint32_t)rmode << FPCR_RMODE_SHIFT);
}

/* MXCSR IE, ZE, OE, UE, PE (bits 0, 2..5) -> FPSR IOC, DZC, OFC, UFC, IXC;
 * DE (bit 1) has no FPSR counterpart. */
static inline uint32_t fpu_flags_from_mx(uint32_t mx)
{
	return (mx & 1u) | ((mx & 0x3cu) >> 1);
}

static inline void fpu_mxcsr_restore(void)
{
	uint32_t mx = MX_DEFAULT;
	__asm__ volatile("ldmxcsr %0" : : "m"(mx));
}

/* Sign manipulation (FPNeg/FPAbs: no flags, NaNs too). */
static inline uint64_t fpu_neg(uint64_t a, unsigned sz) { return a ^ (sz ? 1ull << 63 : 1ull << 31); }
static inline uint64_t fpu_abs(uint64_t a, unsigned sz) { return a & (sz ? ~(1ull << 63) : 0x7fffffffull); }

/* fp_expand_imm -- VFPExpandImm: the FMOV #imm8 constant at size sz. */
uint64_t fp_expand_imm(unsigned imm8, unsigned sz);

/* ---- SIMD&FP register access for the FP handlers ---- */

/* The low sz-sized element (sz 0 = 32 bits, 1 = 64 bits) of V[r]. */
static inline uint64_t fpr_get(const struct cpu *c, unsigned r, unsigned sz)
{
	return sz ? c->v[r].d[0] : c->v[r].s[0];
}

/* A scalar write: the value in the low bits, the rest of V[r] zeroed. */
static inline void fpr_set(struct cpu *c, unsigned r, uint64_t v, unsigned sz)
{
	c->v[r].d[0] = sz ? v : (uint32_t)v;
	c->v[r].d[1] = 0;
}

/* One lane of a vector at size sz (0: 32-bit lanes, 1: 64-bit lanes). */
static inline uint64_t fpl_get(const vreg_t *v, unsigned k, unsigned sz)
{
	return sz ? v->d[k] : v->s[k];
}

static inline void fpl_set(vreg_t *v, unsigned k, uint64_t x, unsigned sz)
{
	if (sz)
		v->d[k] = x;
	else
		v->s[k] = (uint32_t)x;
}

#endif
