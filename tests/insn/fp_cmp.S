/*
 * fp_cmp.S -- FCMP, FCMPE (with a register and with zero), FCCMP,
 * FCCMPE, FCSEL (Arm ARM C7.2, FPCompare): NZCV for less, equal, greater
 * and unordered (0011), IOC for signalling NaNs (FCMP) or any NaN (FCMPE),
 * FZ on the inputs.
 */
#include "fp_check.h"

#define ONE 0x3ff0000000000000
#define TWO 0x4000000000000000

/* FC(op, a, b, nzcv, fpsr): op d0, d1 */
#define FC(op, a, b, nz, fl) fp_fc op, a, b, nz, fl, __LINE__
	.macro fp_fc op, a, b, nz, fl, line
	ldr	x0, =\a
	fmov	d0, x0
	ldr	x1, =\b
	fmov	d1, x1
	msr	fpsr, xzr
	\op	d0, d1
	mrs	x3, nzcv
	check_x	x3, \nz, \line
	mrs	x3, fpsr
	check_x	x3, \fl, \line
	.endm

/* FCZ(op, a, nzcv, fpsr): op d0, #0.0 */
#define FCZ(op, a, nz, fl) fp_fcz op, a, nz, fl, __LINE__
	.macro fp_fcz op, a, nz, fl, line
	ldr	x0, =\a
	fmov	d0, x0
	msr	fpsr, xzr
	\op	d0, #0.0
	mrs	x3, nzcv
	check_x	x3, \nz, \line
	mrs	x3, fpsr
	check_x	x3, \fl, \line
	.endm

TEST_BEGIN
	FPCR(0)
	FC(fcmp, ONE, TWO, 0x80000000, 0)
	FC(fcmp, TWO, ONE, 0x20000000, 0)
	FC(fcmp, ONE, ONE, 0x60000000, 0)
	FC(fcmp, 0x8000000000000000, 0, 0x60000000, 0)
	FC(fcmp, 0xfff0000000000000, 0xffefffffffffffff, 0x80000000, 0)
	FC(fcmp, 0x7ff0000000000000, 0x7ff0000000000000, 0x60000000, 0)
	FC(fcmp, 0x7ff8000000000000, ONE, 0x30000000, 0)
	FC(fcmp, ONE, 0x7ff8000000000000, 0x30000000, 0)
	FC(fcmp, ONE, 0x7ff0000000000001, 0x30000000, 0x1)
	FC(fcmpe, 0x7ff8000000000000, ONE, 0x30000000, 0x1)
	FC(fcmpe, ONE, TWO, 0x80000000, 0)
	FCZ(fcmp, 0x8000000000000000, 0x60000000, 0)
	FCZ(fcmp, 0x8000000000000001, 0x80000000, 0)
	FCZ(fcmp, 0xfff8000000000000, 0x30000000, 0)
	FCZ(fcmpe, 0xfff8000000000000, 0x30000000, 0x1)
	FCZ(fcmp, 0x7ff0000000000001, 0x30000000, 0x1)
	FPCR(0x1000000)
	FCZ(fcmp, 0x8000000000000001, 0x60000000, 0x80)
	FC(fcmp, 0x0000000000000001, 0x0000000000000002, 0x60000000, 0x80)
	FPCR(0)
	/* single precision */
	ldr	w0, =0x3f800000
	fmov	s0, w0
	ldr	w1, =0x7fc00000
	fmov	s1, w1
	msr	fpsr, xzr
	fcmp	s0, s1
	CHECK_NZCV(0x30000000)
	CHECK_FPSR(0)
	fcmp	s0, #0.0
	CHECK_NZCV(0x20000000)
	fcmpe	s1, #0.0
	CHECK_NZCV(0x30000000)
	CHECK_FPSR(0x1)

	/* FCCMP: compare when the condition holds, else #nzcv */
	fmov	d0, #1.0
	fmov	d1, #2.0
	msr	fpsr, xzr
	cmp	x0, x0			/* Z set: eq holds */
	fccmp	d0, d1, #0x3, eq
	CHECK_NZCV(0x80000000)
	cmp	x0, x0
	fccmp	d0, d1, #0x5, ne
	CHECK_NZCV(0x50000000)
	ldr	x0, =0x7ff8000000000000
	fmov	d2, x0
	cmp	x0, x0
	fccmp	d2, d1, #0, eq
	CHECK_NZCV(0x30000000)
	CHECK_FPSR(0)
	cmp	x0, x0
	fccmpe	d2, d1, #0, eq
	CHECK_NZCV(0x30000000)
	CHECK_FPSR(0x1)
	msr	fpsr, xzr
	cmp	x0, x0
	fccmpe	d2, d1, #0xf, ne	/* not compared: no IOC */
	CHECK_NZCV(0xf0000000)
	CHECK_FPSR(0)
	fmov	s4, #1.5
	fmov	s5, #-1.5
	cmp	x0, x0
	fccmp	s4, s5, #0, eq
	CHECK_NZCV(0x20000000)

	/* FCSEL: the upper bits are zeroed */
	SETV(4, 0x1111111111111111, 0x2222222222222222)
	SETV(5, 0x3333333333333333, 0x4444444444444444)
	cmp	x0, x0
	fcsel	d6, d4, d5, eq
	CHECK_V(6, 0x1111111111111111, 0)
	fcsel	d6, d4, d5, ne
	CHECK_V(6, 0x3333333333333333, 0)
	fcsel	s6, s4, s5, eq
	CHECK_V(6, 0x11111111, 0)
	fcsel	s6, s4, s5, lt
	CHECK_V(6, 0x33333333, 0)
TEST_END
