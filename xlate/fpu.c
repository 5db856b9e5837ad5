/*
 * fpu.c -- the FP core's arithmetic: add, sub, mul, div, sqrt, fused
 * multiply-add, the reciprocal steps, max/min and compares, at single and
 * double precision, plus the sz-generic entry points the handlers use.
 * The algorithm is described in fpu_impl.h; conversions and estimates are
 * in fpu_cvt.c.  Semantics: Arm ARM shared/functions/float.
 */
#include <fenv.h>
#include <math.h>
#include <string.h>
#include "xlate/fpu.h"
#include "xlate/rf.h"

enum { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_SQRT, OP_MULX, OP_FMA, OP_RECPS, OP_RSQRTS, OP_RSQRTS_H };

static int fpu_have_fma, fpu_have_avx512;

/* Probe the host once, before any guest code runs. */
__attribute__((constructor)) static void fpu_init(void)
{
	__builtin_cpu_init();
	fpu_have_fma = __builtin_cpu_supports("fma");
	fpu_have_avx512 = __builtin_cpu_supports("avx512f");
}

/* Hosts without FMA3: libm's correctly rounded fma under fenv. */
static int soft_fenv_begin(uint32_t mx)
{
	static const int mode[4] = {FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO};
	fesetround(mode[(mx >> 13) & 3]);
	return feclearexcept(FE_ALL_EXCEPT);
}

static uint32_t soft_fenv_end(uint32_t mx)
{
	int e = fetestexcept(FE_ALL_EXCEPT);
	fesetround(FE_TONEAREST);
	return (mx & ~0x3fu) | ((uint32_t)e & 0x3du);
}

static float soft_fma_s(float x, float y, float z, uint32_t mx, uint32_t *out)
{
	float r;
	soft_fenv_begin(mx);
	r = fmaf(x, y, z);
	*out = soft_fenv_end(mx);
	return r;
}

static double soft_fma_d(double x, double y, double z, uint32_t mx, uint32_t *out)
{
	double r;
	soft_fenv_begin(mx);
	r = fma(x, y, z);
	*out = soft_fenv_end(mx);
	return r;
}

#define N 32
#define UT uint32_t
#define FT float
#define S s
#define SS "ss"
#define EBITS 8
#define FBITS 23
#include "xlate/fpu_impl.h"
#undef N
#undef UT
#undef FT
#undef S
#undef SS
#undef EBITS
#undef FBITS

#define N 64
#define UT uint64_t
#define FT double
#define S d
#define SS "sd"
#define EBITS 11
#define FBITS 52
#include "xlate/fpu_impl.h"

/* ---- sz-generic entry points ---- */

#define GEN2(name)                                                          \
	uint64_t fpu_##name(struct cpu *c, uint64_t a, uint64_t b, unsigned sz) \
	{                                                                   \
		return sz ? fpu_##name##_d(c, a, b)                         \
			  : fpu_##name##_s(c, (uint32_t)a, (uint32_t)b);    \
	}
GEN2(add)
GEN2(sub)
GEN2(mul)
GEN2(div)
GEN2(mulx)
GEN2(max)
GEN2(min)
GEN2(maxnm)
GEN2(minnm)
GEN2(recps)
GEN2(rsqrts)
#undef GEN2

#define GEN1(name)                                                          \
	uint64_t fpu_##name(struct cpu *c, uint64_t a, unsigned sz)        \
	{                                                                   \
		return sz ? fpu_##name##_d(c, a) : fpu_##name##_s(c, (uint32_t)a); \
	}
GEN1(sqrt)
GEN1(recpe)
GEN1(rsqrte)
GEN1(recpx)
#undef GEN1

/* FABD: FPAbs(FPSub()); FNMUL: FPNeg(FPMul()). */
uint64_t fpu_abd(struct cpu *c, uint64_t a, uint64_t b, unsigned sz)
{
	return fpu_abs(fpu_sub(c, a, b, sz), sz);
}

uint64_t fpu_nmul(struct cpu *c, uint64_t a, uint64_t b, unsigned sz)
{
	return fpu_neg(fpu_mul(c, a, b, sz), sz);
}

uint64_t fpu_muladd(struct cpu *c, uint64_t addend, uint64_t a, uint64_t b, unsigned sz)
{
	return sz ? fpu_muladd_d(c, addend, a, b)
		  : fpu_muladd_s(c, (uint32_t)addend, (uint32_t)a, (uint32_t)b);
}

uint64_t fpu_rint(struct cpu *c, uint64_t a, unsigned sz, int rmode, int exact)
{
	return sz ? fpu_rint_d(c, a, rmode, exact) : fpu_rint_s(c, (uint32_t)a, rmode, exact);
}

uint64_t fpu_to_fixed(struct cpu *c, uint64_t a, unsigned sz, int fbits, int is_unsigned,
		      int ibits, int rmode)
{
	return sz ? fpu_to_fixed_d(c, a, fbits, is_unsigned, ibits, rmode)
		  : fpu_to_fixed_s(c, (uint32_t)a, fbits, is_unsigned, ibits, rmode);
}

uint64_t fpu_from_fixed(struct cpu *c, uint64_t v, unsigned sz, int fbits, int is_unsigned,
			int ibits)
{
	return sz ? fpu_from_fixed_d(c, v, fbits, is_unsigned, ibits)
		  : fpu_from_fixed_s(c, v, fbits, is_unsigned, ibits);
}

uint32_t fpu_cmp(struct cpu *c, uint64_t a, uint64_t b, unsigned sz, int sig)
{
	return sz ? fpu_cmp_d(c, a, b, sig) : fpu_cmp_s(c, (uint32_t)a, (uint32_t)b, sig);
}

uint64_t fpu_cmp_mask(struct cpu *c, uint64_t a, uint64_t b, unsigned sz, int kind)
{
	int r;

	if (kind == FPU_AGE || kind == FPU_AGT) {
		a = fpu_abs(a, sz);
		b = fpu_abs(b, sz);
	}
	if (sz) {
		r = kind == FPU_EQ ? fpu_cmpeq_d(c, a, b)
		  : (kind == FPU_GE || kind == FPU_AGE) ? fpu_cmpge_d(c, a, b)
		  : fpu_cmpgt_d(c, a, b);
		return r ? ~0ull : 0;
	}
	r = kind == FPU_EQ ? fpu_cmpeq_s(c, (uint32_t)a, (uint32_t)b)
	  : (kind == FPU_GE || kind == FPU_AGE) ? fpu_cmpge_s(c, (uint32_t)a, (uint32_t)b)
	  : fpu_cmpgt_s(c, (uint32_t)a, (uint32_t)b);
	return r ? 0xffffffffull : 0;
}
