/*
 * simd_scalar.S -- AdvSIMD scalar three same, scalar pairwise, scalar
 * two-register misc and scalar copy (Arm ARM C4.1.96): results in lane 0 with
 * the rest of the register zeroed, saturation and QC.
 */
#include "insn.h"
/* SETV n, lo, hi: Vn = hi:lo (x9 scratch). */
	.macro SETV n, lo, hi
	ldr	x9, =\lo
	fmov	d\n, x9
	ldr	x9, =\hi
	mov	v\n\().d[1], x9
	.endm
	TEST_BEGIN
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add d0, d1, d2
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add d0, d1, d2
	CHECK_V(0, 0x007f01ffff80fdff, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add d0, d1, d2
	CHECK_V(0, 0x7e5c3a17f6d4b290, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add d0, d1, d2
	CHECK_V(0, 0x007f01ffff80fdff, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add d0, d1, d2
	CHECK_V(0, 0x7f7f7f7f8080807f, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub d0, d1, d2
	CHECK_V(0, 0x8000000000000001, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub d0, d1, d2
	CHECK_V(0, 0x007f01feff80fe01, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub d0, d1, d2
	CHECK_V(0, 0x80a2c4e70a2c4e70, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub d0, d1, d2
	CHECK_V(0, 0xff80fe01007f01ff, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub d0, d1, d2
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd b0, b1, b2
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd b0, b1, b2
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd b0, b1, b2
	CHECK_V(0, 0x0000000000000090, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd b0, b1, b2
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd h0, h1, h2
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd h0, h1, h2
	CHECK_V(0, 0x000000000000fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd h0, h1, h2
	CHECK_V(0, 0x000000000000b290, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd h0, h1, h2
	CHECK_V(0, 0x000000000000fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd s0, s1, s2
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd s0, s1, s2
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd s0, s1, s2
	CHECK_V(0, 0x00000000f6d4b290, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd s0, s1, s2
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd d0, d1, d2
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd d0, d1, d2
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd d0, d1, d2
	CHECK_V(0, 0x7e5c3a17f6d4b290, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd d0, d1, d2
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd b0, b1, b2
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd b0, b1, b2
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd b0, b1, b2
	CHECK_V(0, 0x0000000000000090, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd b0, b1, b2
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd h0, h1, h2
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd h0, h1, h2
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd h0, h1, h2
	CHECK_V(0, 0x000000000000b290, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd h0, h1, h2
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd s0, s1, s2
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd s0, s1, s2
	CHECK_V(0, 0x00000000ff80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd s0, s1, s2
	CHECK_V(0, 0x00000000f6d4b290, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd s0, s1, s2
	CHECK_V(0, 0x00000000ff80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub b0, b1, b2
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub b0, b1, b2
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub b0, b1, b2
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub b0, b1, b2
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub h0, h1, h2
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub h0, h1, h2
	CHECK_V(0, 0x000000000000fe01, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub h0, h1, h2
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub h0, h1, h2
	CHECK_V(0, 0x00000000000001ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub s0, s1, s2
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub s0, s1, s2
	CHECK_V(0, 0x00000000ff80fe01, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub s0, s1, s2
	CHECK_V(0, 0x0000000080000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub s0, s1, s2
	CHECK_V(0, 0x00000000007f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub d0, d1, d2
	CHECK_V(0, 0x8000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub d0, d1, d2
	CHECK_V(0, 0x007f01feff80fe01, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub d0, d1, d2
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub d0, d1, d2
	CHECK_V(0, 0xff80fe01007f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub b0, b1, b2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub b0, b1, b2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub b0, b1, b2
	CHECK_V(0, 0x0000000000000070, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub b0, b1, b2
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub h0, h1, h2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub h0, h1, h2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub h0, h1, h2
	CHECK_V(0, 0x0000000000004e70, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub h0, h1, h2
	CHECK_V(0, 0x00000000000001ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub s0, s1, s2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub s0, s1, s2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub s0, s1, s2
	CHECK_V(0, 0x000000000a2c4e70, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub s0, s1, s2
	CHECK_V(0, 0x00000000007f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub d0, d1, d2
	CHECK_V(0, 0x007f01feff80fe01, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh h0, h1, h2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh h0, h1, h2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh h0, h1, h2
	CHECK_V(0, 0x000000000000ce22, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh h0, h1, h2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh h0, h1, h2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x0000000000008000, 0x0000000000000000
	SETV 2, 0x0000000000008000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh h0, h1, h2
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x0000000080000000, 0x0000000000000000
	SETV 2, 0x0000000080000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh h0, h1, h2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh s0, s1, s2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh s0, s1, s2
	CHECK_V(0, 0x000000007f80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh s0, s1, s2
	CHECK_V(0, 0x000000008a2298ec, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh s0, s1, s2
	CHECK_V(0, 0x000000007f80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh s0, s1, s2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x0000000000008000, 0x0000000000000000
	SETV 2, 0x0000000000008000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh s0, s1, s2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x0000000080000000, 0x0000000000000000
	SETV 2, 0x0000000080000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh s0, s1, s2
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh h0, h1, h2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh h0, h1, h2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh h0, h1, h2
	CHECK_V(0, 0x000000000000ce22, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh h0, h1, h2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh h0, h1, h2
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x0000000000008000, 0x0000000000000000
	SETV 2, 0x0000000000008000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh h0, h1, h2
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x0000000080000000, 0x0000000000000000
	SETV 2, 0x0000000080000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh h0, h1, h2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh s0, s1, s2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh s0, s1, s2
	CHECK_V(0, 0x000000007f80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh s0, s1, s2
	CHECK_V(0, 0x000000008a2298ed, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh s0, s1, s2
	CHECK_V(0, 0x000000007f80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh s0, s1, s2
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x0000000000008000, 0x0000000000000000
	SETV 2, 0x0000000000008000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh s0, s1, s2
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x0000000080000000, 0x0000000000000000
	SETV 2, 0x0000000080000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh s0, s1, s2
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp d0, v1.2d
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp d0, v1.2d
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp d0, v1.2d
	CHECK_V(0, 0x0dfae7d4c1ae9b88, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs d0, d1
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs d0, d1
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs d0, d1
	CHECK_V(0, 0x7f80fe00807f0200, 0x0000000000000000)
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs d0, d1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg d0, d1
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg d0, d1
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg d0, d1
	CHECK_V(0, 0x7f80fe00807f0200, 0x0000000000000000)
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg d0, d1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq d0, d1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq d0, d1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq d0, d1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq d0, d1, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge d0, d1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge d0, d1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge d0, d1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge d0, d1, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt d0, d1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt d0, d1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt d0, d1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt d0, d1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle d0, d1, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle d0, d1, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle d0, d1, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle d0, d1, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt d0, d1, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt d0, d1, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt d0, d1, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt d0, d1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs b0, b1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs b0, b1
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs b0, b1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs b0, b1
	CHECK_V(0, 0x000000000000007f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs h0, h1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs h0, h1
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs h0, h1
	CHECK_V(0, 0x0000000000000200, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs h0, h1
	CHECK_V(0, 0x0000000000007f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs s0, s1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs s0, s1
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs s0, s1
	CHECK_V(0, 0x000000007f80fe00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs s0, s1
	CHECK_V(0, 0x000000007f7f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs d0, d1
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs d0, d1
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs d0, d1
	CHECK_V(0, 0x7f80fe00807f0200, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs d0, d1
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg b0, b1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg b0, b1
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg b0, b1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg b0, b1
	CHECK_V(0, 0x000000000000007f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg h0, h1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg h0, h1
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg h0, h1
	CHECK_V(0, 0x0000000000000200, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg h0, h1
	CHECK_V(0, 0x0000000000007f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg s0, s1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg s0, s1
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg s0, s1
	CHECK_V(0, 0x00000000807f0200, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg s0, s1
	CHECK_V(0, 0x000000007f7f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg d0, d1
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg d0, d1
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg d0, d1
	CHECK_V(0, 0x7f80fe00807f0200, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg d0, d1
	CHECK_V(0, 0x808080807f7f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	suqadd b0, b1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	suqadd b0, b1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	suqadd b0, b1
	CHECK_V(0, 0x000000000000007f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	suqadd b0, b1
	CHECK_V(0, 0x000000000000007f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	suqadd h0, h1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	suqadd h0, h1
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	suqadd h0, h1
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	suqadd h0, h1
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	suqadd s0, s1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	suqadd s0, s1
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	suqadd s0, s1
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	suqadd s0, s1
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	suqadd d0, d1
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	suqadd d0, d1
	CHECK_V(0, 0x007f01ffff80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	suqadd d0, d1
	CHECK_V(0, 0x7e5c3a17f6d4b290, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	suqadd d0, d1
	CHECK_V(0, 0x007f01ffff80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	usqadd b0, b1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	usqadd b0, b1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usqadd b0, b1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	usqadd b0, b1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	usqadd h0, h1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	usqadd h0, h1
	CHECK_V(0, 0x000000000000fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usqadd h0, h1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	usqadd h0, h1
	CHECK_V(0, 0x000000000000fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	usqadd s0, s1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	usqadd s0, s1
	CHECK_V(0, 0x00000000ff80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usqadd s0, s1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	usqadd s0, s1
	CHECK_V(0, 0x00000000ff80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	usqadd d0, d1
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	usqadd d0, d1
	CHECK_V(0, 0x007f01ffff80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usqadd d0, d1
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	usqadd d0, d1
	CHECK_V(0, 0x007f01ffff80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn b0, h1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn b0, h1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn b0, h1
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn b0, h1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn b0, h1
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn h0, s1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn h0, s1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn h0, s1
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn h0, s1
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn h0, s1
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn s0, d1
	CHECK_V(0, 0x0000000080000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn s0, d1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn s0, d1
	CHECK_V(0, 0x0000000080000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn s0, d1
	CHECK_V(0, 0x0000000080000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn s0, d1
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn b0, h1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn b0, h1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn b0, h1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn b0, h1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn b0, h1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn h0, s1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn h0, s1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn h0, s1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn h0, s1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn h0, s1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn s0, d1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn s0, d1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn s0, d1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn s0, d1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn s0, d1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun b0, h1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun b0, h1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun b0, h1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun b0, h1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun b0, h1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun h0, s1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun h0, s1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun h0, s1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun h0, s1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun h0, s1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun s0, d1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun s0, d1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun s0, d1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun s0, d1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun s0, d1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov b0, v1.b[15]
	CHECK_V(0, 0x000000000000000f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov h0, v1.h[3]
	CHECK_V(0, 0x000000000000fedc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov s0, v1.s[2]
	CHECK_V(0, 0x000000004b5a6978, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov d0, v1.d[1]
	CHECK_V(0, 0x0f1e2d3c4b5a6978, 0x0000000000000000)
	b	1f
	.ltorg
1:
	TEST_END
