/*
 * fp_cvt.S -- scalar conversions (Arm ARM C7.2): FCVT{N,P,M,Z,A}{S,U} to
 * W/X (saturation, NaN -> 0 with IOC, IXC), fixed-point FCVTZS/FCVTZU,
 * SCVTF/UCVTF (integer and fixed point, rounding), FCVT between half,
 * single and double (AHP, DN, NaN payloads, overflow, underflow),
 * FRINT{N,P,M,Z,A,X,I}, FMOV (general, top half, immediate, register).
 */
#include "fp_check.h"

/* F2I(op, dst, src, a, result, fpsr): op dst, src with the source FP
 * register loaded with a (d0 or s0), result read from x3/w3. */
#define F2I(op, dst, src, a, r, fl) fp_f2i op, dst, src, a, r, fl, __LINE__
	.macro fp_f2i op, dst, src, a, r, fl, line
	ldr	x0, =\a
	fmov	d0, x0
	msr	fpsr, xzr
	\op	\dst\()3, \src\()0
	check_x	x3, \r, \line
	mrs	x3, fpsr
	check_x	x3, \fl, \line
	.endm

/* F2X(op, dst, src, fbits, a, result, fpsr): fixed point, #fbits */
#define F2X(op, dst, src, fb, a, r, fl) fp_f2x op, dst, src, fb, a, r, fl, __LINE__
	.macro fp_f2x op, dst, src, fb, a, r, fl, line
	ldr	x0, =\a
	fmov	d0, x0
	msr	fpsr, xzr
	\op	\dst\()3, \src\()0, #\fb
	check_x	x3, \r, \line
	mrs	x3, fpsr
	check_x	x3, \fl, \line
	.endm

/* I2F(op, dst, src, v, result, fpsr): op dst2, src0 with x0 = v; the
 * whole result register is compared (upper bits must be zero). */
#define I2F(op, dst, src, v, r, fl) fp_i2f op, dst, src, v, r, fl, __LINE__
	.macro fp_i2f op, dst, src, v, r, fl, line
	ldr	x0, =\v
	mvn	x1, xzr
	fmov	d2, x1
	msr	fpsr, xzr
	\op	\dst\()2, \src\()0
	fmov	x3, d2
	check_x	x3, \r, \line
	mrs	x3, fpsr
	check_x	x3, \fl, \line
	.endm

#define X2F(op, dst, src, fb, v, r, fl) fp_x2f op, dst, src, fb, v, r, fl, __LINE__
	.macro fp_x2f op, dst, src, fb, v, r, fl, line
	ldr	x0, =\v
	msr	fpsr, xzr
	\op	\dst\()2, \src\()0, #\fb
	fmov	x3, d2
	check_x	x3, \r, \line
	mrs	x3, fpsr
	check_x	x3, \fl, \line
	.endm

/* CV(dst, src, a, result, fpsr): fcvt dst2, src0; the result register's
 * low 64 bits are compared. */
#define CV(dst, src, a, r, fl) fp_cv dst, src, a, r, fl, __LINE__
	.macro fp_cv dst, src, a, r, fl, line
	ldr	x0, =\a
	fmov	d0, x0
	msr	fpsr, xzr
	fcvt	\dst\()2, \src\()0
	fmov	x3, d2
	check_x	x3, \r, \line
	mrs	x3, fpsr
	check_x	x3, \fl, \line
	.endm

TEST_BEGIN
	FPCR(0)
	/* to integer: each rounding, saturation, NaN */
	F2I(fcvtzs, w, d, 0x41e0000000000000, 0x7fffffff, 0x1)       /* 2^31 */
	F2I(fcvtzs, w, d, 0xc1e0000000000000, 0x80000000, 0)         /* -2^31 */
	F2I(fcvtzs, w, d, 0xc1e0000000200000, 0x80000000, 0x1)       /* -2^31 - 1 */
	F2I(fcvtzs, w, d, 0xc1e00000001fffff, 0x80000000, 0x10)      /* -2^31 - 0.99.. */
	F2I(fcvtzs, w, d, 0xbfe0000000000000, 0, 0x10)
	F2I(fcvtzs, w, d, 0x7ff8000000000000, 0, 0x1)
	F2I(fcvtzs, x, d, 0x7ff0000000000000, 0x7fffffffffffffff, 0x1)
	F2I(fcvtzs, x, d, 0xfff0000000000000, 0x8000000000000000, 0x1)
	F2I(fcvtzs, x, d, 0x43e0000000000000, 0x7fffffffffffffff, 0x1)
	F2I(fcvtzs, x, d, 0x43dfffffffffffff, 0x7ffffffffffffc00, 0)
	F2I(fcvtzs, x, s, 0xdf000000, 0x8000000000000000, 0)
	F2I(fcvtzu, w, d, 0xbff0000000000000, 0, 0x1)
	F2I(fcvtzu, w, d, 0xbfe0000000000000, 0, 0x10)
	F2I(fcvtzu, w, d, 0x41efffffffe00000, 0xffffffff, 0)
	F2I(fcvtzu, w, d, 0x41f0000000000000, 0xffffffff, 0x1)
	F2I(fcvtzu, x, d, 0x43f0000000000000, 0xffffffffffffffff, 0x1)
	F2I(fcvtzu, x, d, 0x43efffffffffffff, 0xfffffffffffff800, 0)
	F2I(fcvtns, w, d, 0x4004000000000000, 2, 0x10)              /* 2.5 */
	F2I(fcvtns, w, d, 0x400c000000000000, 4, 0x10)              /* 3.5 */
	F2I(fcvtns, w, d, 0xc004000000000000, 0xfffffffe, 0x10)     /* -2.5 */
	F2I(fcvtas, w, d, 0x4004000000000000, 3, 0x10)
	F2I(fcvtas, x, d, 0xc004000000000000, 0xfffffffffffffffd, 0x10)
	F2I(fcvtau, w, d, 0xbfe0000000000000, 0, 0x1)               /* -0.5 -> -1: saturates */
	F2I(fcvtps, w, d, 0x4000cccccccccccd, 3, 0x10)              /* 2.1 */
	F2I(fcvtps, w, d, 0xc000cccccccccccd, 0xfffffffe, 0x10)
	F2I(fcvtms, w, d, 0x4000cccccccccccd, 2, 0x10)
	F2I(fcvtms, x, d, 0xc000cccccccccccd, 0xfffffffffffffffd, 0x10)
	F2I(fcvtpu, w, s, 0x3f000000, 1, 0x10)
	F2I(fcvtmu, x, s, 0xbf000000, 0, 0x1)                       /* -0.5 -> -1 */
	F2I(fcvtzs, w, s, 0x00000001, 0, 0x10)
	FPCR(0x1000000)
	F2I(fcvtzs, w, s, 0x00000001, 0, 0x80)
	F2I(fcvtps, w, d, 0x0000000000000001, 0, 0x80)
	FPCR(0x400000)                                              /* FPCR mode is not used */
	F2I(fcvtzs, w, d, 0x3ff8000000000000, 1, 0x10)
	FPCR(0)

	/* fixed point */
	F2X(fcvtzs, w, d, 16, 0x3ff8000000000000, 0x18000, 0)
	F2X(fcvtzs, w, d, 32, 0x3fe0000000000000, 0x80000000 - 0x80000000 + 0x7fffffff, 0x1)
	F2X(fcvtzs, x, d, 64, 0xbfe0000000000000, 0x8000000000000000, 0)
	F2X(fcvtzu, x, s, 1, 0x3f400000, 1, 0x10)                   /* 0.75 * 2 = 1.5 */
	F2X(fcvtzs, w, s, 1, 0xbf400000, 0xffffffff, 0x10)
	X2F(scvtf, d, w, 16, 0x18000, 0x3ff8000000000000, 0)
	X2F(scvtf, d, x, 64, 0x8000000000000000, 0xbfe0000000000000, 0)
	X2F(ucvtf, s, x, 64, 0x8000000000000000, 0x3f000000, 0)
	X2F(ucvtf, s, w, 32, 0xffffffff, 0x3f800000, 0x10)
	X2F(scvtf, s, w, 1, 0x1000003, 0x4b000002, 0x10)

	/* from integer */
	I2F(scvtf, d, x, 0x7fffffffffffffff, 0x43e0000000000000, 0x10)
	I2F(scvtf, d, x, 0x8000000000000000, 0xc3e0000000000000, 0)
	I2F(scvtf, d, w, 0xffffffff80000000, 0xc1e0000000000000, 0) /* W source: -2^31 */
	I2F(scvtf, s, w, 0x1000001, 0x4b800000, 0x10)              /* tie to even */
	I2F(scvtf, s, w, 0x1000003, 0x4b800002, 0x10)
	I2F(ucvtf, d, x, 0xffffffffffffffff, 0x43f0000000000000, 0x10)
	I2F(ucvtf, s, w, 0xffffffff, 0x4f800000, 0x10)
	I2F(scvtf, s, x, 0, 0, 0)
	FPCR(0x400000)
	I2F(scvtf, s, w, 0x1000001, 0x4b800001, 0x10)
	FPCR(0xc00000)
	I2F(scvtf, s, x, 0xffffffffffffffff, 0xbf800000, 0)
	I2F(ucvtf, s, x, 0xffffffffffffffff, 0x5f7fffff, 0x10)
	FPCR(0)

	/* FCVT between formats */
	CV(s, d, 0x3fd5555555555555, 0x3eaaaaab, 0x10)
	CV(s, d, 0x7e37e43c8800759c, 0x7f800000, 0x14)              /* 1e300 */
	CV(s, d, 0x7ff0000000000001, 0x7fc00000, 0x1)
	CV(s, d, 0xfff8000020000000, 0xffc00001, 0)
	CV(d, s, 0x7fc00001, 0x7ff8000020000000, 0)
	CV(d, s, 0x7f800001, 0x7ff8000020000000, 0x1)
	CV(d, s, 0x00000001, 0x36a0000000000000, 0)
	CV(s, d, 0x3690000000000000, 0, 0x18)                     /* 2^-150: tie to even */
	CV(s, d, 0x3690000000000001, 1, 0x18)
	CV(s, d, 0x380fffffe0000000, 0x00800000, 0x18)            /* tiny, rounds to normal */
	CV(h, s, 0x3f800000, 0x3c00, 0)
	CV(h, d, 0x40effe0000000000, 0x7c00, 0x14)                /* 65520 */
	CV(h, s, 0x477fe000, 0x7bff, 0)                           /* 65504 */
	CV(h, s, 0x33000000, 0, 0x18)                             /* 2^-25 */
	CV(h, s, 0x33000001, 1, 0x18)
	CV(h, s, 0x7f800001, 0x7e00, 0x1)
	CV(h, d, 0xfff8000000000000, 0xfe00, 0)
	CV(s, h, 0x7c01, 0x7fc02000, 0x1)
	CV(d, h, 0x0001, 0x3e70000000000000, 0)
	CV(s, h, 0xfc00, 0xff800000, 0)
	FPCR(0x1000000)
	CV(d, h, 0x0001, 0x3e70000000000000, 0)                   /* FZ does not apply to half */
	CV(h, s, 0x33000001, 1, 0x18)
	CV(s, d, 0x0000000000000001, 0, 0x80)
	CV(s, d, 0x3800000000000000, 0, 0x8)                      /* 2^-127: flushed */
	FPCR(0x2000000)
	CV(s, d, 0x7ff8000020000000, 0x7fc00000, 0)
	CV(h, s, 0x7fc00001, 0x7e00, 0)
	FPCR(0x4000000)                                           /* AHP */
	CV(h, d, 0x40effe0000000000, 0x7c00, 0x10)
	CV(h, s, 0x47ffe000, 0x7fff, 0)                           /* 131008: max */
	CV(h, s, 0x47fff000, 0x7fff, 0x1)                         /* rounds past max */
	CV(h, s, 0x48000000, 0x7fff, 0x1)
	CV(h, s, 0x7f800000, 0x7fff, 0x1)
	CV(h, s, 0xffc00000, 0x8000, 0x1)
	CV(s, h, 0x7c01, 0x47802000, 0)
	CV(d, h, 0xffff, 0xc0fffc0000000000, 0)
	FPCR(0xc00000)
	CV(h, s, 0x477ff000, 0x7bff, 0x10)
	CV(h, s, 0x47800000, 0x7bff, 0x14)
	FPCR(0)

	/* FRINT */
	D1(frintn, 0x4004000000000000, 0x4000000000000000, 0)
	D1(frintn, 0x400c000000000000, 0x4010000000000000, 0)
	D1(frinta, 0x4004000000000000, 0x4008000000000000, 0)
	D1(frinta, 0xc004000000000000, 0xc008000000000000, 0)
	D1(frintp, 0xbfe0000000000000, 0x8000000000000000, 0)
	D1(frintm, 0x3fe0000000000000, 0, 0)
	D1(frintm, 0xbfe0000000000000, 0xbff0000000000000, 0)
	D1(frintz, 0xbff8000000000000, 0xbff0000000000000, 0)
	D1(frintx, 0x3ff8000000000000, 0x4000000000000000, 0x10)
	D1(frintx, 0x4000000000000000, 0x4000000000000000, 0)
	D1(frintn, 0x7ff0000000000001, 0x7ff8000000000001, 0x1)
	D1(frintn, 0x4330000000000001, 0x4330000000000001, 0)
	D1(frintn, 0xfff0000000000000, 0xfff0000000000000, 0)
	S1(frinta, 0x3effffff, 0, 0)
	S1(frintn, 0x3f000000, 0, 0)
	S1(frintx, 0xbf000000, 0x80000000, 0x10)
	FPCR(0x800000)
	D1(frinti, 0x3ff8000000000000, 0x3ff0000000000000, 0)
	D1(frintx, 0x3ff8000000000000, 0x3ff0000000000000, 0x10)
	D1(frintn, 0x3ff8000000000000, 0x4000000000000000, 0)
	FPCR(0x1000000)
	D1(frintp, 0x0000000000000001, 0, 0x80)
	FPCR(0)
	D1(frintp, 0x0000000000000001, 0x3ff0000000000000, 0)

	/* FMOV */
	ldr	x0, =0x0123456789abcdef
	ldr	x1, =0xfedcba9876543210
	fmov	d4, x0
	fmov	v4.d[1], x1
	CHECK_V(4, 0x0123456789abcdef, 0xfedcba9876543210)
	fmov	x2, v4.d[1]
	CHECK_X(x2, 0xfedcba9876543210)
	fmov	w2, s4
	CHECK_X(x2, 0x89abcdef)
	fmov	s5, w1
	CHECK_V(5, 0x76543210, 0)
	fmov	v4.d[1], x1
	fmov	s6, s4
	CHECK_V(6, 0x89abcdef, 0)
	fmov	d6, d4
	CHECK_V(6, 0x0123456789abcdef, 0)
	fmov	d7, #-0.125
	CHECK_V(7, 0xbfc0000000000000, 0)
	fmov	s7, #31.0
	CHECK_V(7, 0x41f80000, 0)
	fmov	d7, #0.1875
	CHECK_V(7, 0x3fc8000000000000, 0)
TEST_END
