/*
 * fpu_cvt.c -- the FP core's conversions and estimates, in software:
 * between half, single and double (FPConvert), to and from fixed point and
 * integers (FPToFixed, FixedToFP), round to integral (FPRoundInt), and the
 * bit-exact reciprocal / reciprocal square root estimates (FPRecipEstimate,
 * FPRSqrtEstimate, FPRecpX).  Everything rounds through fpu_round(), an
 * implementation of the Arm ARM's FPRoundBase (shared/functions/float/
 * fpround), so underflow is detected before rounding as Arm does.
 */
#include <string.h>
#include "xlate/fpu.h"
#include "xlate/rf.h"

/* A binary interchange format: exponent and fraction widths. */
struct fmt {
	int ebits, fbits, n;
};
static const struct fmt FMT_H = {5, 10, 16}, FMT_S = {8, 23, 32}, FMT_D = {11, 52, 64};

enum ftype { T_ZERO, T_FINITE, T_INF, T_QNAN, T_SNAN };

/* An unpacked value: sign, and for T_FINITE the value mant * 2^exp. */
struct unp {
	int type, sign, exp;
	uint64_t mant;
};

#define FSIGN(f) (1ull << ((f)->n - 1))
#define FEXPM(f) (((1ull << (f)->ebits) - 1) << (f)->fbits)
#define FFRAC(f) ((1ull << (f)->fbits) - 1)
#define FBIAS(f) ((1 << ((f)->ebits - 1)) - 1)

/* FPUnpack (flush: FPCR.FZ applies; half precision never flushes in v8.0,
 * and ahp selects the alternative half format without infinities/NaNs). */
static struct unp unpack(struct cpu *c, uint64_t x, const struct fmt *f, int ahp)
{
	struct unp u;
	uint64_t e = (x & FEXPM(f)) >> f->fbits, fr = x & FFRAC(f);

	u.sign = (x >> (f->n - 1)) & 1;
	u.exp = 0;
	u.mant = 0;
	if (e == 0) {
		if (fr == 0 || (f->n != 16 && (c->fpcr & FPCR_FZ))) {
			if (fr)
				c->fpsr |= FPSR_IDC;
			u.type = T_ZERO;
			return u;
		}
		u.type = T_FINITE;
		u.mant = fr;
		u.exp = 1 - FBIAS(f) - f->fbits;
	} else if (e == (1ull << f->ebits) - 1 && !ahp) {
		if (fr == 0)
			u.type = T_INF;
		else
			u.type = (fr >> (f->fbits - 1)) ? T_QNAN : T_SNAN;
	} else {
		u.type = T_FINITE;
		u.mant = fr | (1ull << f->fbits);
		u.exp = (int)e - FBIAS(f) - f->fbits;
	}
	return u;
}

static uint64_t default_nan(const struct fmt *f)
{
	return FEXPM(f) | (1ull << (f->fbits - 1));
}

/* Does rounding away from zero happen, given the discarded part:
 * rem (of width sh bits) below the kept lsb, sh >= 1? */
static int round_up(int rmode, int sign, uint64_t kept, unsigned __int128 rem,
		    unsigned __int128 half)
{
	switch (rmode) {
	case FPU_RN: return rem > half || (rem == half && (kept & 1));
	case FPU_RP: return rem != 0 && !sign;
	case FPU_RM: return rem != 0 && sign;
	case FPU_RA: return rem >= half && rem != 0;
	default: return 0;
	}
}

/* Shift mant * 2^exp to an integer: rem and half describe the discarded
 * fraction (rem == 0: exact).  Returns the integer part, saturated to
 * 2^120 (callers only need to know it is huge). */
static unsigned __int128 split(uint64_t mant, int exp, unsigned __int128 *rem,
			       unsigned __int128 *half)
{
	*rem = 0;
	*half = 1;
	if (exp >= 0)
		return exp > 64 ? (unsigned __int128)1 << 120 : (unsigned __int128)mant << exp;
	if (exp <= -127) {
		*rem = mant;       /* nonzero and below half: mant < 2^64 <= 2^126 */
		*half = (unsigned __int128)1 << 126;
		return 0;
	}
	*rem = (unsigned __int128)mant & (((unsigned __int128)1 << -exp) - 1);
	*half = (unsigned __int128)1 << (-exp - 1);
	return (unsigned __int128)mant >> -exp;
}

/* FPRoundBase: round sign * mant * 2^exp (mant != 0) to format f.  fz: flush
 * tiny results to zero (UFC).  ahp: alternative half format. */
static uint64_t fpu_round(struct cpu *c, int sign, uint64_t mant, int exp,
			  const struct fmt *f, int rmode, int fz, int ahp)
{
	int msb = 63 - __builtin_clzll(mant), e = exp + msb;
	int minexp = 2 - (1 << (f->ebits - 1)), lsbexp, biased, inexact, ovf_inf;
	unsigned __int128 rem, half, m;
	uint64_t s = sign ? FSIGN(f) : 0;

	if (fz && e < minexp) {
		c->fpsr |= FPSR_UFC;
		return s;
	}
	biased = e < minexp ? 0 : e - minexp + 1;
	lsbexp = (e < minexp ? minexp : e) - f->fbits;
	m = split(mant, exp - lsbexp, &rem, &half);
	inexact = rem != 0;
	if (biased == 0 && inexact)
		c->fpsr |= FPSR_UFC;
	if (round_up(rmode, sign, (uint64_t)m, rem, half)) {
		m++;
		if (m == (1ull << f->fbits) && biased == 0)
			biased = 1;
		if (m == (2ull << f->fbits)) {
			biased++;
			m >>= 1;
		}
	}
	if (rmode == FPU_RO && inexact)
		m |= 1;
	if (f->n == 16 && ahp) {
		if (biased >= (1 << f->ebits)) {
			c->fpsr |= FPSR_IOC;
			return s | 0x7fff;
		}
	} else if (biased >= (1 << f->ebits) - 1) {
		ovf_inf = rmode == FPU_RN || rmode == FPU_RA || (rmode == FPU_RP && !sign) ||
			  (rmode == FPU_RM && sign);
		c->fpsr |= FPSR_OFC | FPSR_IXC;
		return s | (ovf_inf ? FEXPM(f) : FEXPM(f) - 1);
	}
	if (inexact)
		c->fpsr |= FPSR_IXC;
	return s | ((uint64_t)biased << f->fbits) | ((uint64_t)m & FFRAC(f));
}

static int fpcr_rmode(const struct cpu *c)
{
	return (c->fpcr >> FPCR_RMODE_SHIFT) & 3;
}

/* ---- FPConvert ---- */

static uint64_t convert(struct cpu *c, uint64_t x, const struct fmt *from, const struct fmt *to,
			int rmode)
{
	int ahp = (c->fpcr & FPCR_AHP) != 0;
	struct unp u = unpack(c, x, from, from->n == 16 && ahp);
	int to_ahp = to->n == 16 && ahp;
	uint64_t s = u.sign ? FSIGN(to) : 0, r;

	switch (u.type) {
	case T_QNAN:
	case T_SNAN:
		if (to_ahp)
			r = s;
		else if (c->fpcr & FPCR_DN)
			r = default_nan(to);
		else
			r = s | FEXPM(to) | (1ull << (to->fbits - 1)) |
			    (((x & FFRAC(from)) << (64 - from->fbits)) >> (64 - to->fbits));
		if (u.type == T_SNAN || to_ahp)
			c->fpsr |= FPSR_IOC;
		return r;
	case T_INF:
		if (to_ahp) {
			c->fpsr |= FPSR_IOC;
			return s | 0x7fff;
		}
		return s | FEXPM(to);
	case T_ZERO:
		return s;
	default:
		return fpu_round(c, u.sign, u.mant, u.exp, to, rmode,
				 to->n != 16 && (c->fpcr & FPCR_FZ), to_ahp);
	}
}

/* Single to double: exact for every normal input, so the host converts. */
uint64_t fpu_cvt_s_d(struct cpu *c, uint32_t a)
{
	uint32_t e = a & 0x7f800000u;
	float f;
	double d;
	uint64_t r;

	if (RF_LIKELY(e != 0 && e != 0x7f800000u)) {
		memcpy(&f, &a, sizeof f);
		d = f;
		memcpy(&r, &d, sizeof r);
		return r;
	}
	return convert(c, a, &FMT_S, &FMT_D, fpcr_rmode(c));
}

/* Double to single: with FPCR = RN and no FZ the host's default rounding
 * is Arm's; a finite result above the lowest binade (so not rounded up from
 * a tiny value) has no flag but IXC, which is set iff widening the result
 * back does not give the input. */
uint32_t fpu_cvt_d_s(struct cpu *c, uint64_t a)
{
	double d;
	float f;
	uint32_t r, e;

	if (RF_LIKELY(!(c->fpcr & (FPCR_FZ | (3u << FPCR_RMODE_SHIFT))))) {
		memcpy(&d, &a, sizeof d);
		f = (float)d;
		memcpy(&r, &f, sizeof r);
		e = r & 0x7f800000u;
		if (RF_LIKELY(e > 0x00800000u && e != 0x7f800000u)) {
			if ((double)f != d)
				c->fpsr |= FPSR_IXC;
			return r;
		}
	}
	return (uint32_t)convert(c, a, &FMT_D, &FMT_S, fpcr_rmode(c));
}
uint32_t fpu_cvt_d_s_rmode(struct cpu *c, uint64_t a, int rmode)
{
	return (uint32_t)convert(c, a, &FMT_D, &FMT_S, rmode);
}
uint32_t fpu_cvt_h_s(struct cpu *c, uint16_t a) { return (uint32_t)convert(c, a, &FMT_H, &FMT_S, fpcr_rmode(c)); }
uint64_t fpu_cvt_h_d(struct cpu *c, uint16_t a) { return convert(c, a, &FMT_H, &FMT_D, fpcr_rmode(c)); }
uint16_t fpu_cvt_s_h(struct cpu *c, uint32_t a) { return (uint16_t)convert(c, a, &FMT_S, &FMT_H, fpcr_rmode(c)); }
uint16_t fpu_cvt_d_h(struct cpu *c, uint64_t a) { return (uint16_t)convert(c, a, &FMT_D, &FMT_H, fpcr_rmode(c)); }

/* FPProcessNaN for one operand of format f. */
static uint64_t process_nan(struct cpu *c, uint64_t x, const struct fmt *f)
{
	uint64_t q = 1ull << (f->fbits - 1);
	if (!(x & q))
		c->fpsr |= FPSR_IOC;
	return (c->fpcr & FPCR_DN) ? default_nan(f) : (x | q);
}

/* ---- FPRoundInt ---- */

static uint64_t round_int(struct cpu *c, uint64_t x, const struct fmt *f, int rmode, int exact)
{
	struct unp u = unpack(c, x, f, 0);
	unsigned __int128 m, rem, half;

	if (u.type == T_QNAN || u.type == T_SNAN)
		return process_nan(c, x, f);
	if (u.type == T_ZERO)
		return u.sign ? FSIGN(f) : 0;
	if (u.type == T_INF || u.exp >= 0)
		return x;
	m = split(u.mant, u.exp, &rem, &half);
	m += round_up(rmode, u.sign, (uint64_t)m, rem, half);
	if (exact && rem)
		c->fpsr |= FPSR_IXC;
	if (m == 0)
		return u.sign ? FSIGN(f) : 0;
	return fpu_round(c, u.sign, (uint64_t)m, 0, f, FPU_RZ, 0, 0);
}

/* ---- FPToFixed / FixedToFP ---- */

static uint64_t to_fixed(struct cpu *c, uint64_t x, const struct fmt *f, int fbits,
			 int is_unsigned, int ibits, int rmode)
{
	struct unp u = unpack(c, x, f, 0);
	unsigned __int128 m, rem, half, lim;

	if (u.type == T_QNAN || u.type == T_SNAN) {
		c->fpsr |= FPSR_IOC;
		return 0;
	}
	if (u.type == T_ZERO)
		return 0;
	if (u.type == T_INF) {
		m = (unsigned __int128)1 << 120;
		rem = 0;
	} else {
		m = split(u.mant, u.exp + fbits, &rem, &half);
		m += round_up(rmode, u.sign, (uint64_t)m, rem, half);
	}
	/* Saturate (SatQ): the largest magnitude of each sign. */
	if (is_unsigned)
		lim = u.sign ? 0 : ((unsigned __int128)1 << ibits) - 1;
	else
		lim = ((unsigned __int128)1 << (ibits - 1)) - !u.sign;
	if (m > lim) {
		c->fpsr |= FPSR_IOC;
		m = lim;
	} else if (rem) {
		c->fpsr |= FPSR_IXC;
	}
	m = u.sign ? -m : m;
	return ibits == 64 ? (uint64_t)m : (uint32_t)m;
}

static uint64_t from_fixed(struct cpu *c, uint64_t v, const struct fmt *f, int fbits,
			   int is_unsigned, int ibits)
{
	int sign = 0;

	if (ibits == 32)
		v = is_unsigned ? (uint32_t)v : (uint64_t)(int64_t)(int32_t)v;
	if (!is_unsigned && (int64_t)v < 0) {
		sign = 1;
		v = -v;
	}
	if (v == 0)
		return 0;
	return fpu_round(c, sign, v, -fbits, f, fpcr_rmode(c), (c->fpcr & FPCR_FZ) != 0, 0);
}

/* ---- estimates (Arm ARM shared/functions/float/fprecipestimate,
 * fprsqrtestimate, fprecpx) ---- */

/* RecipEstimate: a in [256, 511] -> estimate in [256, 511]. */
static unsigned recip_estimate(unsigned a)
{
	a = a * 2 + 1;
	return ((1u << 19) / a + 1) / 2;
}

/* RecipSqrtEstimate: a in [128, 511] -> estimate in [256, 511]. */
static unsigned rsqrt_estimate(unsigned a)
{
	uint64_t b = 512;

	if (a < 256)
		a = a * 2 + 1;
	else
		a = ((a >> 1) << 1) * 2 + 2;
	while ((uint64_t)a * (b + 1) * (b + 1) < (1ull << 28))
		b++;
	return (unsigned)((b + 1) / 2);
}

/* The biased exponent and the fraction widened to 52 bits. */
static void exp_frac52(uint64_t x, const struct fmt *f, int *exp, uint64_t *frac)
{
	*exp = (int)((x & FEXPM(f)) >> f->fbits);
	*frac = (x & FFRAC(f)) << (52 - f->fbits);
}

static uint64_t recpe(struct cpu *c, uint64_t x, const struct fmt *f)
{
	struct unp u = unpack(c, x, f, 0);
	uint64_t s = u.sign ? FSIGN(f) : 0, frac;
	int exp, rexp, bias = FBIAS(f), rm;

	if (u.type == T_QNAN || u.type == T_SNAN)
		return process_nan(c, x, f);
	if (u.type == T_INF)
		return s;
	if (u.type == T_ZERO) {
		c->fpsr |= FPSR_DZC;
		return s | FEXPM(f);
	}
	/* |value| < 2^-(bias+1): the reciprocal overflows. */
	if (63 - __builtin_clzll(u.mant) + u.exp < -(bias + 1)) {
		rm = fpcr_rmode(c);
		c->fpsr |= FPSR_OFC | FPSR_IXC;
		if (rm == FPU_RN || (rm == FPU_RP && !u.sign) || (rm == FPU_RM && u.sign))
			return s | FEXPM(f);
		return s | (FEXPM(f) - 1);
	}
	/* |value| >= 2^(bias-1) with FZ: the reciprocal is tiny. */
	if ((c->fpcr & FPCR_FZ) && 63 - __builtin_clzll(u.mant) + u.exp >= bias - 1) {
		c->fpsr |= FPSR_UFC;
		return s;
	}
	exp_frac52(x, f, &exp, &frac);
	if (exp == 0) {
		if (!(frac >> 51)) {
			exp = -1;
			frac = (frac << 2) & ((1ull << 52) - 1);
		} else {
			frac = (frac << 1) & ((1ull << 52) - 1);
		}
	}
	rexp = 2 * bias - 1 - exp;
	frac = (uint64_t)(recip_estimate(256 | (unsigned)(frac >> 44)) & 0xff) << 44;
	if (rexp == 0) {
		frac = (1ull << 51) | (frac >> 1);
	} else if (rexp == -1) {
		frac = (1ull << 50) | (frac >> 2);
		rexp = 0;
	}
	return s | ((uint64_t)rexp << f->fbits) | (frac >> (52 - f->fbits));
}

static uint64_t rsqrte(struct cpu *c, uint64_t x, const struct fmt *f)
{
	struct unp u = unpack(c, x, f, 0);
	uint64_t frac;
	unsigned scaled;
	int exp, rexp, bias = FBIAS(f);

	if (u.type == T_QNAN || u.type == T_SNAN)
		return process_nan(c, x, f);
	if (u.type == T_ZERO) {
		c->fpsr |= FPSR_DZC;
		return (u.sign ? FSIGN(f) : 0) | FEXPM(f);
	}
	if (u.sign) {
		c->fpsr |= FPSR_IOC;
		return default_nan(f);
	}
	if (u.type == T_INF)
		return 0;
	exp_frac52(x, f, &exp, &frac);
	if (exp == 0) {
		while (!(frac >> 51)) {
			frac <<= 1;
			exp--;
		}
		frac = (frac << 1) & ((1ull << 52) - 1);
	}
	if (!(exp & 1))
		scaled = 256 | (unsigned)(frac >> 44);
	else
		scaled = 128 | (unsigned)(frac >> 45);
	rexp = (3 * bias - 1 - exp) / 2;
	frac = (uint64_t)(rsqrt_estimate(scaled) & 0xff) << 44;
	return ((uint64_t)rexp << f->fbits) | (frac >> (52 - f->fbits));
}

static uint64_t recpx(struct cpu *c, uint64_t x, const struct fmt *f)
{
	struct unp u = unpack(c, x, f, 0);
	uint64_t s = u.sign ? FSIGN(f) : 0, e = x & FEXPM(f);

	if (u.type == T_QNAN || u.type == T_SNAN)
		return process_nan(c, x, f);
	if (e == 0)
		return s | (FEXPM(f) - (1ull << f->fbits));
	return s | (~e & FEXPM(f));
}

/* ---- the exported per-width entry points ----
 * Conversions of the common kind take a shortcut through the host:
 * FCVTZS/FCVTZU of a normal value of magnitude in [1, 2^(ibits-1)), whose
 * truncation the host computes exactly (inexact iff converting back differs:
 * the integer is exact in FT because either it is below 2^FBITS or the input
 * had no fraction bits), and SCVTF/UCVTF without fraction bits when FPCR
 * rounds to nearest, the host's default mode (inexact iff the rounded value
 * converts back to a different integer; a result rounded up out of the
 * integer range is inexact by definition). */
static int fast_to_int(uint64_t x, const struct fmt *f, int fbits, int is_unsigned, int rmode,
		       int ibits)
{
	int e = (int)((x & FEXPM(f)) >> f->fbits) - FBIAS(f);
	return fbits == 0 && rmode == FPU_RZ && e >= 0 && e < ibits - 1 &&
	       !(is_unsigned && (x & FSIGN(f)));
}

#define EXPORT(T, FT, S, FMT)                                               \
	T fpu_rint_##S(struct cpu *c, T a, int rmode, int exact)            \
	{                                                                   \
		return (T)round_int(c, a, &FMT, rmode, exact);              \
	}                                                                   \
	T fpu_recpe_##S(struct cpu *c, T a) { return (T)recpe(c, a, &FMT); } \
	T fpu_rsqrte_##S(struct cpu *c, T a) { return (T)rsqrte(c, a, &FMT); } \
	T fpu_recpx_##S(struct cpu *c, T a) { return (T)recpx(c, a, &FMT); } \
	uint64_t fpu_to_fixed_##S(struct cpu *c, T a, int fbits, int is_unsigned, \
				  int ibits, int rmode)                      \
	{                                                                   \
		FT v;                                                       \
		int64_t i;                                                  \
		if (RF_LIKELY(fast_to_int(a, &FMT, fbits, is_unsigned, rmode, ibits))) { \
			memcpy(&v, &a, sizeof v);                           \
			i = (int64_t)v;                                     \
			if ((FT)i != v)                                     \
				c->fpsr |= FPSR_IXC;                        \
			return ibits == 64 ? (uint64_t)i : (uint32_t)i;     \
		}                                                           \
		return to_fixed(c, a, &FMT, fbits, is_unsigned, ibits, rmode); \
	}                                                                   \
	T fpu_from_fixed_##S(struct cpu *c, uint64_t v, int fbits, int is_unsigned, \
			     int ibits)                                      \
	{                                                                   \
		FT r;                                                       \
		T bits;                                                     \
		if (RF_LIKELY(fbits == 0 && !(c->fpcr & (3u << FPCR_RMODE_SHIFT)))) { \
			if (ibits == 32)                                    \
				r = is_unsigned ? (FT)(uint32_t)v : (FT)(int32_t)v; \
			else if (is_unsigned)                               \
				r = (FT)v;                                  \
			else                                                \
				r = (FT)(int64_t)v;                         \
			if (ibits == 64 && (is_unsigned ? r >= 0x1p64 || (uint64_t)r != v \
						: r >= 0x1p63 || (int64_t)r != (int64_t)v)) \
				c->fpsr |= FPSR_IXC;                        \
			else if (ibits == 32 && (int64_t)r != (is_unsigned ? (int64_t)(uint32_t)v \
							 : (int64_t)(int32_t)v)) \
				c->fpsr |= FPSR_IXC;                        \
			memcpy(&bits, &r, sizeof bits);                     \
			return bits;                                        \
		}                                                           \
		return (T)from_fixed(c, v, &FMT, fbits, is_unsigned, ibits); \
	}
EXPORT(uint32_t, float, s, FMT_S)
EXPORT(uint64_t, double, d, FMT_D)
#undef EXPORT
