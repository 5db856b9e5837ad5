/*
 * fp_fma.S -- FMADD, FMSUB, FNMADD, FNMSUB (Arm ARM C7.2, FPMulAdd): one
 * rounding, the negations, NaN order (addend first), the quiet-NaN addend
 * with infinity times zero, rounding modes and FZ.
 */
#include "fp_check.h"

#define ONE 0x3ff0000000000000
#define TWO 0x4000000000000000
#define THREE 0x4008000000000000
#define DINF 0x7ff0000000000000
#define DNAN 0x7ff8000000000000

TEST_BEGIN
	FPCR(0)
	/* d3 = d2 + d0 * d1 */
	D3(fmadd, TWO, THREE, ONE, 0x401c000000000000, 0)
	D3(fmsub, TWO, THREE, ONE, 0xc014000000000000, 0)
	D3(fnmadd, TWO, THREE, ONE, 0xc01c000000000000, 0)
	D3(fnmsub, TWO, THREE, ONE, 0x4014000000000000, 0)
	/* (1+2^-52)^2 - (1+2^-51) = 2^-104 exactly: only a fused operation
	 * sees it */
	D3(fmadd, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000002, 0x3970000000000000, 0)
	D3(fmsub, 0x3ff0000000000001, 0xbff0000000000001, 0xbff0000000000002, 0x3970000000000000, 0)
	S3(fmadd, 0x3f800001, 0x3f800001, 0xbf800002, 0x28800000, 0)
	/* exact zero: sign by the rounding mode */
	D3(fmadd, ONE, ONE, 0xbff0000000000000, 0, 0)
	FPCR(0x800000)
	D3(fmadd, ONE, ONE, 0xbff0000000000000, 0x8000000000000000, 0)
	/* directed rounding of the single rounding: 1 + 2^-60 */
	FPCR(0x400000)
	D3(fmadd, 0x3e30000000000000, 0x3e30000000000000, ONE, 0x3ff0000000000001, 0x10)
	FPCR(0xc00000)
	D3(fmadd, 0x3e30000000000000, 0x3e30000000000000, ONE, ONE, 0x10)
	FPCR(0)
	D3(fmadd, 0x3e30000000000000, 0x3e30000000000000, ONE, ONE, 0x10)
	D3(fmadd, 0x7fe0000000000000, TWO, 0, DINF, 0x14)

	/* NaNs: signalling before quiet; addend, then Rn, then Rm */
	D3(fmadd, 0x7ff8000000000001, 0x7ff8000000000002, 0x7ff8000000000003, 0x7ff8000000000003, 0)
	D3(fmadd, 0x7ff8000000000001, 0x7ff8000000000002, ONE, 0x7ff8000000000001, 0)
	D3(fmadd, 0x7ff0000000000001, ONE, 0x7ff8000000000003, 0x7ff8000000000001, 0x1)
	D3(fmadd, ONE, 0x7ff0000000000002, 0x7ff8000000000003, 0x7ff8000000000002, 0x1)
	/* the negation applies before NaN processing */
	D3(fmsub, 0x7ff8000000000001, ONE, ONE, 0xfff8000000000001, 0)
	D3(fnmadd, ONE, ONE, 0x7ff8000000000003, 0xfff8000000000003, 0)
	/* infinity times zero: default NaN even with a quiet NaN addend */
	D3(fmadd, DINF, 0, ONE, DNAN, 0x1)
	D3(fmadd, 0, DINF, 0x7ff8000000000003, DNAN, 0x1)
	D3(fmadd, DINF, 0, 0x7ff0000000000003, 0x7ff8000000000003, 0x1)
	D3(fmadd, DINF, ONE, 0xfff0000000000000, DNAN, 0x1)
	FPCR(0x2000000)
	D3(fmadd, ONE, ONE, 0x7ff8000000000003, DNAN, 0)
	FPCR(0)

	/* underflow and FZ */
	D3(fmadd, 0x0010000000000000, 0x3fe0000000000000, 0, 0x0008000000000000, 0)
	D3(fmadd, 0x000fffffffffffff, 0x3ff0000000000001, 0, 0x0010000000000000, 0x18)
	FPCR(0x1000000)
	D3(fmadd, 0x0010000000000000, 0x3fe0000000000000, 0, 0, 0x8)
	D3(fmadd, 0x0000000000000001, ONE, ONE, ONE, 0x80)
	S3(fmadd, 0x00800000, 0x3f000000, 0x80000000, 0, 0x8)
	FPCR(0)
TEST_END
