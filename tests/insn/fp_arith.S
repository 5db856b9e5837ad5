/*
 * fp_arith.S -- scalar FADD, FSUB, FMUL, FDIV, FNMUL, FSQRT, FMAX, FMIN,
 * FMAXNM, FMINNM, FABS, FNEG (Arm ARM C7.2): rounding modes, ties, FPSR
 * flags, underflow detected before rounding, FZ on inputs and outputs,
 * NaN propagation order and DN.
 */
#include "fp_check.h"

#define ONE 0x3ff0000000000000
#define TWO 0x4000000000000000
#define THREE 0x4008000000000000
#define P2M53 0x3ca0000000000000
#define DMAX 0x7fefffffffffffff
#define DMINN 0x0010000000000000
#define DINF 0x7ff0000000000000
#define QN1 0x7ff8000000000001
#define QN2 0x7ff8000000000002
#define SN2 0x7ff0000000000002
#define DNAN 0x7ff8000000000000

TEST_BEGIN
	FPCR(0)
	/* exact and inexact, every rounding mode */
	D2(fadd, ONE, TWO, THREE, 0)
	D2(fadd, 0x3fb999999999999a, 0x3fc999999999999a, 0x3fd3333333333334, 0x10)
	D2(fdiv, ONE, THREE, 0x3fd5555555555555, 0x10)
	D2(fadd, ONE, P2M53, ONE, 0x10)                         /* tie to even: down */
	D2(fadd, 0x3ff0000000000001, P2M53, 0x3ff0000000000002, 0x10) /* tie to even: up */
	FPCR(0x400000)
	D2(fadd, ONE, P2M53, 0x3ff0000000000001, 0x10)
	D2(fdiv, ONE, THREE, 0x3fd5555555555556, 0x10)
	D2(fdiv, 0xbff0000000000000, THREE, 0xbfd5555555555555, 0x10)
	FPCR(0x800000)
	D2(fdiv, ONE, THREE, 0x3fd5555555555555, 0x10)
	D2(fdiv, 0xbff0000000000000, THREE, 0xbfd5555555555556, 0x10)
	D2(fsub, ONE, ONE, 0x8000000000000000, 0)               /* x - x = -0 in RM */
	FPCR(0xc00000)
	D2(fdiv, 0xbff0000000000000, THREE, 0xbfd5555555555555, 0x10)
	D2(fadd, DMAX, DMAX, DMAX, 0x14)                        /* overflow in RZ: max */
	FPCR(0)
	D2(fsub, ONE, ONE, 0, 0)
	D2(fadd, DMAX, DMAX, DINF, 0x14)
	D2(fmul, 0xffefffffffffffff, TWO, 0xfff0000000000000, 0x14)
	D2(fdiv, ONE, 0, DINF, 0x2)
	D2(fdiv, 0xbff0000000000000, 0, 0xfff0000000000000, 0x2)
	D2(fdiv, 0, 0, DNAN, 0x1)
	D2(fsub, DINF, DINF, DNAN, 0x1)
	D2(fmul, DINF, 0, DNAN, 0x1)
	D2(fmul, 0x8000000000000000, THREE, 0x8000000000000000, 0)
	D2(fnmul, TWO, THREE, 0xc018000000000000, 0)

	/* underflow: exact subnormal results raise nothing; tiny before
	 * rounding but rounded up to the smallest normal raises UFC (x86
	 * would not) */
	D2(fmul, DMINN, 0x3fe0000000000000, 0x0008000000000000, 0)
	D2(fmul, 0x000fffffffffffff, 0x3ff0000000000001, DMINN, 0x18)
	D2(fmul, 0x0010000000000001, 0x3fefffffffffffff, DMINN, 0x10)
	D2(fmul, 0x0000000000000001, 0x3fe0000000000000, 0, 0x18)
	D2(fsub, 0x0010000000000001, DMINN, 0x0000000000000001, 0)
	S2(fmul, 0x007fffff, 0x3f800001, 0x00800000, 0x18)
	S2(fmul, 0x00000003, 0x3f000000, 0x00000002, 0x18)

	/* FZ: denormal inputs become zero (IDC), tiny outputs become zero
	 * (UFC only, even when exact) */
	FPCR(0x1000000)
	D2(fadd, 0x0000000000000001, 0, 0, 0x80)
	D2(fadd, 0x8000000000000001, ONE, ONE, 0x80)
	D2(fmul, DMINN, 0x3fe0000000000000, 0, 0x8)
	D2(fmul, 0x8010000000000000, 0x3fe0000000000000, 0x8000000000000000, 0x8)
	D2(fmul, 0x0010000000000001, 0x3fefffffffffffff, DMINN, 0x10)
	S2(fmul, 0x00ffffff, 0x3f000000, 0, 0x8)
	S2(fmul, 0x007fffff, 0x3f800001, 0, 0x80)
	FPCR(0)
	D2(fadd, 0x0000000000000001, 0, 0x0000000000000001, 0)

	/* NaNs: signalling first, then the first operand; quieted; DN */
	D2(fadd, QN1, QN2, QN1, 0)
	D2(fadd, QN1, SN2, QN2, 0x1)
	D2(fadd, ONE, SN2, QN2, 0x1)
	D2(fmul, 0xfff8000000000005, ONE, 0xfff8000000000005, 0)
	D2(fnmul, QN1, ONE, 0xfff8000000000001, 0)
	S2(fadd, 0x7fc00001, 0x7f800002, 0x7fc00002, 0x1)
	S2(fsub, 0x7f800000, 0x7f800000, 0x7fc00000, 0x1)
	FPCR(0x2000000)
	D2(fadd, QN1, ONE, DNAN, 0)
	D2(fadd, ONE, SN2, DNAN, 0x1)
	D2(fnmul, QN1, ONE, 0xfff8000000000000, 0)
	FPCR(0)

	/* FSQRT */
	D1(fsqrt, 0x4010000000000000, TWO, 0)
	D1(fsqrt, TWO, 0x3ff6a09e667f3bcd, 0x10)
	D1(fsqrt, 0xbff0000000000000, DNAN, 0x1)
	D1(fsqrt, 0x8000000000000000, 0x8000000000000000, 0)
	D1(fsqrt, SN2, QN2, 0x1)
	S1(fsqrt, 0x40800000, 0x40000000, 0)

	/* FMAX/FMIN: any NaN propagates; +0 > -0.  FMAXNM/FMINNM: a quiet
	 * NaN loses to a number, a signalling one does not. */
	D2(fmax, 0, 0x8000000000000000, 0, 0)
	D2(fmax, 0x8000000000000000, 0, 0, 0)
	D2(fmin, 0, 0x8000000000000000, 0x8000000000000000, 0)
	D2(fmax, ONE, TWO, TWO, 0)
	D2(fmin, 0xc000000000000000, ONE, 0xc000000000000000, 0)
	D2(fmax, QN1, ONE, QN1, 0)
	D2(fmin, ONE, SN2, QN2, 0x1)
	D2(fmaxnm, QN1, ONE, ONE, 0)
	D2(fminnm, ONE, QN1, ONE, 0)
	D2(fmaxnm, SN2, ONE, QN2, 0x1)
	D2(fmaxnm, QN1, QN2, QN1, 0)
	D2(fminnm, QN1, 0xfff0000000000000, 0xfff0000000000000, 0)
	S2(fmaxnm, 0x7fc00000, 0xbf800000, 0xbf800000, 0)
	S2(fmin, 0x80000000, 0x00000000, 0x80000000, 0)
	FPCR(0x1000000)
	D2(fmax, 0x0000000000000001, 0x8000000000000000, 0, 0x80)
	FPCR(0)
	D2(fmax, 0x0000000000000001, 0x8000000000000000, 0x0000000000000001, 0)

	/* FABS/FNEG: sign only, no flags, NaNs too */
	D1(fabs, 0xfff0000000000002, 0x7ff0000000000002, 0)
	D1(fneg, SN2, 0xfff0000000000002, 0)
	S1(fneg, 0x00000001, 0x80000001, 0)
	FPCR(0x1000000)
	D1(fabs, 0x8000000000000001, 0x0000000000000001, 0)
	FPCR(0)
TEST_END
