/*
 * fp_simd.S -- AdvSIMD floating point (Arm ARM C7.2): lane-wise three
 * same, FMLA/FMLS, pairwise, across lanes, by element, compares (register
 * and zero), two-register misc, FRECPE/FRSQRTE/FRECPX/FRECPS/FRSQRTS
 * values, FCVTL/FCVTN/FCVTXN (incl. half precision), vector and scalar
 * fixed-point conversions.  Upper halves are checked for zeroing.
 */
#include "fp_check.h"

#define S1_0 0x3f800000
#define S2_0 0x40000000
#define S3_0 0x40400000
#define S4_0 0x40800000
#define SNAN 0x7f800001
#define QNAN 0x7fc00000

TEST_BEGIN
	FPCR(0)
	msr	fpsr, xzr
	/* v0 = {1, 2, 3, 4}, v1 = {4, -3, qNaN, 0.5} */
	SETV(0, 0x400000003f800000, 0x4080000040400000)
	SETV(1, 0xc040000040800000, 0x3f0000007fc00000)
	fadd	v2.4s, v0.4s, v1.4s
	CHECK_V(2, 0xbf80000040a00000, 0x409000007fc00000)
	fadd	v2.2s, v0.2s, v1.2s
	CHECK_V(2, 0xbf80000040a00000, 0)
	fsub	v2.4s, v0.4s, v1.4s
	CHECK_V(2, 0x40a00000c0400000, 0x406000007fc00000)
	fmul	v2.4s, v0.4s, v1.4s
	CHECK_V(2, 0xc0c0000040800000, 0x400000007fc00000)
	fdiv	v2.4s, v1.4s, v0.4s
	CHECK_V(2, 0xbfc0000040800000, 0x3e0000007fc00000)
	fmax	v2.4s, v0.4s, v1.4s
	CHECK_V(2, 0x4000000040800000, 0x408000007fc00000)
	fmaxnm	v2.4s, v0.4s, v1.4s
	CHECK_V(2, 0x4000000040800000, 0x4080000040400000)
	fminnm	v2.4s, v0.4s, v1.4s
	CHECK_V(2, 0xc04000003f800000, 0x3f00000040400000)
	fabd	v2.4s, v0.4s, v1.4s
	CHECK_V(2, 0x40a0000040400000, 0x406000007fc00000)
	CHECK_FPSR(0)
	fcmeq	v2.4s, v0.4s, v0.4s
	CHECK_V(2, 0xffffffffffffffff, 0xffffffffffffffff)
	CHECK_FPSR(0)
	fcmgt	v2.4s, v1.4s, v0.4s
	CHECK_V(2, 0x00000000ffffffff, 0)
	CHECK_FPSR(0x1)                 /* FCMGT signals on quiet NaNs */
	msr	fpsr, xzr
	facge	v2.4s, v1.4s, v0.4s
	CHECK_V(2, 0xffffffffffffffff, 0)
	fcmle	v2.4s, v1.4s, #0.0
	CHECK_V(2, 0xffffffff00000000, 0)
	fcmlt	v2.2s, v1.2s, #0.0
	CHECK_V(2, 0xffffffff00000000, 0)
	fcmeq	v2.4s, v1.4s, #0.0
	CHECK_V(2, 0, 0)
	msr	fpsr, xzr

	/* pairwise and across lanes: Reduce() pairs (0,1) and (2,3) */
	faddp	v2.4s, v0.4s, v1.4s
	CHECK_V(2, 0x40e0000040400000, 0x7fc000003f800000)
	fmaxp	v2.4s, v0.4s, v1.4s
	CHECK_V(2, 0x4080000040000000, 0x7fc0000040800000)
	fmaxv	s2, v0.4s
	CHECK_V(2, 0x40800000, 0)
	fminnmv	s2, v1.4s
	CHECK_V(2, 0xc0400000, 0)
	fmaxnmv	s2, v1.4s
	CHECK_V(2, 0x40800000, 0)
	fminv	s2, v1.4s
	CHECK_V(2, 0x7fc00000, 0)
	faddp	s2, v0.2s
	CHECK_V(2, 0x40400000, 0)
	SETV(3, 0x3ff0000000000000, 0x4000000000000000)
	faddp	d2, v3.2d
	CHECK_V(2, 0x4008000000000000, 0)
	fminnmp	d2, v3.2d
	CHECK_V(2, 0x3ff0000000000000, 0)

	/* double lanes, FMLA/FMLS fused */
	SETV(4, 0x3ff0000000000001, 0x4000000000000000)
	SETV(5, 0xbff0000000000002, 0x4008000000000000)
	mov	v6.16b, v5.16b
	fmla	v6.2d, v4.2d, v4.2d
	CHECK_V(6, 0x3970000000000000, 0x401c000000000000)
	mov	v6.16b, v5.16b
	fmls	v6.2d, v4.2d, v3.2d
	CHECK_V(6, 0xc000000000000002, 0xbff0000000000000)

	/* by element */
	fmul	v2.4s, v0.4s, v1.s[1]
	CHECK_V(2, 0xc0c00000c0400000, 0xc1400000c1100000)
	fmul	v2.2d, v3.2d, v3.d[1]
	CHECK_V(2, 0x4000000000000000, 0x4010000000000000)
	mov	v2.16b, v0.16b
	fmla	v2.4s, v0.4s, v0.s[3]
	CHECK_V(2, 0x4120000040a00000, 0x41a0000041700000)
	fmla	s2, s0, v1.s[0]
	CHECK_V(2, 0x41100000, 0)
	fmulx	s2, s0, v1.s[3]
	CHECK_V(2, 0x3f000000, 0)
	ldr	x0, =0x7ff0000000000000
	fmov	d7, x0
	msr	fpsr, xzr
	fmulx	v2.2d, v7.2d, v2.d[1]          /* inf * 0 = 2 */
	CHECK_V(2, 0x4000000000000000, 0)
	CHECK_FPSR(0)
	fmulx	d2, d7, d2
	CHECK_V(2, 0x7ff0000000000000, 0)

	/* estimates and steps */
	SETV(2, 0x4000000040400000, 0x3f80000040800000)
	frecpe	v4.4s, v2.4s
	CHECK_V(4, 0x3eff80003eaa8000, 0x3f7f80003e7f8000)
	frsqrte	v4.4s, v2.4s
	CHECK_V(4, 0x3f3480003f138000, 0x3f7f80003eff8000)
	frecpe	d4, d3
	CHECK_V(4, 0x3feff00000000000, 0)
	frsqrte	d4, d3
	CHECK_V(4, 0x3feff00000000000, 0)
	ldr	w0, =0x00000001
	fmov	s5, w0
	msr	fpsr, xzr
	frecpe	s4, s5                          /* |x| < 2^-128: overflow */
	CHECK_V(4, 0x7f800000, 0)
	CHECK_FPSR(0x14)
	msr	fpsr, xzr
	fmov	s5, wzr
	frecpe	s4, s5
	CHECK_V(4, 0x7f800000, 0)
	CHECK_FPSR(0x2)
	msr	fpsr, xzr
	fmov	s5, #-1.0
	frsqrte	s4, s5
	CHECK_V(4, 0x7fc00000, 0)
	CHECK_FPSR(0x1)
	ldr	w0, =0x00400000                 /* subnormal 2^-127 */
	fmov	s5, w0
	frecpe	s4, s5
	CHECK_V(4, 0x7eff8000, 0)
	frsqrte	s4, s5
	CHECK_V(4, 0x5f348000, 0)
	frecpx	s4, s5
	CHECK_V(4, 0x7f000000, 0)
	fmov	s5, #3.0
	frecpx	s4, s5
	CHECK_V(4, 0x3f800000, 0)
	fmov	s5, #2.0
	fmov	s6, #0.5
	frecps	s4, s5, s6                      /* 2 - 2 * 0.5 */
	CHECK_V(4, 0x3f800000, 0)
	frsqrts	s4, s5, s6                      /* (3 - 2 * 0.5) / 2 */
	CHECK_V(4, 0x3f800000, 0)
	msr	fpsr, xzr
	ldr	x0, =0x7ff0000000000000
	fmov	d5, x0
	fmov	d6, xzr
	frecps	d4, d5, d6
	CHECK_V(4, 0x4000000000000000, 0)
	frsqrts	d4, d6, d5
	CHECK_V(4, 0x3ff8000000000000, 0)
	CHECK_FPSR(0)
	ldr	x0, =0x7fefffffffffffff
	fmov	d5, x0
	fmov	d6, #1.5
	msr	fpsr, xzr
	frsqrts	d4, d5, d6                      /* (3 - 1.5 max) / 2: no early overflow */
	CHECK_V(4, 0xffe7ffffffffffff, 0)
	CHECK_FPSR(0x10)

	/* unary vector */
	msr	fpsr, xzr
	fneg	v4.4s, v1.4s
	CHECK_V(4, 0x40400000c0800000, 0xbf000000ffc00000)
	fabs	v4.2d, v5.2d
	fsqrt	v4.4s, v0.4s
	CHECK_V(4, 0x3fb504f33f800000, 0x400000003fddb3d7)
	CHECK_FPSR(0x10)
	SETV(2, 0xc004000040200000, 0x3f0000007f800001)
	msr	fpsr, xzr
	frintn	v4.4s, v2.4s
	CHECK_V(4, 0xc000000040000000, 0x000000007fc00001)
	CHECK_FPSR(0x1)
	frinta	v4.2s, v2.2s
	CHECK_V(4, 0xc000000040400000, 0)
	frintm	v4.2s, v2.2s
	CHECK_V(4, 0xc040000040000000, 0)
	fcvtzs	v4.4s, v2.4s
	CHECK_V(4, 0xfffffffe00000002, 0x0000000000000000)
	fcvtns	v4.2s, v2.2s
	CHECK_V(4, 0xfffffffe00000002, 0)
	fcvtau	v4.2s, v2.2s
	CHECK_V(4, 0x0000000000000003, 0)
	SETV(3, 0xffffffff00000001, 0x8000000000000000)
	scvtf	v4.4s, v3.4s
	CHECK_V(4, 0xbf8000003f800000, 0xcf00000000000000)
	ucvtf	v4.2d, v3.2d
	CHECK_V(4, 0x43efffffffe00000, 0x43e0000000000000)
	scvtf	v4.4s, v3.4s, #1
	CHECK_V(4, 0xbf0000003f000000, 0xce80000000000000)
	fcvtzu	v4.4s, v2.4s, #2
	CHECK_V(4, 0x000000000000000a, 0x0000000200000000)
	scvtf	d4, d3, #32
	CHECK_V(4, 0xbfefffffffe00000, 0)
	fcvtzs	s4, s2, #3
	CHECK_V(4, 0x00000014, 0)
	fcvtps	d4, d2
	CHECK_V(4, 0xfffffffffffffffe, 0)

	/* widening and narrowing */
	SETV(5, 0x3c00c00000017bff, 0x7e00fc0035553800)
	fcvtl	v4.4s, v5.4h
	CHECK_V(4, 0x33800000477fe000, 0x3f800000c0000000)
	fcvtl2	v4.4s, v5.8h
	CHECK_V(4, 0x3eaaa0003f000000, 0x7fc00000ff800000)
	fcvtl	v4.2d, v0.2s
	CHECK_V(4, 0x3ff0000000000000, 0x4000000000000000)
	fcvtl2	v4.2d, v1.4s
	CHECK_V(4, 0x7ff8000000000000, 0x3fe0000000000000)
	mvn	v4.16b, v4.16b
	fcvtn	v4.4h, v0.4s
	CHECK_V(4, 0x4400420040003c00, 0)
	fcvtn2	v4.8h, v1.4s
	CHECK_V(4, 0x4400420040003c00, 0x38007e00c2004400)
	SETV(6, 0x3fd5555555555555, 0x7ff0000000000001)
	msr	fpsr, xzr
	fcvtn	v7.2s, v6.2d
	CHECK_V(7, 0x7fc000003eaaaaab, 0)
	CHECK_FPSR(0x11)
	fcvtxn	v7.2s, v6.2d                    /* round to odd */
	CHECK_V(7, 0x7fc000003eaaaaab, 0)
	SETV(6, 0x3ff0000010000000, 0x3ff0000030000000)
	fcvtxn2	v7.4s, v6.2d
	CHECK_V(7, 0x7fc000003eaaaaab, 0x3f8000013f800001)
	fcvtxn	s7, d6
	CHECK_V(7, 0x3f800001, 0)
	fcvtn	v7.2s, v6.2d
	CHECK_V(7, 0x3f8000023f800000, 0)
TEST_END
