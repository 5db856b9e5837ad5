/*
 * libm_funcs.c -- <math.h> over a fixed set of arguments, compared with the
 * native x86-64 glibc build.  What may be compared, and how precisely:
 *  - Functions IEEE 754 defines exactly (sqrt, fma, fmod, remainder, the
 *    rounding family, ldexp/frexp/modf, nextafter, fmin/fmax...) must agree
 *    to the bit on every machine: printed with %a.
 *  - glibc's exp/log/pow/sin/cos family (shared C code, errors well under
 *    1 ulp, but the x86-64 and AArch64 builds may contract to FMA
 *    differently) can differ in the last bit: printed with %.14g.
 *  - Functions with looser error bounds (lgamma, tgamma, erf, cbrt, the
 *    hyperbolics, atan2, hypot...) are printed with %.12g.
 *  - Float variants are printed with %.6g.
 * Exceptions (FE_* flags) and errno are exact.  NaNs are reported by isnan
 * only: the default NaN's sign differs between the two CPUs.
 */
#include <errno.h>
#include <fenv.h>
#include <math.h>
#include <stdio.h>

static const double args[] = { 0.0, 0.1, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 10.0, 100.5,
			       -0.3, -1.25, -7.5, 1e-8, 1e10, 0.6931471805599453, 3.141592653589793 };
#define NARGS (sizeof args / sizeof args[0])

static void exact(void)
{
	for (size_t i = 0; i < NARGS; i++) {
		double x = args[i], y = args[(i * 7 + 3) % NARGS], z = args[(i * 5 + 1) % NARGS];
		int e;
		double ip;
		double fr = frexp(x, &e), mf = modf(x, &ip);
		printf("x=%a sqrt=%a fma=%a fmod=%a rem=%a\n", x, sqrt(fabs(x)), fma(x, y, z),
		       y != 0 ? fmod(x, y) : 0.0, y != 0 ? remainder(x, y) : 0.0);
		printf("  floor=%a ceil=%a trunc=%a round=%a rint=%a nearbyint=%a lround=%ld\n",
		       floor(x), ceil(x), trunc(x), round(x), rint(x), nearbyint(x * 3), lround(x * 5));
		printf("  frexp=%a,%d modf=%a,%a ldexp=%a scalbn=%a ilogb=%d logb=%a\n", fr, e, mf, ip,
		       ldexp(x, 7), scalbn(x, -3), x != 0 ? ilogb(x) : 0, x != 0 ? logb(x) : 0.0);
		printf("  nextafter=%a copysign=%a fmin=%a fmax=%a fdim=%a sqrtf=%a fmaf=%a\n",
		       nextafter(x, 10.0), copysign(x, -1.0), fmin(x, y), fmax(x, y), fdim(x, y),
		       (double)sqrtf((float)fabs(x)), (double)fmaf((float)x, (float)y, (float)z));
	}
}

static void near_exact(void)
{
	for (size_t i = 0; i < NARGS; i++) {
		double x = args[i], ax = fabs(x) + 0.25;
		printf("x=%.17g exp=%.14g exp2=%.14g expm1=%.14g log=%.14g log2=%.14g log10=%.14g\n",
		       x, exp(x), exp2(x), expm1(x), log(ax), log2(ax), log10(ax));
		printf("  pow=%.14g pow(x,3)=%.14g sin=%.14g cos=%.14g tan=%.14g atan=%.14g\n",
		       pow(ax, 1.7), pow(x, 3.0), sin(x), cos(x), tan(x), atan(x));
		printf("  expf=%.6g logf=%.6g powf=%.6g sinf=%.6g cosf=%.6g\n", (double)expf((float)x),
		       (double)logf((float)ax), (double)powf((float)ax, 2.5f), (double)sinf((float)x),
		       (double)cosf((float)x));
	}
}

static void loose(void)
{
	for (size_t i = 0; i < NARGS; i++) {
		double x = args[i], ax = fabs(x) + 0.25;
		int sg;
		double lg = lgamma_r(ax, &sg);
		printf("x=%.17g lgamma=%.12g sign=%d tgamma=%.12g erf=%.12g erfc=%.12g cbrt=%.12g\n",
		       x, lg, sg, tgamma(ax), erf(x), erfc(x), cbrt(x));
		printf("  sinh=%.12g cosh=%.12g tanh=%.12g asinh=%.12g atan2=%.12g hypot=%.12g "
		       "asin=%.12g acos=%.12g log1p=%.12g\n",
		       sinh(x), cosh(x), tanh(x), asinh(x), atan2(x, -1.5), hypot(x, 3.0),
		       asin(x / (fabs(x) + 1)), acos(x / (fabs(x) + 1)), log1p(ax));
	}
}

#define SHOW_FLAGS(label, expr)                                                          \
	do {                                                                                 \
		feclearexcept(FE_ALL_EXCEPT);                                                \
		errno = 0;                                                                   \
		volatile double r_ = (expr);                                                 \
		int f_ = fetestexcept(FE_ALL_EXCEPT);                                        \
		printf("%-22s -> %s%s errno=%d inv=%d div=%d ovf=%d unf=%d inx=%d\n", label, \
		       isnan(r_) ? "nan" : "", isnan(r_) ? "" : "value", errno,              \
		       !!(f_ & FE_INVALID), !!(f_ & FE_DIVBYZERO), !!(f_ & FE_OVERFLOW),     \
		       !!(f_ & FE_UNDERFLOW), !!(f_ & FE_INEXACT));                          \
	} while (0)

static void exceptions(void)
{
	volatile double zero = 0.0, one = 1.0, three = 3.0, big = 1e308, tiny = 1e-308;
	SHOW_FLAGS("sqrt(-1)", sqrt(-one));
	SHOW_FLAGS("log(0)", log(zero));
	SHOW_FLAGS("log(-1)", log(-one));
	SHOW_FLAGS("exp(1000)", exp(1000 * one));
	SHOW_FLAGS("exp(-1000)", exp(-1000 * one));
	SHOW_FLAGS("pow(0,-1)", pow(zero, -one));
	SHOW_FLAGS("1/3", one / three);
	SHOW_FLAGS("1/0", one / zero);
	SHOW_FLAGS("0/0", zero / zero);
	SHOW_FLAGS("big*10", big * 10);
	SHOW_FLAGS("tiny*tiny", tiny * tiny);
	SHOW_FLAGS("2*3", (one + one) * three);
	SHOW_FLAGS("fmod(1,0)", fmod(one, zero));
	SHOW_FLAGS("acos(2)", acos(2 * one));
	printf("log(0)=%g exp(1000)=%g -exp(1000)=%g\n", log(zero), exp(1000 * one),
	       -exp(1000 * one));
}

int main(void)
{
	exact();
	near_exact();
	loose();
	exceptions();
	return 0;
}
