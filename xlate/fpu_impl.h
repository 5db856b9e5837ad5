/*
 * fpu_impl.h -- the width-generic body of the FP core, included by fpu.c
 * once for single and once for double precision.  The includer defines:
 *   N       32 or 64          UT  uint32_t/uint64_t   FT  float/double
 *   S       the name suffix   SS  "ss" or "sd" (SSE instruction suffix)
 *   EBITS   exponent bits     FBITS  fraction bits
 *
 * Arithmetic runs on the host's SSE unit with MXCSR set from FPCR (all
 * exceptions masked, DAZ/FTZ off) and its flags read back in the same asm
 * statement.  IEEE arithmetic is what the Arm ARM's pseudocode computes, so
 * only these cases leave the short path (arith_*) for the slow one (fix_*):
 *   - a NaN result: the Arm ARM's NaN rules (FPProcessNaNs order, quieting,
 *     DN, positive default NaN) are applied in software;
 *   - a result of magnitude <= the smallest normal: Arm detects underflow
 *     before rounding (x86 after) and FZ flushes outputs that are tiny before
 *     rounding, raising only UFC; the operation is repeated with round
 *     toward zero, whose result is below the smallest normal exactly when
 *     the unrounded result is;
 *   - FPCR.FZ: denormal inputs become zeros and raise IDC (FPUnpack).
 * FADD, FSUB, FMUL and FDIV have a shorter path still for FPCR = RN without
 * FZ (see add_fast_*): no MXCSR round trip, IXC from an error-free
 * transformation.
 */

#define CAT_(a, b) a##_##b
#define CAT(a, b) CAT_(a, b)
#define F(name) CAT(name, S)

#define SIGNB ((UT)1 << (N - 1))
#define EXPM ((((UT)1 << EBITS) - 1) << FBITS)
#define FRACM (((UT)1 << FBITS) - 1)
#define QUIETB ((UT)1 << (FBITS - 1))
#define MINNORM ((UT)1 << FBITS)
#define DEFNAN (EXPM | QUIETB)
#define ONEB ((UT)((((UT)1 << (EBITS - 1)) - 1)) << FBITS)

static inline FT F(to_f)(UT x) { FT f; memcpy(&f, &x, sizeof f); return f; }
static inline UT F(to_u)(FT f) { UT x; memcpy(&x, &f, sizeof x); return x; }
static inline int F(is_nan)(UT x) { return (x & ~SIGNB) > EXPM; }
static inline int F(is_snan)(UT x) { return F(is_nan)(x) && !(x & QUIETB); }
static inline int F(is_qnan)(UT x) { return F(is_nan)(x) && (x & QUIETB); }
static inline int F(is_inf)(UT x) { return (x & ~SIGNB) == EXPM; }
static inline int F(is_zero)(UT x) { return (x & ~SIGNB) == 0; }

/* FPUnpack's flush of a denormal input when FPCR.FZ is set. */
static inline UT F(flush_in)(struct cpu *c, UT x)
{
	if (RF_UNLIKELY(c->fpcr & FPCR_FZ) && !(x & EXPM) && (x & FRACM)) {
		c->fpsr |= FPSR_IDC;
		return x & SIGNB;
	}
	return x;
}

/* FPProcessNaN: quiet it (IOC if it was signalling); DN gives the default. */
static UT F(nan1)(struct cpu *c, UT x)
{
	if (!(x & QUIETB))
		c->fpsr |= FPSR_IOC;
	if (c->fpcr & FPCR_DN)
		return DEFNAN;
	return x | QUIETB;
}

/* FPProcessNaNs: signalling NaNs first, then quiet, each in operand order.
 * At least one operand must be a NaN. */
static UT F(nan2)(struct cpu *c, UT a, UT b)
{
	if (F(is_snan)(a))
		return F(nan1)(c, a);
	if (F(is_snan)(b))
		return F(nan1)(c, b);
	return F(is_nan)(a) ? F(nan1)(c, a) : F(nan1)(c, b);
}

static UT F(nan3)(struct cpu *c, UT a, UT b, UT d)
{
	if (F(is_snan)(a) || (!F(is_snan)(b) && !F(is_snan)(d) && F(is_nan)(a)))
		return F(nan1)(c, a);
	if (F(is_snan)(b) || (!F(is_snan)(d) && F(is_nan)(b)))
		return F(nan1)(c, b);
	return F(nan1)(c, d);
}

/* One host operation at MXCSR mx; *flags receives MXCSR afterwards. */
static inline __attribute__((always_inline)) UT
F(host)(int op, UT a, UT b, UT ad, uint32_t mx, uint32_t *flags)
{
	FT x = F(to_f)(a), y = F(to_f)(b), z = F(to_f)(ad);
	uint32_t out;

#define ASM2(ins) __asm__ volatile("ldmxcsr %[m]\n\t" ins SS " %[y], %[x]\n\tstmxcsr %[o]" \
				   : [x] "+x"(x), [o] "=m"(out) : [y] "x"(y), [m] "m"(mx))
	switch (op) {
	case OP_ADD: ASM2("add"); break;
	case OP_SUB: ASM2("sub"); break;
	case OP_MUL:
	case OP_MULX: ASM2("mul"); break;
	case OP_DIV: ASM2("div"); break;
	case OP_SQRT: y = x; ASM2("sqrt"); break;
	default:
		if (RF_LIKELY(fpu_have_fma)) {
			__asm__ volatile("ldmxcsr %[m]\n\tvfmadd231" SS " %[y], %[x], %[z]\n\t"
					 "stmxcsr %[o]"
					 : [z] "+x"(z), [o] "=m"(out)
					 : [x] "x"(x), [y] "x"(y), [m] "m"(mx));
		} else {
			z = F(soft_fma)(x, y, z, mx, &out);
		}
		if (op == OP_RSQRTS_H) {
			FT h = (FT)0.5;
			__asm__ volatile("ldmxcsr %[m]\n\tmul" SS " %[h], %[z]\n\tstmxcsr %[o2]"
					 : [z] "+x"(z), [o2] "=m"(mx) : [h] "x"(h), [m] "m"(out));
			out = mx;
		}
		x = z;
		break;
	}
#undef ASM2
	*flags = out;
	return F(to_u)(x);
}

/* The slow path: r came from host(op, ...) with MXCSR flags mx and is a NaN
 * or at most the smallest normal in magnitude. */
static __attribute__((noinline)) UT
F(fix)(struct cpu *c, int op, UT a, UT b, UT ad, UT r, uint32_t mx)
{
	uint32_t mz;
	UT rz;

	if (F(is_nan)(r)) {
		if (op >= OP_FMA) {
			int inf0 = (F(is_inf)(a) && F(is_zero)(b)) || (F(is_zero)(a) && F(is_inf)(b));
			if (F(is_nan)(a) || F(is_nan)(b) || F(is_nan)(ad)) {
				r = op == OP_FMA ? F(nan3)(c, ad, a, b) : F(nan2)(c, a, b);
				if (op == OP_FMA && F(is_qnan)(ad) && inf0) {
					c->fpsr |= FPSR_IOC;
					r = DEFNAN;
				}
				return r;
			}
			if (inf0 && op == OP_RECPS)
				return ONEB + MINNORM;            /* 2.0 */
			if (inf0 && op >= OP_RSQRTS)
				return ONEB | (QUIETB);           /* 1.5 */
		} else if (F(is_nan)(a) || (op != OP_SQRT && F(is_nan)(b))) {
			return op == OP_SQRT ? F(nan1)(c, a) : F(nan2)(c, a, b);
		} else if (op == OP_MULX) {
			return ((a ^ b) & SIGNB) | (ONEB + MINNORM);
		}
		c->fpsr |= FPSR_IOC;
		return DEFNAN;
	}
	if (F(is_zero)(r) && !(mx & MX_PE)) {
		c->fpsr |= fpu_flags_from_mx(mx);
		return r;
	}
	rz = r;
	if (mx & MX_PE) {
		rz = F(host)(op, a, b, ad, MX_DEFAULT | MX_RC_RZ, &mz);
		fpu_mxcsr_restore();
	}
	if ((rz & ~SIGNB) >= MINNORM) {
		c->fpsr |= fpu_flags_from_mx(mx & ~MX_UE);
		return r;
	}
	if (c->fpcr & FPCR_FZ) {
		c->fpsr |= FPSR_UFC;
		return rz & SIGNB;
	}
	c->fpsr |= fpu_flags_from_mx(mx & ~MX_UE) | (mx & MX_PE ? FPSR_UFC : 0);
	return r;
}

/* The common path: host result in range, flags straight from MXCSR. */
static inline __attribute__((always_inline)) UT
F(arith)(struct cpu *c, int op, UT a, UT b, UT ad)
{
	uint32_t mx = fpu_mxcsr(c->fpcr), fl;
	UT r;

	if (RF_UNLIKELY(c->fpcr & FPCR_FZ)) {
		a = F(flush_in)(c, a);
		b = F(flush_in)(c, b);
		ad = F(flush_in)(c, ad);
	}
	r = F(host)(op, a, b, ad, mx, &fl);
	if (RF_UNLIKELY(mx != MX_DEFAULT))
		fpu_mxcsr_restore();
	if (RF_LIKELY((r & ~SIGNB) - (MINNORM + 1) < EXPM - MINNORM)) {
		c->fpsr |= fpu_flags_from_mx(fl);
		return r;
	}
	return F(fix)(c, op, a, b, ad, r, fl);
}

/*
 * The shortest path, for FPCR = RN without FZ and a result well inside the
 * normal range: the host's default MXCSR (restored after every other use)
 * already rounds to nearest, and the only flag such an operation can raise
 * is IXC, found with an error-free transformation instead of a round trip
 * through MXCSR: for a sum s, s - x and s - y recover y and x exactly iff s
 * is exact (Fast2Sum, whichever operand is larger); for a product or a
 * quotient the fused residual x*y - p or x - q*y is exactly representable
 * once the result's exponent is at least 2 * precision above the bottom
 * (FAST_MIN), and is zero iff the result is exact.
 */
#define FAST_MIN ((UT)(2 * (FBITS + 1)) << FBITS)
#define FAST_FPCR (FPCR_FZ | (3u << FPCR_RMODE_SHIFT))

static inline int F(normal_result)(UT r, UT lo)
{
	return (r & ~SIGNB) - lo < EXPM - lo;
}

static inline UT F(add_fast)(struct cpu *c, UT a, UT b, int op)
{
	FT x = F(to_f)(a), y = F(to_f)(b), s;
	UT r;

	if (RF_LIKELY(!(c->fpcr & FAST_FPCR))) {
		if (op == OP_SUB)
			y = -y;
		s = x + y;
		r = F(to_u)(s);
		if (RF_LIKELY(F(normal_result)(r, MINNORM + 1))) {
			if (s - x != y || s - y != x)
				c->fpsr |= FPSR_IXC;
			return r;
		}
	}
	return F(arith)(c, op, a, b, 0);
}

UT F(fpu_add)(struct cpu *c, UT a, UT b) { return F(add_fast)(c, a, b, OP_ADD); }
UT F(fpu_sub)(struct cpu *c, UT a, UT b) { return F(add_fast)(c, a, b, OP_SUB); }

UT F(fpu_mul)(struct cpu *c, UT a, UT b)
{
	FT x = F(to_f)(a), y = F(to_f)(b), p, e;
	UT r;

	if (RF_LIKELY(!(c->fpcr & FAST_FPCR) && fpu_have_fma)) {
		p = x * y;
		r = F(to_u)(p);
		if (RF_LIKELY(F(normal_result)(r, FAST_MIN))) {
			e = p;
			__asm__("vfmsub231" SS " %[y], %[x], %[e]" : [e] "+x"(e) : [x] "x"(x), [y] "x"(y));
			if (e != 0)
				c->fpsr |= FPSR_IXC;
			return r;
		}
	}
	return F(arith)(c, OP_MUL, a, b, 0);
}

UT F(fpu_div)(struct cpu *c, UT a, UT b)
{
	FT x = F(to_f)(a), y = F(to_f)(b), q, e;
	UT r;

	if (RF_LIKELY(!(c->fpcr & FAST_FPCR) && fpu_have_fma && F(normal_result)(a, FAST_MIN))) {
		q = x / y;
		r = F(to_u)(q);
		if (RF_LIKELY(F(normal_result)(r, FAST_MIN))) {
			e = x;
			__asm__("vfnmadd231" SS " %[y], %[q], %[e]" : [e] "+x"(e) : [q] "x"(q), [y] "x"(y));
			if (e != 0)
				c->fpsr |= FPSR_IXC;
			return r;
		}
	}
	return F(arith)(c, OP_DIV, a, b, 0);
}
#undef FAST_MIN
#undef FAST_FPCR
UT F(fpu_mulx)(struct cpu *c, UT a, UT b) { return F(arith)(c, OP_MULX, a, b, 0); }
UT F(fpu_sqrt)(struct cpu *c, UT a) { return F(arith)(c, OP_SQRT, a, a, 0); }
/* Fused multiply-add with FPCR = RN and no FZ on a host with AVX-512:
 * instructions with embedded rounding ({rn,rd,ru}-sae) neither read nor
 * write MXCSR; the result is exact iff rounding down and rounding up agree,
 * and a normal, finite result has no other flag.  Returns 0 if the caller
 * must take the general path. */
static inline int F(fma_sae)(struct cpu *c, UT a, UT b, UT ad, UT *res)
{
	FT x = F(to_f)(a), y = F(to_f)(b), rn = F(to_f)(ad), rd = rn, ru = rn;
	UT r;

	if (RF_LIKELY(!(c->fpcr & (FPCR_FZ | (3u << FPCR_RMODE_SHIFT))) && fpu_have_avx512)) {
		__asm__("vfmadd231" SS " %{rn-sae%}, %[y], %[x], %[n]\n\t"
			"vfmadd231" SS " %{rd-sae%}, %[y], %[x], %[d]\n\t"
			"vfmadd231" SS " %{ru-sae%}, %[y], %[x], %[u]"
			: [n] "+x"(rn), [d] "+x"(rd), [u] "+x"(ru) : [x] "x"(x), [y] "x"(y));
		r = F(to_u)(rn);
		if (RF_LIKELY((r & ~SIGNB) - (MINNORM + 1) < EXPM - MINNORM - 1)) {
			if (F(to_u)(rd) != F(to_u)(ru))
				c->fpsr |= FPSR_IXC;
			*res = r;
			return 1;
		}
	}
	return 0;
}

UT F(fpu_muladd)(struct cpu *c, UT ad, UT a, UT b)
{
	UT r;

	if (F(fma_sae)(c, a, b, ad, &r))
		return r;
	return F(arith)(c, OP_FMA, a, b, ad);
}

/* FPRecipStepFused: 2 - a*b (infinity times zero gives 2). */
UT F(fpu_recps)(struct cpu *c, UT a, UT b)
{
	UT r;

	if (F(fma_sae)(c, a ^ SIGNB, b, ONEB + MINNORM, &r))
		return r;
	return F(arith)(c, OP_RECPS, a ^ SIGNB, b, ONEB + MINNORM);
}

/* FPRSqrtStepFused: (3 - a*b) / 2 (infinity times zero gives 1.5).  The
 * halving is folded into an operand (exponent - 1, exact for a normal
 * with a biased exponent >= 2) so that 1.5 - (a/2)*b rounds once and cannot
 * overflow early; if neither operand can be halved exactly the product is
 * tiny and (3 - a*b) is halved after the fused operation, exactly. */
UT F(fpu_rsqrts)(struct cpu *c, UT a, UT b)
{
	UT ea, eb, r;

	a = F(flush_in)(c, a ^ SIGNB);
	b = F(flush_in)(c, b);
	ea = a & EXPM;
	eb = b & EXPM;
	if (ea > MINNORM && ea != EXPM) {
		a -= MINNORM;
		if (F(fma_sae)(c, a, b, ONEB | QUIETB, &r))
			return r;
		return F(arith)(c, OP_RSQRTS, a, b, ONEB | QUIETB);
	}
	if (eb > MINNORM && eb != EXPM) {
		b -= MINNORM;
		if (F(fma_sae)(c, a, b, ONEB | QUIETB, &r))
			return r;
		return F(arith)(c, OP_RSQRTS, a, b, ONEB | QUIETB);
	}
	return F(arith)(c, OP_RSQRTS_H, a, b, ONEB + MINNORM + QUIETB);
}

/* Signed-magnitude order of two non-NaN values (after flushing): <0, 0, >0.
 * +0 and -0 compare equal. */
static inline int F(order)(UT a, UT b)
{
	if (F(is_zero)(a) && F(is_zero)(b))
		return 0;
	if ((a ^ b) & SIGNB)
		return (a & SIGNB) ? -1 : 1;
	if (a == b)
		return 0;
	return ((a < b) ^ !!(a & SIGNB)) ? -1 : 1;
}

/* FPMax/FPMin (Arm ARM shared/functions/float/fpmax). */
static UT F(maxmin)(struct cpu *c, UT a, UT b, int is_max)
{
	int o;

	a = F(flush_in)(c, a);
	b = F(flush_in)(c, b);
	if (F(is_nan)(a) || F(is_nan)(b))
		return F(nan2)(c, a, b);
	if (F(is_zero)(a) && F(is_zero)(b))
		return is_max ? (a & b) : (a | b);
	o = F(order)(a, b);
	if (is_max)
		return o > 0 ? a : b;
	return o < 0 ? a : b;
}

/* FPMaxNum/FPMinNum: a quiet NaN loses against a number. */
static UT F(maxminnm)(struct cpu *c, UT a, UT b, int is_max)
{
	UT lose = is_max ? (EXPM | SIGNB) : EXPM;

	if (F(is_qnan)(a) && !F(is_qnan)(b))
		a = lose;
	else if (!F(is_qnan)(a) && F(is_qnan)(b))
		b = lose;
	return F(maxmin)(c, a, b, is_max);
}

UT F(fpu_max)(struct cpu *c, UT a, UT b) { return F(maxmin)(c, a, b, 1); }
UT F(fpu_min)(struct cpu *c, UT a, UT b) { return F(maxmin)(c, a, b, 0); }
UT F(fpu_maxnm)(struct cpu *c, UT a, UT b) { return F(maxminnm)(c, a, b, 1); }
UT F(fpu_minnm)(struct cpu *c, UT a, UT b) { return F(maxminnm)(c, a, b, 0); }

uint32_t F(fpu_cmp)(struct cpu *c, UT a, UT b, int sig)
{
	int o;

	a = F(flush_in)(c, a);
	b = F(flush_in)(c, b);
	if (F(is_nan)(a) || F(is_nan)(b)) {
		if (sig || F(is_snan)(a) || F(is_snan)(b))
			c->fpsr |= FPSR_IOC;
		return NZCV_C | NZCV_V;
	}
	o = F(order)(a, b);
	if (o == 0)
		return NZCV_Z | NZCV_C;
	return o < 0 ? NZCV_N : NZCV_C;
}

int F(fpu_cmpeq)(struct cpu *c, UT a, UT b)
{
	return (F(fpu_cmp)(c, a, b, 0) & NZCV_Z) != 0;
}

/* GE/GT are signalling: any NaN raises IOC. */
int F(fpu_cmpge)(struct cpu *c, UT a, UT b)
{
	uint32_t f = F(fpu_cmp)(c, a, b, 1);
	return f == (NZCV_Z | NZCV_C) || f == NZCV_C;
}

int F(fpu_cmpgt)(struct cpu *c, UT a, UT b)
{
	return F(fpu_cmp)(c, a, b, 1) == NZCV_C;
}

#undef SIGNB
#undef EXPM
#undef FRACM
#undef QUIETB
#undef MINNORM
#undef DEFNAN
#undef ONEB
#undef F
